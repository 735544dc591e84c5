//! The courses built into the app, so it is useful from the very first start with no
//! network. They are signed packages like any other (`courses/signed/`), checked against
//! the built-in publisher key and installed through the same import as a USB stick.

use lphm_store::Store;
use lphm_sync::protocol::BUILTIN_COURSES;

use crate::packages::import_package;
use crate::{ApiError, ErrorKind};

/// `(course id, signed package)`, in catalogue order.
/// The ids are `lphm_sync::protocol::BUILTIN_COURSES`, which the server knows too.
pub const BUILTIN_PACKAGES: &[(&str, &[u8])] = &[
    (
        BUILTIN_COURSES[0],
        include_bytes!("../../../courses/signed/perceptions-communication-media.lphm"),
    ),
    (
        BUILTIN_COURSES[1],
        include_bytes!("../../../courses/signed/starter-communication.lphm"),
    ),
];
const _: () = assert!(BUILTIN_PACKAGES.len() == BUILTIN_COURSES.len());

/// Installs each built-in course unless the store has this version or a newer one, or the
/// learner removed it. Checking costs one signature verification per package.
pub fn install_builtin_courses(store: &Store) -> Result<(), ApiError> {
    for (id, bytes) in BUILTIN_PACKAGES {
        if store.builtin_removed(id)? {
            continue;
        }
        match import_package(store, *bytes, |_| true) {
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
    BUILTIN_PACKAGES.iter().any(|(id, _)| *id == course)
}
