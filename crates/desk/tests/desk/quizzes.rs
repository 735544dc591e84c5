//! Quizzes: graded offline, every attempt kept, unanswered questions refused.

use std::collections::{BTreeMap, BTreeSet};

use lphm_desk::Desk;
use lphm_progress::Answers;

use crate::helpers::{desk_with_learner, open, STARTER};

const QUIZ: &str = "perceptions-quiz";

fn answers(desk: &Desk, right: usize) -> Answers {
    let m = desk.store().course(STARTER).unwrap().unwrap();
    let quiz = desk.store().quiz(&m, QUIZ).unwrap().unwrap();
    quiz.questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let pick: BTreeSet<String> = if i < right {
                q.correct.clone()
            } else {
                // A wrong answer of the same shape: any single choice that is not the right set.
                let wrong = q
                    .choice_ids()
                    .into_iter()
                    .find(|c| !(q.correct.len() == 1 && q.correct.contains(*c)))
                    .unwrap();
                [wrong.to_string()].into()
            };
            (q.id.clone(), pick)
        })
        .collect()
}

fn event_count(desk: &Desk) -> usize {
    desk.store().event_count()
}

#[test]
fn the_quiz_is_sent_without_its_answers() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "en");
    let view = desk.quiz(STARTER, QUIZ).unwrap();
    assert!(view.questions.len() >= 5);
    let json = serde_json::to_string(&view).unwrap();
    assert!(
        !json.contains("correct"),
        "answers must not reach the window before submitting"
    );
    assert!(!json.contains("explanation"));
}

#[test]
fn unanswered_questions_are_refused_and_nothing_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "en");
    let before = event_count(&desk);
    let mut partial = answers(&desk, 5);
    let dropped: Vec<String> = partial.keys().take(2).cloned().collect();
    for q in &dropped {
        partial.remove(q);
    }
    let err = desk.submit_quiz(STARTER, QUIZ, partial).unwrap_err();
    assert_eq!(err.code(), "quiz-unanswered");
    assert_eq!(err.kind, lphm_desk::ErrorKind::QuizUnanswered { count: 2 });
    assert_eq!(err.context.questions, dropped);
    let err = desk
        .submit_quiz(STARTER, QUIZ, BTreeMap::new())
        .unwrap_err();
    assert_eq!(err.code(), "quiz-unanswered");
    assert_eq!(
        event_count(&desk),
        before,
        "a refused submission records nothing"
    );
    assert!(desk
        .quiz(STARTER, QUIZ)
        .unwrap()
        .history
        .attempts
        .is_empty());
}

#[test]
fn answers_that_do_not_match_the_quiz_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "en");
    let mut forged = answers(&desk, 5);
    let first = forged.keys().next().unwrap().clone();
    forged.insert(first, ["no-such-choice".to_string()].into());
    assert_eq!(
        desk.submit_quiz(STARTER, QUIZ, forged).unwrap_err().code(),
        "quiz-invalid-answer"
    );
}

#[test]
fn fail_then_pass_keeps_both_attempts_with_feedback() {
    let dir = tempfile::tempdir().unwrap();
    {
        let desk = desk_with_learner(dir.path(), "en");
        let failed = desk.submit_quiz(STARTER, QUIZ, answers(&desk, 1)).unwrap();
        assert!(!failed.passed);
        assert_eq!(failed.correct, 1);
        assert_eq!(failed.results.iter().filter(|r| r.correct).count(), 1);
        assert!(
            failed.results.iter().all(|r| !r.explanation.is_empty()),
            "every question explains itself"
        );
        assert!(
            !failed.revealed && failed.results.iter().all(|r| r.expected.is_empty()),
            "a failed attempt does not give away the answers to copy on the retake"
        );

        let passed = desk.submit_quiz(STARTER, QUIZ, answers(&desk, 5)).unwrap();
        assert!(passed.passed);
        assert_eq!(passed.percent, 100);
        assert_eq!(passed.history.attempts.len(), 2);
        assert_eq!(passed.history.best_percent, 100);
        assert!(
            passed.revealed && passed.results.iter().all(|r| !r.expected.is_empty()),
            "once passed, feedback shows the right answers"
        );
    }
    let desk = open(dir.path());
    let history = desk.quiz(STARTER, QUIZ).unwrap().history;
    assert_eq!(
        history
            .attempts
            .iter()
            .map(|a| a.passed)
            .collect::<Vec<_>>(),
        [false, true]
    );
    let course = desk.course(STARTER).unwrap();
    assert!(course.modules[0].quiz.as_ref().unwrap().passed);
    assert_eq!(course.progress.done, 1, "a passed quiz is a step done");
}

#[test]
fn the_pass_mark_is_not_reached_by_rounding() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "en");
    // 3 of 5 is 60%, below the 70% pass mark; 4 of 5 is 80%.
    assert!(
        !desk
            .submit_quiz(STARTER, QUIZ, answers(&desk, 3))
            .unwrap()
            .passed
    );
    assert!(
        desk.submit_quiz(STARTER, QUIZ, answers(&desk, 4))
            .unwrap()
            .passed
    );
}
