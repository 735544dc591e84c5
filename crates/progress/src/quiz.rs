//! Offline quiz grading.

use std::collections::{BTreeMap, BTreeSet};

use lphm_content::{Id, Quiz};
use serde::Serialize;

/// The learner's picks: question id -> chosen choice ids.
pub type Answers = BTreeMap<Id, BTreeSet<Id>>;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GradeError {
    /// Some questions have no answer; nothing is recorded.
    #[error("{} question(s) unanswered", .questions.len())]
    Unanswered { questions: Vec<Id> },
    /// An answer names a question or choice the quiz does not have (a stale or forged form).
    #[error("answer to '{question}' does not match the quiz")]
    UnknownAnswer { question: Id },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionResult {
    pub question: Id,
    pub correct: bool,
    pub chosen: BTreeSet<Id>,
    pub expected: BTreeSet<Id>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Graded {
    pub correct: u32,
    pub total: u32,
    /// Rounded down, so a pass is never granted by rounding.
    pub percent: u32,
    pub passed: bool,
    pub results: Vec<QuestionResult>,
}

/// Grades `answers` against `quiz`. A question is right when exactly the correct set was
/// picked. Every question must be answered.
pub fn grade(quiz: &Quiz, answers: &Answers) -> Result<Graded, GradeError> {
    for question in answers.keys() {
        if !quiz.questions.iter().any(|q| &q.id == question) {
            return Err(GradeError::UnknownAnswer {
                question: question.clone(),
            });
        }
    }
    let unanswered: Vec<Id> = quiz
        .questions
        .iter()
        .filter(|q| answers.get(&q.id).is_none_or(|a| a.is_empty()))
        .map(|q| q.id.clone())
        .collect();
    if !unanswered.is_empty() {
        return Err(GradeError::Unanswered {
            questions: unanswered,
        });
    }
    let mut results = Vec::with_capacity(quiz.questions.len());
    for q in &quiz.questions {
        let chosen = answers[&q.id].clone();
        let allowed = q.choice_ids();
        if chosen.iter().any(|c| !allowed.contains(&c.as_str()))
            || (q.kind != lphm_content::QuestionKind::Multiple && chosen.len() != 1)
        {
            return Err(GradeError::UnknownAnswer {
                question: q.id.clone(),
            });
        }
        results.push(QuestionResult {
            question: q.id.clone(),
            correct: chosen == q.correct,
            chosen,
            expected: q.correct.clone(),
        });
    }
    let total = results.len() as u32;
    let correct = results.iter().filter(|r| r.correct).count() as u32;
    let percent = percent(correct, total);
    Ok(Graded {
        correct,
        total,
        percent,
        passed: percent >= u32::from(quiz.pass_mark),
        results,
    })
}

/// `correct` out of `total` as a whole percentage, rounded down and capped at 100; safe for
/// any values an event may carry.
pub fn percent(correct: u32, total: u32) -> u32 {
    (u64::from(correct) * 100 / u64::from(total.max(1))).min(100) as u32
}
