//! The built-in starter course, compiled into the app so it is there from the very first
//! start with no network. It goes through the same loader as any other course.

use std::io;

use include_dir::{include_dir, Dir};
use lphm_content::{load_course, Source};
use lphm_store::Store;

use crate::ApiError;

static STARTER: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../courses/starter");

/// A course folder compiled into the binary.
struct EmbeddedSource(&'static Dir<'static>);

impl Source for EmbeddedSource {
    fn read(&self, path: &str) -> io::Result<Option<Vec<u8>>> {
        Ok(self.0.get_file(path).map(|f| f.contents().to_vec()))
    }

    fn media(&self) -> io::Result<Vec<String>> {
        Ok(self
            .0
            .get_dir("media")
            .map(|d| {
                d.files()
                    .map(|f| f.path().to_string_lossy().replace('\\', "/"))
                    .collect()
            })
            .unwrap_or_default())
    }
}

/// Installs the built-in courses unless the store already has the same or a newer version.
pub fn install_builtin_courses(store: &Store) -> Result<(), ApiError> {
    let source = EmbeddedSource(&STARTER);
    // Reading the manifest alone is cheap; the whole course is loaded only when needed.
    let manifest: lphm_content::Manifest = match source.read("course.json") {
        Ok(Some(bytes)) => serde_json::from_slice(&bytes)
            .map_err(|e| ApiError::new("content-malformed").arg("detail", e.to_string()))?,
        _ => return Err(ApiError::new("content-missing-file").arg("detail", "course.json")),
    };
    if let Some(installed) = store.course(&manifest.id)? {
        if installed.version >= manifest.version {
            return Ok(());
        }
    }
    let course = load_course(&source)?;
    store.put_course(&course)?;
    Ok(())
}
