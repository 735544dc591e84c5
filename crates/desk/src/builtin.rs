//! The courses built into the app, so it is useful from the very first start with no
//! network. `build.rs` packs them from `courses/` when the app is built, with the built-in
//! key (`lphm_package::builtin_key`, which is no secret), and compiles in each package's
//! manifest hash. A package signed by the built-in key is accepted only when its manifest
//! hash is one of these: the courses are trusted because they are inside the app, so
//! editing a lesson needs no secret. They install through the same import as a USB stick.

use lphm_store::Store;
use lphm_sync::protocol::BUILTIN_COURSES;

use crate::packages::{import_trust, import_with_trust, Replace};
use crate::{ApiError, ErrorKind};

/// A course packed into the app.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    pub id: &'static str,
    /// The sha256 of the package's manifest: the package the app vouches for.
    pub manifest_sha256: &'static str,
    pub package: &'static [u8],
}

// `BUILTIN_PACKAGES`: the built-in courses, in catalogue order. The ids are
// `lphm_sync::protocol::BUILTIN_COURSES`, which the server knows too.
include!(concat!(env!("OUT_DIR"), "/builtin.rs"));
const _: () = assert!(BUILTIN_PACKAGES.len() == BUILTIN_COURSES.len());

/// Whether the package with this manifest hash is one the app was built with.
pub(crate) fn is_builtin_package(manifest_sha256: &str) -> bool {
    BUILTIN_PACKAGES
        .iter()
        .any(|b| b.manifest_sha256 == manifest_sha256)
}

/// Installs each built-in course unless the store has this very package or a newer
/// version, or the learner removed it. A built-in course edited since the last start
/// replaces the installed one even with the same version number: the app vouches for it.
pub fn install_builtin_courses(store: &Store) -> Result<(), ApiError> {
    let trust = import_trust(store)?;
    for builtin in BUILTIN_PACKAGES {
        if store.builtin_removed(builtin.id)? {
            continue;
        }
        match import_with_trust(
            store,
            builtin.package,
            |_| true,
            &trust,
            Replace::SameVersion,
        ) {
            Ok(_) => {}
            // The learner imported a newer version from a stick: keep it.
            Err(e) if matches!(e.kind, ErrorKind::PackageOlderVersion { .. }) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Whether `course` is one of the built-in courses.
pub fn is_builtin(course: &str) -> bool {
    BUILTIN_PACKAGES.iter().any(|b| b.id == course)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_packages_are_the_courses_ids_in_order() {
        let ids: Vec<&str> = BUILTIN_PACKAGES.iter().map(|b| b.id).collect();
        assert_eq!(ids, BUILTIN_COURSES);
    }
}
