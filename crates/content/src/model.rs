//! The content model: manifest, modules, lessons, quizzes, localized text.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// The course format this build reads (`format` in `course.json`).
pub const FORMAT_VERSION: u32 = 1;

/// A stable content id: `[a-z0-9-]{1,64}`.
pub type Id = String;

/// Text in several languages, keyed by language code (`en`, `fr`, `pl`, `zu`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Localized(pub BTreeMap<String, String>);

impl Localized {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text in `lang`, else in `fallback`; returns the language actually served.
    pub fn pick<'a>(&'a self, lang: &str, fallback: &'a str) -> (&'a str, &'a str) {
        if let Some((l, text)) = self.0.get_key_value(lang) {
            return (text, l);
        }
        match self.0.get_key_value(fallback) {
            Some((l, text)) => (text, l),
            None => ("", fallback),
        }
    }
}

/// `course.json`: everything about a course except lesson bodies, quizzes and media.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    pub id: Id,
    pub version: u32,
    /// Every language the course carries; the first is the fallback.
    pub languages: Vec<String>,
    pub title: Localized,
    pub summary: Localized,
    pub modules: Vec<ModuleManifest>,
}

impl Manifest {
    pub fn fallback_lang(&self) -> &str {
        self.languages.first().map(String::as_str).unwrap_or("en")
    }

    /// Lessons in study order, with the module each belongs to.
    pub fn lessons(&self) -> impl Iterator<Item = (&ModuleManifest, &LessonRef)> {
        self.modules
            .iter()
            .flat_map(|m| m.lessons.iter().map(move |l| (m, l)))
    }

    pub fn module_of_lesson(&self, lesson: &str) -> Option<&ModuleManifest> {
        self.modules
            .iter()
            .find(|m| m.lessons.iter().any(|l| l.id == lesson))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleManifest {
    pub id: Id,
    pub title: Localized,
    #[serde(default)]
    pub summary: Localized,
    pub lessons: Vec<LessonRef>,
    #[serde(default)]
    pub quiz: Option<Id>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonRef {
    pub id: Id,
    pub title: Localized,
    #[serde(default)]
    pub minutes: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    pub id: Id,
    pub title: Localized,
    /// Percentage of questions answered correctly needed to pass (1–100).
    pub pass_mark: u8,
    /// After this many attempts the correct answers are shown even to a learner who has not
    /// passed. Absent: they are shown only once the quiz is passed, so a retake is not a copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reveal_after: Option<u32>,
    pub questions: Vec<Question>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Single,
    Multiple,
    TrueFalse,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Id,
    pub kind: QuestionKind,
    pub prompt: Localized,
    #[serde(default)]
    pub choices: Vec<Choice>,
    pub correct: BTreeSet<Id>,
    #[serde(default)]
    pub explanation: Localized,
}

impl Question {
    /// The ids a learner may pick: the listed choices, or `true`/`false`.
    pub fn choice_ids(&self) -> Vec<&str> {
        match self.kind {
            QuestionKind::TrueFalse => vec!["true", "false"],
            _ => self.choices.iter().map(|c| c.id.as_str()).collect(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: Id,
    pub text: Localized,
}

/// A fully loaded, validated course.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Course {
    pub manifest: Manifest,
    /// Lesson Markdown keyed by `(lesson id, language)`.
    pub lessons: BTreeMap<(Id, String), String>,
    pub quizzes: BTreeMap<Id, Quiz>,
    /// Media files keyed by their path relative to the course root (`media/x.svg`).
    pub media: BTreeMap<String, Vec<u8>>,
    /// `glossary.json`, when the course has one.
    pub glossary: Option<crate::Glossary>,
    /// `evaluation/`: pre- and post-tests and surveys, when the course has them.
    pub evaluation: Option<crate::Evaluation>,
}
