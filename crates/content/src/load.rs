//! The one loader every course goes through: read, parse, validate.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Path, PathBuf};

use crate::glossary::{check_glossary, Glossary, GLOSSARY_FILE};
use crate::model::{Course, Localized, Manifest, QuestionKind, Quiz, FORMAT_VERSION};

/// Where course files come from: a folder on disk, files compiled into the app, and later the
/// inside of a signed package. Paths are relative, `/`-separated (`lessons/a.en.md`).
pub trait Source {
    /// The bytes of `path`, or `None` when the source has no such file.
    fn read(&self, path: &str) -> io::Result<Option<Vec<u8>>>;
    /// The paths of all files under `media/`.
    fn media(&self) -> io::Result<Vec<String>>;
}

/// A course laid out in a folder.
#[derive(Debug, Clone)]
pub struct DirSource(pub PathBuf);

impl Source for DirSource {
    fn read(&self, path: &str) -> io::Result<Option<Vec<u8>>> {
        match std::fs::read(self.0.join(path)) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn media(&self) -> io::Result<Vec<String>> {
        let dir = self.0.join("media");
        let mut out = Vec::new();
        match std::fs::read_dir(&dir) {
            Ok(entries) => {
                for entry in entries {
                    let entry = entry?;
                    if entry.file_type()?.is_file() {
                        out.push(format!("media/{}", entry.file_name().to_string_lossy()));
                    }
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        out.sort();
        Ok(out)
    }
}

impl DirSource {
    pub fn new(path: impl AsRef<Path>) -> Self {
        DirSource(path.as_ref().to_path_buf())
    }
}

/// Why a course could not be loaded. Each variant names the file or id at fault.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ContentError {
    #[error("could not read {file}: {source}")]
    Io { file: String, source: io::Error },
    #[error("{file} is missing")]
    MissingFile { file: String },
    #[error("{file} is not valid: {detail}")]
    Malformed { file: String, detail: String },
    #[error("course format {found} is not supported (this app reads format {supported})")]
    UnsupportedFormat { found: u32, supported: u32 },
    #[error("'{id}' is not a valid id (lowercase letters, digits and '-', at most 64)")]
    BadId { id: String },
    #[error("the id '{id}' is used twice")]
    DuplicateId { id: String },
    #[error("{what} has no text in the fallback language '{lang}'")]
    MissingFallback { what: String, lang: String },
    #[error("question '{question}' of quiz '{quiz}' is not valid: {detail}")]
    BadQuestion {
        quiz: String,
        question: String,
        detail: String,
    },
}

impl ContentError {
    /// A stable code for the interface; its Fluent message is `error-content-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            ContentError::Io { .. } => "content-io",
            ContentError::MissingFile { .. } => "content-missing-file",
            ContentError::Malformed { .. } => "content-malformed",
            ContentError::UnsupportedFormat { .. } => "content-unsupported-format",
            ContentError::BadId { .. } => "content-bad-id",
            ContentError::DuplicateId { .. } => "content-duplicate-id",
            ContentError::MissingFallback { .. } => "content-missing-fallback",
            ContentError::BadQuestion { .. } => "content-bad-question",
        }
    }
}

pub(crate) fn read_required(src: &dyn Source, file: &str) -> Result<Vec<u8>, ContentError> {
    match src.read(file) {
        Ok(Some(bytes)) => Ok(bytes),
        Ok(None) => Err(ContentError::MissingFile { file: file.into() }),
        Err(source) => Err(ContentError::Io {
            file: file.into(),
            source,
        }),
    }
}

pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(
    file: &str,
    bytes: &[u8],
) -> Result<T, ContentError> {
    serde_json::from_slice(bytes).map_err(|e| ContentError::Malformed {
        file: file.into(),
        detail: e.to_string(),
    })
}

/// Whether `id` can name a course, module, lesson, quiz, question or option: 1 to 64 of
/// `a-z`, `0-9` and `-`. The sync server holds recorded progress to the same rule.
pub fn is_valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_id(id: &str) -> Result<(), ContentError> {
    if is_valid_id(id) {
        Ok(())
    } else {
        Err(ContentError::BadId { id: id.into() })
    }
}

/// Checks a set of sibling ids: each valid, none repeated.
pub(crate) fn check_ids<'a>(ids: impl IntoIterator<Item = &'a str>) -> Result<(), ContentError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        check_id(id)?;
        if !seen.insert(id) {
            return Err(ContentError::DuplicateId { id: id.into() });
        }
    }
    Ok(())
}

pub(crate) fn check_text(
    text: &Localized,
    what: impl FnOnce() -> String,
    lang: &str,
) -> Result<(), ContentError> {
    match text.0.get(lang) {
        Some(t) if !t.trim().is_empty() => Ok(()),
        _ => Err(ContentError::MissingFallback {
            what: what(),
            lang: lang.into(),
        }),
    }
}

/// Reads and validates a whole course from `src`.
pub fn load_course(src: &dyn Source) -> Result<Course, ContentError> {
    let bytes = read_required(src, "course.json")?;
    // The format is read on its own first: a newer format may add fields this build does
    // not know, and that must be reported as "made for a newer app", not as damage.
    #[derive(serde::Deserialize)]
    struct FormatOnly {
        format: u32,
    }
    let FormatOnly { format } = parse_json("course.json", &bytes)?;
    if format != FORMAT_VERSION {
        return Err(ContentError::UnsupportedFormat {
            found: format,
            supported: FORMAT_VERSION,
        });
    }
    let manifest: Manifest = parse_json("course.json", &bytes)?;
    check_id(&manifest.id)?;
    if manifest.version == 0 {
        return Err(ContentError::Malformed {
            file: "course.json".into(),
            detail: "version must be 1 or more".into(),
        });
    }
    let fallback = manifest
        .languages
        .first()
        .cloned()
        .ok_or_else(|| ContentError::Malformed {
            file: "course.json".into(),
            detail: "languages is empty".into(),
        })?;
    check_text(&manifest.title, || "the course title".into(), &fallback)?;
    check_text(&manifest.summary, || "the course summary".into(), &fallback)?;

    // Module, lesson and quiz ids share one namespace per course, so a progress record's
    // item id is never ambiguous.
    check_ids(
        manifest
            .modules
            .iter()
            .map(|m| m.id.as_str())
            .chain(manifest.lessons().map(|(_, l)| l.id.as_str()))
            .chain(manifest.modules.iter().filter_map(|m| m.quiz.as_deref())),
    )?;

    let mut lessons = BTreeMap::new();
    let mut quizzes = BTreeMap::new();
    for module in &manifest.modules {
        check_text(
            &module.title,
            || format!("module '{}'", module.id),
            &fallback,
        )?;
        for lesson in &module.lessons {
            check_text(
                &lesson.title,
                || format!("lesson '{}'", lesson.id),
                &fallback,
            )?;
            for lang in &manifest.languages {
                let file = format!("lessons/{}.{}.md", lesson.id, lang);
                let body = if lang == &fallback {
                    Some(read_required(src, &file)?)
                } else {
                    src.read(&file).map_err(|source| ContentError::Io {
                        file: file.clone(),
                        source,
                    })?
                };
                if let Some(body) = body {
                    let text = String::from_utf8(body).map_err(|_| ContentError::Malformed {
                        file: file.clone(),
                        detail: "not UTF-8".into(),
                    })?;
                    lessons.insert((lesson.id.clone(), lang.clone()), text);
                }
            }
        }
        if let Some(quiz_id) = &module.quiz {
            let file = format!("quizzes/{quiz_id}.json");
            let quiz: Quiz = parse_json(&file, &read_required(src, &file)?)?;
            if &quiz.id != quiz_id {
                return Err(ContentError::Malformed {
                    file,
                    detail: format!("id is '{}', expected '{quiz_id}'", quiz.id),
                });
            }
            check_quiz(&quiz, &fallback)?;
            quizzes.insert(quiz.id.clone(), quiz);
        }
    }

    let mut media = BTreeMap::new();
    for path in src.media().map_err(|source| ContentError::Io {
        file: "media/".into(),
        source,
    })? {
        let bytes = read_required(src, &path)?;
        media.insert(path, bytes);
    }

    let glossary = match src.read(GLOSSARY_FILE) {
        Ok(Some(bytes)) => {
            let glossary: Glossary = parse_json(GLOSSARY_FILE, &bytes)?;
            check_glossary(&glossary, &manifest)?;
            Some(glossary)
        }
        Ok(None) => None,
        Err(source) => {
            return Err(ContentError::Io {
                file: GLOSSARY_FILE.into(),
                source,
            })
        }
    };

    let evaluation = crate::load_evaluation(src, &fallback)?;
    if let Some(evaluation) = &evaluation {
        // Forms and surveys are recorded under their ids, beside the course's own.
        check_ids(
            manifest
                .modules
                .iter()
                .map(|m| m.id.as_str())
                .chain(manifest.lessons().map(|(_, l)| l.id.as_str()))
                .chain(manifest.modules.iter().filter_map(|m| m.quiz.as_deref()))
                .chain(evaluation.ids()),
        )?;
    }

    Ok(Course {
        manifest,
        lessons,
        quizzes,
        media,
        glossary,
        evaluation,
    })
}

pub(crate) fn check_quiz(quiz: &Quiz, fallback: &str) -> Result<(), ContentError> {
    let bad = |question: &str, detail: &str| ContentError::BadQuestion {
        quiz: quiz.id.clone(),
        question: question.into(),
        detail: detail.into(),
    };
    check_text(&quiz.title, || format!("quiz '{}'", quiz.id), fallback)?;
    if !(1..=100).contains(&quiz.pass_mark) {
        return Err(bad("-", "pass_mark must be between 1 and 100"));
    }
    if quiz.questions.is_empty() {
        return Err(bad("-", "a quiz needs at least one question"));
    }
    check_ids(quiz.questions.iter().map(|q| q.id.as_str()))?;
    for q in &quiz.questions {
        check_text(&q.prompt, || format!("question '{}'", q.id), fallback)?;
        match q.kind {
            QuestionKind::TrueFalse if !q.choices.is_empty() => {
                return Err(bad(&q.id, "a true/false question lists no choices"))
            }
            QuestionKind::Single | QuestionKind::Multiple if q.choices.len() < 2 => {
                return Err(bad(&q.id, "a question needs at least two choices"))
            }
            _ => {}
        }
        check_ids(q.choices.iter().map(|c| c.id.as_str()))?;
        for c in &q.choices {
            check_text(
                &c.text,
                || format!("choice '{}' of '{}'", c.id, q.id),
                fallback,
            )?;
        }
        let ids = q.choice_ids();
        if q.correct.iter().any(|c| !ids.contains(&c.as_str())) {
            return Err(bad(&q.id, "a correct answer is not among the choices"));
        }
        let n = q.correct.len();
        let count_ok = match q.kind {
            QuestionKind::Single | QuestionKind::TrueFalse => n == 1,
            QuestionKind::Multiple => n >= 1,
        };
        if !count_ok {
            return Err(bad(&q.id, "wrong number of correct answers for its kind"));
        }
    }
    Ok(())
}
