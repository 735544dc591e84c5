//! A course's evaluation (`evaluation/evaluation.json`): a pre-test and a post-test in two
//! parallel forms, a reaction survey when the course is complete, and a follow-up survey
//! some days later. All optional; docs/course-format.md describes the files.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::load::{check_ids, check_quiz, check_text, parse_json, read_required};
use crate::model::{Choice, Id, Localized, Quiz};
use crate::{ContentError, Source};

/// Where the evaluation of a course is declared.
pub const EVALUATION_FILE: &str = "evaluation/evaluation.json";

/// The longest free-text answer a survey takes, in characters.
pub const MAX_ANSWER_CHARS: usize = 4_000;

/// The most days a follow-up may wait: ten years.
pub const MAX_FOLLOW_UP_DAYS: u32 = 3_650;

/// `evaluation/evaluation.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluationManifest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_post: Option<PrePost>,
    /// The survey shown when the course is complete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reaction: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<FollowUp>,
}

/// The pre-test and post-test: two forms of the same length, each a quiz file
/// `evaluation/<form>.json`. A learner takes one form before the course and the other after.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrePost {
    pub forms: Vec<Id>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub survey: Id,
    /// Days after the course was completed; the survey is offered at the first start after.
    pub after_days: u32,
    /// Which answers count as "applied what was learned", for the dashboard's share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied: Option<Applied>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applied {
    /// A `choice` or `choices` question of the follow-up survey.
    pub question: Id,
    /// Picking any of these counts as having applied it.
    pub choices: Vec<Id>,
}

/// A survey: `evaluation/<id>.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Survey {
    pub id: Id,
    pub title: Localized,
    #[serde(default)]
    pub intro: Localized,
    pub questions: Vec<SurveyQuestion>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum SurveyKind {
    /// A whole number from 1 to `scale`.
    Rating,
    /// Free text, at most [`MAX_ANSWER_CHARS`].
    Text,
    /// One of the choices.
    Choice,
    /// Any number of the choices (at least one, unless optional).
    Choices,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyQuestion {
    pub id: Id,
    pub kind: SurveyKind,
    pub prompt: Localized,
    /// May be left unanswered.
    #[serde(default)]
    pub optional: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
    /// For a rating: the highest value (2 to 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<u8>,
    /// For a rating: what 1 and `scale` mean.
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub low: Localized,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub high: Localized,
    /// Accepted for `choices` (where it must be true), for readability of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiple: Option<bool>,
}

/// A course's evaluation, loaded and checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub manifest: EvaluationManifest,
    /// The two parallel forms, in the order `pre_post.forms` lists them.
    pub forms: Vec<Quiz>,
    pub surveys: BTreeMap<Id, Survey>,
}

impl Evaluation {
    /// Every file of the evaluation, as a package carries them.
    pub fn files(&self) -> Vec<String> {
        std::iter::once(EVALUATION_FILE.to_string())
            .chain(self.ids().map(|id| format!("evaluation/{id}.json")))
            .collect()
    }

    /// The ids of the forms and surveys: they share the course's namespace of ids.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.forms
            .iter()
            .map(|f| f.id.as_str())
            .chain(self.surveys.keys().map(String::as_str))
    }

    pub fn form(&self, id: &str) -> Option<&Quiz> {
        self.forms.iter().find(|f| f.id == id)
    }

    pub fn reaction(&self) -> Option<&Survey> {
        self.surveys.get(self.manifest.reaction.as_ref()?)
    }

    pub fn follow_up(&self) -> Option<(&Survey, &FollowUp)> {
        let f = self.manifest.follow_up.as_ref()?;
        Some((self.surveys.get(&f.survey)?, f))
    }

    pub fn survey(&self, id: &str) -> Option<&Survey> {
        self.surveys.get(id)
    }
}

/// Reads the evaluation of a course from `src`, if it declares one.
pub fn load_evaluation(
    src: &dyn Source,
    fallback: &str,
) -> Result<Option<Evaluation>, ContentError> {
    let bytes = match src.read(EVALUATION_FILE) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Ok(None),
        Err(source) => {
            return Err(ContentError::Io {
                file: EVALUATION_FILE.into(),
                source,
            })
        }
    };
    let manifest: EvaluationManifest = parse_json(EVALUATION_FILE, &bytes)?;
    let malformed = |detail: String| ContentError::Malformed {
        file: EVALUATION_FILE.into(),
        detail,
    };
    let mut forms = Vec::new();
    if let Some(pre_post) = &manifest.pre_post {
        if pre_post.forms.len() != 2 {
            return Err(malformed(format!(
                "pre_post.forms lists {} forms; it takes exactly two",
                pre_post.forms.len()
            )));
        }
        for id in &pre_post.forms {
            let file = format!("evaluation/{id}.json");
            check_ids([id.as_str()])?;
            let quiz: Quiz = parse_json(&file, &read_required(src, &file)?)?;
            if &quiz.id != id {
                return Err(ContentError::Malformed {
                    file,
                    detail: format!("id is '{}', expected '{id}'", quiz.id),
                });
            }
            check_quiz(&quiz, fallback)?;
            forms.push(quiz);
        }
        if forms[0].questions.len() != forms[1].questions.len() {
            return Err(malformed(format!(
                "the forms '{}' and '{}' are parallel and must have as many questions ({} and {})",
                forms[0].id,
                forms[1].id,
                forms[0].questions.len(),
                forms[1].questions.len()
            )));
        }
    }
    let mut surveys = BTreeMap::new();
    let survey_ids = manifest
        .reaction
        .iter()
        .chain(manifest.follow_up.as_ref().map(|f| &f.survey));
    for id in survey_ids {
        if surveys.contains_key(id) {
            continue;
        }
        check_ids([id.as_str()])?;
        let file = format!("evaluation/{id}.json");
        let survey: Survey = parse_json(&file, &read_required(src, &file)?)?;
        if &survey.id != id {
            return Err(ContentError::Malformed {
                file,
                detail: format!("id is '{}', expected '{id}'", survey.id),
            });
        }
        check_survey(&survey, &file, fallback)?;
        surveys.insert(id.clone(), survey);
    }
    if let Some(f) = &manifest.follow_up {
        if !(1..=MAX_FOLLOW_UP_DAYS).contains(&f.after_days) {
            return Err(malformed(format!(
                "follow_up.after_days is {}; it must be between 1 and {MAX_FOLLOW_UP_DAYS}",
                f.after_days
            )));
        }
        if let Some(applied) = &f.applied {
            let question = surveys[&f.survey]
                .questions
                .iter()
                .find(|q| q.id == applied.question)
                .filter(|q| matches!(q.kind, SurveyKind::Choice | SurveyKind::Choices))
                .ok_or_else(|| {
                    malformed(format!(
                        "follow_up.applied names '{}', which is not a choice question of '{}'",
                        applied.question, f.survey
                    ))
                })?;
            if applied.choices.is_empty()
                || applied
                    .choices
                    .iter()
                    .any(|c| !question.choices.iter().any(|q| &q.id == c))
            {
                return Err(malformed(format!(
                    "follow_up.applied.choices must be choices of '{}'",
                    applied.question
                )));
            }
        }
    }
    let evaluation = Evaluation {
        manifest,
        forms,
        surveys,
    };
    check_ids(evaluation.ids())?;
    Ok(Some(evaluation))
}

fn check_survey(survey: &Survey, file: &str, fallback: &str) -> Result<(), ContentError> {
    let bad = |question: &str, detail: &str| ContentError::Malformed {
        file: file.into(),
        detail: format!("question '{question}': {detail}"),
    };
    check_text(
        &survey.title,
        || format!("survey '{}'", survey.id),
        fallback,
    )?;
    if survey.questions.is_empty() {
        return Err(bad("-", "a survey needs at least one question"));
    }
    check_ids(survey.questions.iter().map(|q| q.id.as_str()))?;
    for q in &survey.questions {
        check_text(&q.prompt, || format!("question '{}'", q.id), fallback)?;
        let choices = matches!(q.kind, SurveyKind::Choice | SurveyKind::Choices);
        if choices && q.choices.len() < 2 {
            return Err(bad(&q.id, "a choice question needs at least two choices"));
        }
        if !choices && !q.choices.is_empty() {
            return Err(bad(&q.id, "only choice questions list choices"));
        }
        if q.multiple.is_some() && q.multiple != Some(q.kind == SurveyKind::Choices) {
            return Err(bad(
                &q.id,
                "\"multiple\" is true exactly for kind \"choices\"",
            ));
        }
        check_ids(q.choices.iter().map(|c| c.id.as_str()))?;
        for c in &q.choices {
            check_text(
                &c.text,
                || format!("choice '{}' of '{}'", c.id, q.id),
                fallback,
            )?;
        }
        match (q.kind, q.scale) {
            (SurveyKind::Rating, Some(2..=10)) => {
                check_text(&q.low, || format!("the low end of '{}'", q.id), fallback)?;
                check_text(&q.high, || format!("the high end of '{}'", q.id), fallback)?;
            }
            (SurveyKind::Rating, _) => {
                return Err(bad(&q.id, "a rating needs a scale from 2 to 10"))
            }
            (_, Some(_)) => return Err(bad(&q.id, "only a rating has a scale")),
            _ => {}
        }
    }
    Ok(())
}
