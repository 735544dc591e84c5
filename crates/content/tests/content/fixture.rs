//! A small, valid course that each test changes in one place, written to a temporary
//! folder and read back through `load_course`.

use std::collections::BTreeMap;

use lphm_content::{load_course, ContentError, Course, DirSource};
use serde_json::{json, Value};

/// The bytes of the one media file of the valid course.
pub const MAP_SVG: &[u8] = b"<svg xmlns='http://www.w3.org/2000/svg'/>";

/// A course as files. `manifest` and `quizzes` are written as JSON (`None` leaves
/// `course.json` out); `files` are written as they are, after them, so a test can also
/// replace a JSON file with raw bytes.
#[derive(Debug, Clone)]
pub struct Fixture {
    pub manifest: Option<Value>,
    /// Keyed by quiz id; written to `quizzes/<id>.json`.
    pub quizzes: BTreeMap<String, Value>,
    /// Keyed by path relative to the course root.
    pub files: BTreeMap<String, Vec<u8>>,
}

fn text(en: &str, fr: &str) -> Value {
    json!({ "en": en, "fr": fr })
}

impl Fixture {
    /// Two modules, three lessons in English and French, one quiz with one question of
    /// each kind, one image.
    pub fn valid() -> Fixture {
        let manifest = json!({
            "format": 1,
            "id": "starter",
            "version": 3,
            "languages": ["en", "fr"],
            "title": text("Starter", "Débuter"),
            "summary": text("A first course.", "Un premier cours."),
            "modules": [
                {
                    "id": "basics",
                    "title": text("Basics", "Bases"),
                    "summary": text("Where to start.", "Par où commencer."),
                    "lessons": [
                        { "id": "first-steps", "title": text("First steps", "Premiers pas"), "minutes": 10 },
                        { "id": "second-steps", "title": text("Second steps", "Deuxièmes pas"), "minutes": 5 }
                    ],
                    "quiz": "basics-quiz"
                },
                {
                    "id": "more",
                    "title": text("More", "Plus"),
                    "lessons": [
                        { "id": "going-further", "title": text("Going further", "Aller plus loin") }
                    ]
                }
            ]
        });
        let quiz = json!({
            "id": "basics-quiz",
            "title": text("Check the basics", "Vérifier les bases"),
            "pass_mark": 70,
            "questions": [
                {
                    "id": "q1",
                    "kind": "single",
                    "prompt": text("Pick a.", "Choisir a."),
                    "choices": [
                        { "id": "a", "text": text("A", "A") },
                        { "id": "b", "text": text("B", "B") }
                    ],
                    "correct": ["a"],
                    "explanation": text("It is a.", "C'est a.")
                },
                {
                    "id": "q2",
                    "kind": "multiple",
                    "prompt": text("Pick a and c.", "Choisir a et c."),
                    "choices": [
                        { "id": "a", "text": text("A", "A") },
                        { "id": "b", "text": text("B", "B") },
                        { "id": "c", "text": text("C", "C") }
                    ],
                    "correct": ["a", "c"]
                },
                {
                    "id": "q3",
                    "kind": "true_false",
                    "prompt": text("True?", "Vrai ?"),
                    "correct": ["true"]
                }
            ]
        });
        let mut files = BTreeMap::new();
        for lesson in ["first-steps", "second-steps", "going-further"] {
            for lang in ["en", "fr"] {
                files.insert(
                    format!("lessons/{lesson}.{lang}.md"),
                    format!("# {lesson} ({lang})\n\n![Map](media/map.svg)\n").into_bytes(),
                );
            }
        }
        files.insert("media/map.svg".into(), MAP_SVG.to_vec());
        Fixture {
            manifest: Some(manifest),
            quizzes: BTreeMap::from([("basics-quiz".to_string(), quiz)]),
            files,
        }
    }

    pub fn manifest(&mut self) -> &mut Value {
        self.manifest
            .as_mut()
            .expect("this fixture has a course.json")
    }

    pub fn quiz(&mut self) -> &mut Value {
        self.quizzes
            .get_mut("basics-quiz")
            .expect("this fixture has basics-quiz")
    }

    /// Question `n` (0-based) of `basics-quiz`.
    pub fn question(&mut self, n: usize) -> &mut Value {
        &mut self.quiz()["questions"][n]
    }

    /// Writes the course into a new temporary folder.
    pub fn write(&self) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let mut all: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        if let Some(manifest) = &self.manifest {
            all.insert(
                "course.json".into(),
                serde_json::to_vec_pretty(manifest).unwrap(),
            );
        }
        for (id, quiz) in &self.quizzes {
            all.insert(
                format!("quizzes/{id}.json"),
                serde_json::to_vec_pretty(quiz).unwrap(),
            );
        }
        all.extend(self.files.clone());
        for (path, bytes) in all {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        dir
    }

    pub fn load(&self) -> Result<Course, ContentError> {
        let dir = self.write();
        load_course(&DirSource::new(dir.path()))
    }
}

/// One change to the valid course, for tables of cases.
pub type Change = fn(&mut Fixture);

/// The valid course changed by `change`, loaded.
pub fn load_changed(change: impl FnOnce(&mut Fixture)) -> Result<Course, ContentError> {
    let mut fixture = Fixture::valid();
    change(&mut fixture);
    fixture.load()
}

/// What an error is about: the file or id it names, in one line, for comparing in tables.
pub fn subject(err: &ContentError) -> String {
    match err {
        ContentError::Io { file, .. }
        | ContentError::MissingFile { file }
        | ContentError::Malformed { file, .. } => file.clone(),
        ContentError::UnsupportedFormat { found, supported } => {
            format!("{found} (reads {supported})")
        }
        ContentError::BadId { id } | ContentError::DuplicateId { id } => id.clone(),
        ContentError::MissingFallback { what, lang } => format!("{what} in {lang}"),
        ContentError::BadQuestion { quiz, question, .. } => format!("{quiz}/{question}"),
        other => panic!("a new error variant needs a subject here: {other:?}"),
    }
}

/// Loading the valid course changed by `change` fails with the error `code` about
/// `expected_subject` (see [`subject`]).
#[track_caller]
pub fn check(change: impl FnOnce(&mut Fixture), code: &str, expected_subject: &str) {
    match load_changed(change) {
        Ok(_) => panic!("expected {code} about {expected_subject:?}, but the course loaded"),
        Err(err) => {
            assert_eq!(
                (err.code(), subject(&err).as_str()),
                (code, expected_subject),
                "{err}"
            );
        }
    }
}

/// Loading the valid course changed by `change` succeeds.
#[track_caller]
pub fn check_loads(change: impl FnOnce(&mut Fixture)) -> Course {
    match load_changed(change) {
        Ok(course) => course,
        Err(err) => panic!("expected the course to load, got {} ({err})", err.code()),
    }
}
