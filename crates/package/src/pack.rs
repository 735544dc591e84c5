//! Building a package from a course folder: validate, hash, sign, write.
//!
//! The output is byte-for-byte reproducible: entries are sorted, and times, owners and
//! modes are fixed. The same folder therefore always yields the same manifest, which is
//! how the test command checks that the shipped curriculum package matches its source.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use flate2::write::GzEncoder;
use flate2::Compression;
use lphm_content::{load_course, DirSource};
use sha2::{Digest, Sha256};

use crate::manifest::{check_path, FileEntry, PackageManifest, MANIFEST_NAME, PACKAGE_FORMAT};
use crate::read::SignatureFile;
use crate::{PackageError, SecretKey, SIGNATURE_NAME};

/// Validates the course in `dir` with the app's own loader and describes every file it
/// would carry. Files outside `course.json`, `glossary.json`, `lessons/`, `quizzes/`,
/// `media/` and the evaluation's declared files are not part of a course and are left out.
pub fn manifest_for_dir(dir: &Path) -> Result<PackageManifest, PackageError> {
    let course = load_course(&DirSource::new(dir))?;
    let mut paths = vec!["course.json".to_string()];
    if course.glossary.is_some() {
        paths.push(lphm_content::GLOSSARY_FILE.to_string());
    }
    for top in ["lessons", "quizzes", "media"] {
        collect(dir, top, &mut paths)?;
    }
    // Of `evaluation/`, only the files the course declares (not notes for its authors).
    if let Some(evaluation) = &course.evaluation {
        paths.extend(evaluation.files());
    }
    paths.sort();
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        check_path(&path)?;
        let mut hasher = Sha256::default();
        let size = io::copy(
            &mut File::open(dir.join(&path))?,
            &mut HashWriter(&mut hasher),
        )?;
        files.push(FileEntry {
            path,
            size,
            sha256: hex::encode(hasher.finalize()),
        });
    }
    let m = course.manifest;
    let manifest = PackageManifest {
        format: PACKAGE_FORMAT,
        course: m.id,
        version: m.version,
        languages: m.languages,
        title: m.title,
        files,
    };
    Ok(manifest)
}

/// The manifest's canonical bytes: what the signature covers.
pub fn manifest_bytes(manifest: &PackageManifest) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(manifest).expect("serializable");
    bytes.push(b'\n');
    bytes
}

/// Packs the course in `dir`, signed with `key`, into `out`.
pub fn pack(dir: &Path, key: &SecretKey, out: impl Write) -> Result<PackageManifest, PackageError> {
    let manifest = manifest_for_dir(dir)?;
    let bytes = manifest_bytes(&manifest);
    let signature = SignatureFile {
        key: key.public().id(),
        algorithm: "ed25519".into(),
        signature: B64.encode(key.sign(&bytes)),
    };
    let mut sig = serde_json::to_vec_pretty(&signature).expect("serializable");
    sig.push(b'\n');

    let mut tar = tar::Builder::new(GzEncoder::new(out, Compression::default()));
    append(
        &mut tar,
        MANIFEST_NAME,
        bytes.len() as u64,
        bytes.as_slice(),
    )?;
    append(&mut tar, SIGNATURE_NAME, sig.len() as u64, sig.as_slice())?;
    for f in &manifest.files {
        append(&mut tar, &f.path, f.size, File::open(dir.join(&f.path))?)?;
    }
    tar.into_inner()?.finish()?.flush()?;
    Ok(manifest)
}

fn append<W: Write>(
    tar: &mut tar::Builder<W>,
    path: &str,
    size: u64,
    data: impl Read,
) -> Result<(), PackageError> {
    let mut header = tar::Header::new_ustar();
    header
        .set_path(path)
        .map_err(|e| PackageError::UnsafeEntry {
            path: path.into(),
            detail: e.to_string(),
        })?;
    header.set_size(size);
    header.set_mode(0o644);
    header.set_mtime(0);
    header.set_uid(0);
    header.set_gid(0);
    header.set_entry_type(tar::EntryType::Regular);
    header.set_cksum();
    // A file that grew or shrank since it was hashed fails here rather than being packed
    // with a size its header does not declare.
    tar.append(&header, data.take(size))?;
    Ok(())
}

/// Adds the regular files under `dir/rel` to `out` as `/`-separated relative paths.
/// Symbolic links are refused: a package carries files, never pointers to elsewhere.
fn collect(dir: &Path, rel: &str, out: &mut Vec<String>) -> Result<(), PackageError> {
    let entries = match std::fs::read_dir(dir.join(rel)) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue; // editor and OS litter (.DS_Store, .swp)
        }
        let path = format!("{rel}/{name}");
        let kind = entry.file_type()?;
        if kind.is_symlink() {
            return Err(PackageError::UnsafeEntry {
                path,
                detail: "symbolic link".into(),
            });
        } else if kind.is_dir() {
            collect(dir, &path, out)?;
        } else if kind.is_file() {
            out.push(path);
        }
    }
    Ok(())
}

/// Feeds written bytes to a hasher.
pub(crate) struct HashWriter<'a>(pub &'a mut Sha256);

impl Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
