//! Course content in the store: content-addressed files, one record per course.
//!
//! Every file of a course (`course.json`, lessons, quizzes, media) is stored once under its
//! sha256. Small files live in the `content/blobs` tree; files above [`INLINE_MAX`] (images,
//! audio) live beside the database as `media/<sha256>`, written to a temporary name and
//! renamed when complete, so large media never pass through sled's log. A course is the
//! record in `content/courses`: its manifest, the package it came from and the map from
//! path to file. Installing a version writes its files first and then that one record, so
//! a reader sees the old version or the new one, never a mix; files no course refers to
//! any more are removed afterwards, and also after a crash, at the next import.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::PathBuf;

use lphm_content::{Course, Evaluation, Glossary, Manifest, Quiz};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{Store, StoreError};

/// Files up to this size are kept inside sled; larger ones as files beside it.
pub const INLINE_MAX: u64 = 64 * 1024;

/// One stored file: its sha256 (hex) and size.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRef {
    pub sha256: String,
    pub size: u64,
}

/// Where an installed course came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageInfo {
    /// sha256 of the signed package manifest: the same value means the same package.
    pub manifest_sha256: String,
    /// Id and name of the key that signed it.
    pub key: String,
    pub signer: String,
}

/// An installed course.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstalledCourse {
    pub manifest: Manifest,
    /// `None` for a course installed from a folder (tests, authoring).
    pub package: Option<PackageInfo>,
    pub files: BTreeMap<String, FileRef>,
}

/// A failure while writing an imported file: reading the source or writing the store.
#[derive(Debug)]
pub enum ImportWriteError {
    /// Reading the incoming bytes failed (the package reader's checks report here).
    Source(io::Error),
    Store(StoreError),
}

impl From<StoreError> for ImportWriteError {
    fn from(e: StoreError) -> Self {
        ImportWriteError::Store(e)
    }
}

fn sha_bytes(hex_sha: &str) -> Result<[u8; 32], StoreError> {
    let mut out = [0u8; 32];
    hex::decode_to_slice(hex_sha, &mut out)
        .map_err(|_| StoreError::Corrupt(format!("'{hex_sha}' is not a sha256")))?;
    Ok(out)
}

impl Store {
    fn media_dir(&self) -> PathBuf {
        self.dir.join("media")
    }

    fn media_path(&self, sha: &str) -> PathBuf {
        self.media_dir().join(sha)
    }

    /// Starts installing a course. Files written through the returned [`Import`] stay
    /// invisible until [`Import::commit`]; dropping it without committing removes them.
    pub fn begin_import(&self) -> Result<Import<'_>, StoreError> {
        self.collect_garbage()?;
        std::fs::create_dir_all(self.media_dir())?;
        Ok(Import {
            store: self,
            added_inline: Vec::new(),
            added_files: Vec::new(),
            files: BTreeMap::new(),
            committed: false,
        })
    }

    /// Installs a course held in memory (a folder read by `load_course`), replacing any
    /// installed version. Packages go through [`Store::begin_import`] instead.
    pub fn put_course(&self, course: &Course) -> Result<(), StoreError> {
        let mut import = self.begin_import()?;
        let mut put = |path: String, bytes: &[u8]| -> Result<(), StoreError> {
            let sha = hex::encode(Sha256::digest(bytes));
            import
                .write(&path, &sha, bytes.len() as u64, &mut &*bytes)
                .map_err(|e| match e {
                    ImportWriteError::Store(e) => e,
                    ImportWriteError::Source(e) => e.into(),
                })
        };
        put("course.json".into(), &serde_json::to_vec(&course.manifest)?)?;
        for ((lesson, lang), body) in &course.lessons {
            put(format!("lessons/{lesson}.{lang}.md"), body.as_bytes())?;
        }
        for (id, quiz) in &course.quizzes {
            put(format!("quizzes/{id}.json"), &serde_json::to_vec(quiz)?)?;
        }
        for (path, bytes) in &course.media {
            put(path.clone(), bytes)?;
        }
        if let Some(glossary) = &course.glossary {
            put(
                lphm_content::GLOSSARY_FILE.into(),
                &serde_json::to_vec(glossary)?,
            )?;
        }
        if let Some(evaluation) = &course.evaluation {
            put(
                lphm_content::EVALUATION_FILE.into(),
                &serde_json::to_vec(&evaluation.manifest)?,
            )?;
            for form in &evaluation.forms {
                put(
                    format!("evaluation/{}.json", form.id),
                    &serde_json::to_vec(form)?,
                )?;
            }
            for (id, survey) in &evaluation.surveys {
                put(
                    format!("evaluation/{id}.json"),
                    &serde_json::to_vec(survey)?,
                )?;
            }
        }
        import.commit(course.manifest.clone(), None)
    }

    /// Removes a course's content. Progress is never touched here.
    pub fn remove_course(&self, course: &str) -> Result<bool, StoreError> {
        let existed = self.courses.remove(course.as_bytes())?.is_some();
        self.flush()?;
        self.collect_garbage()?;
        Ok(existed)
    }

    /// Removes stored files that no installed course refers to: those of replaced or
    /// removed versions, and whatever an interrupted import left behind.
    pub fn collect_garbage(&self) -> Result<(), StoreError> {
        let mut live = BTreeSet::new();
        for record in self.installed_courses()? {
            live.extend(record.files.into_values().map(|f| f.sha256));
        }
        let mut batch = sled::Batch::default();
        for key in self.blobs.iter().keys() {
            let key = key?;
            if !live.contains(&hex::encode(&key)) {
                batch.remove(key);
            }
        }
        self.blobs.apply_batch(batch)?;
        self.flush()?;
        match std::fs::read_dir(self.media_dir()) {
            Ok(entries) => {
                for entry in entries {
                    let entry = entry?;
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if !live.contains(&name) {
                        std::fs::remove_file(entry.path())?;
                    }
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
        Ok(())
    }

    /// Every installed course's record.
    pub fn installed_courses(&self) -> Result<Vec<InstalledCourse>, StoreError> {
        self.courses
            .iter()
            .values()
            .map(|v| Ok(serde_json::from_slice(&v?)?))
            .collect()
    }

    pub fn installed(&self, id: &str) -> Result<Option<InstalledCourse>, StoreError> {
        match self.courses.get(id.as_bytes())? {
            Some(v) => Ok(Some(serde_json::from_slice(&v)?)),
            None => Ok(None),
        }
    }

    /// Manifests of all installed courses, by course id.
    pub fn courses(&self) -> Result<Vec<Manifest>, StoreError> {
        Ok(self
            .installed_courses()?
            .into_iter()
            .map(|c| c.manifest)
            .collect())
    }

    pub fn course(&self, id: &str) -> Result<Option<Manifest>, StoreError> {
        Ok(self.installed(id)?.map(|c| c.manifest))
    }

    /// The bytes of `path` in the installed version of course `m`.
    pub fn course_file(&self, m: &Manifest, path: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let Some(record) = self.installed(&m.id)? else {
            return Ok(None);
        };
        match record.files.get(path) {
            Some(f) => self.read_blob(f),
            None => Ok(None),
        }
    }

    fn read_blob(&self, f: &FileRef) -> Result<Option<Vec<u8>>, StoreError> {
        if f.size <= INLINE_MAX {
            Ok(self.blobs.get(sha_bytes(&f.sha256)?)?.map(|v| v.to_vec()))
        } else {
            match std::fs::read(self.media_path(&f.sha256)) {
                Ok(bytes) => Ok(Some(bytes)),
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(e.into()),
            }
        }
    }

    fn has_blob(&self, f: &FileRef) -> Result<bool, StoreError> {
        if f.size <= INLINE_MAX {
            Ok(self.blobs.contains_key(sha_bytes(&f.sha256)?)?)
        } else {
            Ok(self.media_path(&f.sha256).is_file())
        }
    }

    pub fn lesson_body(
        &self,
        m: &Manifest,
        lesson: &str,
        lang: &str,
    ) -> Result<Option<String>, StoreError> {
        Ok(self
            .course_file(m, &format!("lessons/{lesson}.{lang}.md"))?
            .map(|v| String::from_utf8_lossy(&v).into_owned()))
    }

    pub fn quiz(&self, m: &Manifest, quiz: &str) -> Result<Option<Quiz>, StoreError> {
        match self.course_file(m, &format!("quizzes/{quiz}.json"))? {
            Some(v) => Ok(Some(serde_json::from_slice(&v)?)),
            None => Ok(None),
        }
    }

    /// The course's glossary, when it has one.
    pub fn glossary(&self, m: &Manifest) -> Result<Option<Glossary>, StoreError> {
        match self.course_file(m, lphm_content::GLOSSARY_FILE)? {
            Some(v) => Ok(Some(serde_json::from_slice(&v)?)),
            None => Ok(None),
        }
    }

    /// The course's pre- and post-tests and surveys, when it has them (checked on import).
    pub fn evaluation(&self, m: &Manifest) -> Result<Option<Evaluation>, StoreError> {
        struct Files<'a>(&'a Store, &'a Manifest);
        impl lphm_content::Source for Files<'_> {
            fn read(&self, path: &str) -> std::io::Result<Option<Vec<u8>>> {
                self.0
                    .course_file(self.1, path)
                    .map_err(std::io::Error::other)
            }
            fn media(&self) -> std::io::Result<Vec<String>> {
                Ok(Vec::new())
            }
        }
        lphm_content::load_evaluation(&Files(self, m), m.fallback_lang())
            .map_err(|e| StoreError::Corrupt(format!("the evaluation of '{}': {e}", m.id)))
    }

    pub fn media(&self, m: &Manifest, path: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.course_file(m, path)
    }

    /// A digest of everything the store holds: every tree's keys and values and every
    /// media file. Two equal fingerprints mean nothing changed (tests use it to prove a
    /// refused import left the store exactly as it was).
    pub fn fingerprint(&self) -> Result<String, StoreError> {
        let mut h = Sha256::default();
        let mut names = self.db.tree_names();
        names.sort();
        for name in names {
            h.update((name.len() as u64).to_be_bytes());
            h.update(&name);
            for kv in self.db.open_tree(&name)?.iter() {
                let (k, v) = kv?;
                h.update((k.len() as u64).to_be_bytes());
                h.update(&k);
                h.update((v.len() as u64).to_be_bytes());
                h.update(&v);
            }
        }
        let mut files = Vec::new();
        if let Ok(entries) = std::fs::read_dir(self.media_dir()) {
            for entry in entries {
                files.push(entry?.path());
            }
        }
        files.sort();
        for path in files {
            h.update(path.file_name().unwrap_or_default().as_encoded_bytes());
            h.update(std::fs::read(&path)?);
        }
        Ok(hex::encode(h.finalize()))
    }
}

/// A course being installed. See [`Store::begin_import`].
pub struct Import<'a> {
    store: &'a Store,
    added_inline: Vec<[u8; 32]>,
    added_files: Vec<PathBuf>,
    files: BTreeMap<String, FileRef>,
    committed: bool,
}

impl Import<'_> {
    /// Stores `path`, whose bytes `data` yields and which the caller says hash to `sha256`.
    /// `data` is read to its end in every case, so a checking reader gets to check; the
    /// bytes are kept only if that read succeeds. A file the store already has (say, an
    /// image unchanged between two versions) is not written again.
    pub fn write(
        &mut self,
        path: &str,
        sha256: &str,
        size: u64,
        data: &mut dyn Read,
    ) -> Result<(), ImportWriteError> {
        let file = FileRef {
            sha256: sha256.to_string(),
            size,
        };
        let key = sha_bytes(sha256)?;
        let fresh = !self.store.has_blob(&file)? && !self.added_inline.contains(&key);
        if !fresh {
            io::copy(data, &mut io::sink()).map_err(ImportWriteError::Source)?;
        } else if size <= INLINE_MAX {
            let mut bytes = Vec::with_capacity(size as usize);
            data.read_to_end(&mut bytes)
                .map_err(ImportWriteError::Source)?;
            self.store
                .blobs
                .insert(key, bytes)
                .map_err(StoreError::from)?;
            self.added_inline.push(key);
        } else {
            let target = self.store.media_path(sha256);
            let tmp =
                self.store
                    .media_dir()
                    .join(format!(".tmp-{}-{}", sha256, std::process::id()));
            let result = copy_to_file(data, &tmp);
            match result {
                Ok(()) => {
                    std::fs::rename(&tmp, &target).map_err(StoreError::from)?;
                    self.added_files.push(target);
                }
                Err(e) => {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(e);
                }
            }
        }
        self.files.insert(path.to_string(), file);
        Ok(())
    }

    /// Reads back a file written so far in this import (to validate the course).
    pub fn read(&self, path: &str) -> Result<Option<Vec<u8>>, StoreError> {
        match self.files.get(path) {
            Some(f) => self.store.read_blob(f),
            None => Ok(None),
        }
    }

    /// Paths written so far.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// Makes the new version current: flushes its files, then writes the course record
    /// in one step, then removes what the old version alone used.
    pub fn commit(
        mut self,
        manifest: Manifest,
        package: Option<PackageInfo>,
    ) -> Result<(), StoreError> {
        self.store.flush()?;
        if !self.added_files.is_empty() {
            // The media files' names (each file's bytes were synced as it was written).
            lphm_durable::sync_dir(&self.store.media_dir())?;
        }
        let record = InstalledCourse {
            manifest,
            package,
            files: std::mem::take(&mut self.files),
        };
        self.store
            .courses
            .insert(record.manifest.id.as_bytes(), serde_json::to_vec(&record)?)?;
        self.store.flush()?;
        self.committed = true;
        self.store.collect_garbage()
    }
}

impl Drop for Import<'_> {
    /// An import that did not commit leaves nothing behind.
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        for key in &self.added_inline {
            let _ = self.store.blobs.remove(key);
        }
        for path in &self.added_files {
            let _ = std::fs::remove_file(path);
        }
        let _ = self.store.flush();
    }
}

/// Streams `data` into a new file at `tmp` and syncs it.
fn copy_to_file(data: &mut dyn Read, tmp: &std::path::Path) -> Result<(), ImportWriteError> {
    let mut out = File::create(tmp).map_err(StoreError::from)?;
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = match data.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(ImportWriteError::Source(e)),
        };
        out.write_all(&buf[..n]).map_err(StoreError::from)?;
    }
    out.sync_all().map_err(StoreError::from)?;
    Ok(())
}
