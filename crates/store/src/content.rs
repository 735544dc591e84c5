//! Course content in the store: versioned, replaced atomically by a pointer switch.

use lphm_content::{Course, Manifest, Quiz};

use crate::{Store, StoreError};

fn version_prefix(course: &str, version: u32) -> Vec<u8> {
    let mut key = Vec::with_capacity(course.len() + 6);
    key.extend_from_slice(course.as_bytes());
    key.push(0);
    key.extend_from_slice(&version.to_be_bytes());
    key.push(0);
    key
}

fn item_key(course: &str, version: u32, kind: u8, parts: &[&str]) -> Vec<u8> {
    let mut key = version_prefix(course, version);
    key.push(kind);
    for part in parts {
        key.push(0);
        key.extend_from_slice(part.as_bytes());
    }
    key
}

const LESSON: u8 = b'L';
const QUIZ: u8 = b'Q';
const MEDIA: u8 = b'M';

impl Store {
    /// Installs `course`, replacing any installed version of it. The new content is written
    /// and flushed under its own keys first; then one pointer switch makes it current; then
    /// the old version's keys are removed. A crash at any point leaves either the old or the
    /// new version readable, never a mix. Progress is not touched.
    pub fn put_course(&self, course: &Course) -> Result<(), StoreError> {
        let m = &course.manifest;
        let mut batch = sled::Batch::default();
        for ((lesson, lang), body) in &course.lessons {
            batch.insert(
                item_key(&m.id, m.version, LESSON, &[lesson, lang]),
                body.as_bytes(),
            );
        }
        for (id, quiz) in &course.quizzes {
            batch.insert(
                item_key(&m.id, m.version, QUIZ, &[id]),
                serde_json::to_vec(quiz)?,
            );
        }
        for (path, bytes) in &course.media {
            batch.insert(item_key(&m.id, m.version, MEDIA, &[path]), bytes.as_slice());
        }
        self.items.apply_batch(batch)?;
        self.db.flush()?;
        self.courses
            .insert(m.id.as_bytes(), serde_json::to_vec(m)?)?;
        self.db.flush()?;
        self.collect_old_versions(&m.id, m.version)?;
        Ok(())
    }

    /// Removes content items of `course` that belong to any version but `keep`.
    fn collect_old_versions(&self, course: &str, keep: u32) -> Result<(), StoreError> {
        let mut prefix = course.as_bytes().to_vec();
        prefix.push(0);
        let keep = version_prefix(course, keep);
        let mut batch = sled::Batch::default();
        for key in self.items.scan_prefix(&prefix).keys() {
            let key = key?;
            if !key.starts_with(&keep) {
                batch.remove(key);
            }
        }
        self.items.apply_batch(batch)?;
        self.db.flush()?;
        Ok(())
    }

    /// Removes a course's content. Progress is kept.
    pub fn remove_course(&self, course: &str) -> Result<(), StoreError> {
        self.courses.remove(course.as_bytes())?;
        self.db.flush()?;
        self.collect_old_versions(course, 0)
    }

    /// Manifests of all installed courses, by course id.
    pub fn courses(&self) -> Result<Vec<Manifest>, StoreError> {
        self.courses
            .iter()
            .values()
            .map(|v| Ok(serde_json::from_slice(&v?)?))
            .collect()
    }

    pub fn course(&self, id: &str) -> Result<Option<Manifest>, StoreError> {
        match self.courses.get(id.as_bytes())? {
            Some(v) => Ok(Some(serde_json::from_slice(&v)?)),
            None => Ok(None),
        }
    }

    pub fn lesson_body(
        &self,
        m: &Manifest,
        lesson: &str,
        lang: &str,
    ) -> Result<Option<String>, StoreError> {
        Ok(self
            .items
            .get(item_key(&m.id, m.version, LESSON, &[lesson, lang]))?
            .map(|v| String::from_utf8_lossy(&v).into_owned()))
    }

    pub fn quiz(&self, m: &Manifest, quiz: &str) -> Result<Option<Quiz>, StoreError> {
        match self.items.get(item_key(&m.id, m.version, QUIZ, &[quiz]))? {
            Some(v) => Ok(Some(serde_json::from_slice(&v)?)),
            None => Ok(None),
        }
    }

    pub fn media(&self, m: &Manifest, path: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .items
            .get(item_key(&m.id, m.version, MEDIA, &[path]))?
            .map(|v| v.to_vec()))
    }
}
