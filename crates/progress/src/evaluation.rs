//! The course evaluation on the learner's side: which parallel form a learner takes, and
//! checking survey answers before they are recorded.

use std::collections::BTreeMap;

use lphm_content::{Id, Survey, SurveyKind, MAX_ANSWER_CHARS};
use uuid::Uuid;

use crate::{Stage, SurveyAnswer};

/// Which of a course's two forms a learner takes as pre-test, 0 or 1, when no server has
/// assigned one: a bit of SHA-256 over the learner's id, so it is the same wherever it is
/// computed and half of the learners take each form first.
pub fn first_form_by_hash(learner: Uuid) -> u8 {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(b"lphm-test-form\0");
    h.update(learner.as_bytes());
    h.finalize()[0] & 1
}

/// The form a learner takes at `stage`. The pre-test is the form `first` (0 or 1) names;
/// the post-test is always the form the pre-test was not taken in (`pre_taken`, when
/// there was one), whatever the assignment says since, so nobody sits the same form twice.
pub fn form_for<'a>(
    forms: &'a [Id],
    first: u8,
    stage: Stage,
    pre_taken: Option<&str>,
) -> Option<&'a Id> {
    if forms.len() != 2 {
        return None;
    }
    let first = usize::from(first.min(1));
    match (stage, pre_taken) {
        (Stage::Pre, _) => forms.get(first),
        (Stage::Post, Some(pre)) => forms.iter().find(|f| f.as_str() != pre),
        (Stage::Post, None) => forms.get(1 - first),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SurveyError {
    /// Questions that are not optional have no answer; nothing is recorded.
    #[error("{} question(s) unanswered", .questions.len())]
    Unanswered { questions: Vec<Id> },
    /// An answer does not fit its question (an unknown question or choice, a rating off
    /// the scale, a text too long, the wrong kind).
    #[error("the answer to '{question}' does not fit the survey")]
    Invalid { question: Id },
}

/// Checks `answers` against `survey`. Blank texts and empty choice sets are dropped as if
/// unanswered, so the returned answers are what is recorded.
pub fn check_survey_answers(
    survey: &Survey,
    answers: &BTreeMap<Id, SurveyAnswer>,
) -> Result<BTreeMap<Id, SurveyAnswer>, SurveyError> {
    let mut kept = BTreeMap::new();
    for (id, answer) in answers {
        let invalid = || SurveyError::Invalid {
            question: id.clone(),
        };
        let q = survey
            .questions
            .iter()
            .find(|q| &q.id == id)
            .ok_or_else(invalid)?;
        let answer = match (q.kind, answer) {
            (SurveyKind::Rating, SurveyAnswer::Rating(r)) => {
                if *r < 1 || *r > q.scale.unwrap_or(0) {
                    return Err(invalid());
                }
                Some(answer.clone())
            }
            (SurveyKind::Text, SurveyAnswer::Text(t)) => {
                let t = t.trim();
                if t.chars().count() > MAX_ANSWER_CHARS {
                    return Err(invalid());
                }
                (!t.is_empty()).then(|| SurveyAnswer::Text(t.to_string()))
            }
            (SurveyKind::Choice | SurveyKind::Choices, SurveyAnswer::Choices(picked)) => {
                if picked
                    .iter()
                    .any(|c| !q.choices.iter().any(|qc| &qc.id == c))
                    || (q.kind == SurveyKind::Choice && picked.len() > 1)
                {
                    return Err(invalid());
                }
                (!picked.is_empty()).then(|| answer.clone())
            }
            _ => return Err(invalid()),
        };
        if let Some(answer) = answer {
            kept.insert(id.clone(), answer);
        }
    }
    let unanswered: Vec<Id> = survey
        .questions
        .iter()
        .filter(|q| !q.optional && !kept.contains_key(&q.id))
        .map(|q| q.id.clone())
        .collect();
    if !unanswered.is_empty() {
        return Err(SurveyError::Unanswered {
            questions: unanswered,
        });
    }
    Ok(kept)
}
