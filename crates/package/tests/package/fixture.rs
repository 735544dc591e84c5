//! The test course folder, the test keys, and packing the course with the real `pack`.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::Path;

use lphm_package::{pack, FileEntry, PackageError, PublicKey, SecretKey, Sink, Verified};
use tempfile::TempDir;

pub const COURSE_JSON: &str = r#"{
  "format": 1,
  "id": "fixture-package",
  "version": 3,
  "languages": ["en", "fr"],
  "title": { "en": "Package fixture", "fr": "Cours de test" },
  "summary": { "en": "Used by the package tests.", "fr": "Utilisé par les tests." },
  "modules": [
    {
      "id": "basics",
      "title": { "en": "Basics", "fr": "Les bases" },
      "lessons": [
        { "id": "first-lesson", "title": { "en": "First lesson" }, "minutes": 5 },
        { "id": "second-lesson", "title": { "en": "Second lesson" }, "minutes": 7 }
      ],
      "quiz": "basics-quiz"
    }
  ]
}
"#;

pub const FIRST_LESSON: &str =
    "# First lesson\n\nA map of the city:\n\n![City map](media/pic.svg)\n";
pub const SECOND_LESSON: &str = "# Second lesson\n\n- one\n- two\n";

pub const QUIZ: &str = r#"{
  "id": "basics-quiz",
  "title": { "en": "Basics quiz", "fr": "Quiz" },
  "pass_mark": 50,
  "questions": [
    {
      "id": "q1",
      "kind": "single",
      "prompt": { "en": "Pick a" },
      "choices": [
        { "id": "a", "text": { "en": "A" } },
        { "id": "b", "text": { "en": "B" } }
      ],
      "correct": ["a"],
      "explanation": { "en": "It was a." }
    },
    {
      "id": "q2",
      "kind": "true_false",
      "prompt": { "en": "Sky is blue?" },
      "correct": ["true"],
      "explanation": { "en": "Usually." }
    }
  ]
}
"#;

pub const PIC_SVG: &str =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><rect width=\"4\" height=\"4\"/></svg>\n";

/// Every file of the fixture course, as (path, contents).
pub fn course_files() -> Vec<(&'static str, &'static str)> {
    vec![
        ("course.json", COURSE_JSON),
        ("lessons/first-lesson.en.md", FIRST_LESSON),
        ("lessons/second-lesson.en.md", SECOND_LESSON),
        ("quizzes/basics-quiz.json", QUIZ),
        ("media/pic.svg", PIC_SVG),
    ]
}

/// Writes `files` under `dir`, creating folders as needed.
pub fn write_files(dir: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
}

/// A fresh copy of the fixture course in a temp dir.
pub fn course() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_files(dir.path(), &course_files());
    dir
}

/// The publisher every test laptop trusts.
pub fn publisher() -> SecretKey {
    SecretKey::from_seed("Test publisher", [7u8; 32])
}

/// A well-formed key that no test laptop trusts.
pub fn stranger() -> SecretKey {
    SecretKey::from_seed("Someone else", [9u8; 32])
}

pub fn trust() -> Vec<PublicKey> {
    vec![publisher().public()]
}

/// Packs `dir` with `key` using the crate's own `pack`.
pub fn pack_dir(dir: &Path, key: &SecretKey) -> Result<Vec<u8>, PackageError> {
    let mut out = Vec::new();
    pack(dir, key, &mut out)?;
    Ok(out)
}

/// The fixture course, packed by the publisher.
pub fn valid_package() -> Vec<u8> {
    pack_dir(course().path(), &publisher()).unwrap()
}

/// A sink that keeps every file it is given, to compare with what was packed.
#[derive(Default)]
pub struct Collect {
    pub began: Option<Verified>,
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Sink for Collect {
    type Error = PackageError;
    fn begin(&mut self, package: &Verified) -> Result<(), PackageError> {
        assert!(self.began.is_none(), "begin is called once");
        self.began = Some(package.clone());
        Ok(())
    }
    fn file(&mut self, entry: &FileEntry, data: &mut dyn Read) -> Result<(), PackageError> {
        assert!(
            self.began.is_some(),
            "no file may reach the sink before the signature is checked"
        );
        let mut bytes = Vec::new();
        data.read_to_end(&mut bytes)?;
        let previous = self.files.insert(entry.path.clone(), bytes);
        assert!(
            previous.is_none(),
            "{} handed to the sink twice",
            entry.path
        );
        Ok(())
    }
}

/// Reads `package` into a [`Collect`] sink, trusting the publisher.
pub fn read_all(package: &[u8]) -> (Result<Verified, PackageError>, Collect) {
    let mut sink = Collect::default();
    let result = lphm_package::read_package(package, &trust(), &mut sink);
    (result, sink)
}

/// A reader that hands out at most `chunk` bytes per call and counts what it handed out,
/// so a test can see how much of its input the package reader pulled.
pub struct Trickle<'a> {
    pub data: &'a [u8],
    pub chunk: usize,
    pub taken: usize,
}

impl<'a> Trickle<'a> {
    pub fn new(data: &'a [u8], chunk: usize) -> Self {
        Trickle {
            data,
            chunk,
            taken: 0,
        }
    }
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(self.chunk).min(self.data.len() - self.taken);
        buf[..n].copy_from_slice(&self.data[self.taken..self.taken + n]);
        self.taken += n;
        Ok(n)
    }
}
