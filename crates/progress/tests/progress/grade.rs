//! `grade`: what counts as right, what is refused, and how the score is rounded.

use std::collections::BTreeSet;

use lphm_content::Quiz;
use lphm_progress::{grade, Answers, GradeError, Graded};
use serde_json::json;

/// A quiz with one question of each kind: `q1` single (`b`), `q2` multiple (`a` and `c`),
/// `q3` true/false (`false`).
fn quiz(pass_mark: u8) -> Quiz {
    let t = |s: &str| json!({ "en": s });
    let choices = |ids: &[&str]| -> serde_json::Value {
        ids.iter()
            .map(|id| json!({ "id": id, "text": t(id) }))
            .collect()
    };
    serde_json::from_value(json!({
        "id": "quiz",
        "title": t("Quiz"),
        "pass_mark": pass_mark,
        "questions": [
            { "id": "q1", "kind": "single", "prompt": t("1"), "choices": choices(&["a", "b", "c"]), "correct": ["b"] },
            { "id": "q2", "kind": "multiple", "prompt": t("2"), "choices": choices(&["a", "b", "c"]), "correct": ["a", "c"] },
            { "id": "q3", "kind": "true_false", "prompt": t("3"), "correct": ["false"] }
        ]
    }))
    .unwrap()
}

fn answers(picks: &[(&str, &[&str])]) -> Answers {
    picks
        .iter()
        .map(|(q, ids)| (q.to_string(), ids.iter().map(|c| c.to_string()).collect()))
        .collect()
}

/// Picks as `(question, choices)`, as a learner's form would send them.
type Picks<'a> = &'a [(&'a str, &'a [&'a str])];

/// The answers that get every question of [`quiz`] right.
const ALL_RIGHT: &[(&str, &[&str])] = &[("q1", &["b"]), ("q2", &["a", "c"]), ("q3", &["false"])];

/// `(correct, total, percent, passed)` of grading `picks` against `quiz(pass_mark)`.
#[track_caller]
fn check(pass_mark: u8, picks: &[(&str, &[&str])], expected: (u32, u32, u32, bool)) -> Graded {
    let graded = grade(&quiz(pass_mark), &answers(picks)).unwrap();
    assert_eq!(
        (graded.correct, graded.total, graded.percent, graded.passed),
        expected,
        "{picks:?} with pass mark {pass_mark}"
    );
    graded
}

#[track_caller]
fn check_refused(picks: &[(&str, &[&str])], expected: GradeError) {
    assert_eq!(
        grade(&quiz(50), &answers(picks)),
        Err(expected),
        "{picks:?}"
    );
}

fn unanswered(ids: &[&str]) -> GradeError {
    GradeError::Unanswered {
        questions: ids.iter().map(|s| s.to_string()).collect(),
    }
}

fn unknown(question: &str) -> GradeError {
    GradeError::UnknownAnswer {
        question: question.into(),
    }
}

#[test]
fn all_correct_scores_100_and_passes_with_one_result_per_question_in_order() {
    let graded = check(100, ALL_RIGHT, (3, 3, 100, true));
    let results: Vec<_> = graded
        .results
        .iter()
        .map(|r| (r.question.as_str(), r.correct))
        .collect();
    assert_eq!(results, [("q1", true), ("q2", true), ("q3", true)]);
    let set = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(graded.results[1].chosen, set(&["a", "c"]));
    assert_eq!(graded.results[1].expected, set(&["a", "c"]));
}

#[test]
fn wrong_answers_are_reported_with_what_was_expected() {
    let graded = check(
        34,
        &[("q1", &["a"]), ("q2", &["a", "c"]), ("q3", &["true"])],
        (1, 3, 33, false),
    );
    let r = &graded.results[0];
    assert!(!r.correct);
    assert_eq!(r.chosen.iter().collect::<Vec<_>>(), ["a"]);
    assert_eq!(r.expected.iter().collect::<Vec<_>>(), ["b"]);
}

#[test]
fn unanswered_lists_exactly_the_missing_questions_in_quiz_order() {
    check_refused(&[("q2", &["a"])], unanswered(&["q1", "q3"]));
    check_refused(&[("q3", &["true"]), ("q1", &["a"])], unanswered(&["q2"]));
    check_refused(&[], unanswered(&["q1", "q2", "q3"]));
}

#[test]
fn an_empty_pick_counts_as_unanswered() {
    check_refused(
        &[("q1", &[]), ("q2", &["a", "c"]), ("q3", &[])],
        unanswered(&["q1", "q3"]),
    );
}

#[test]
fn answers_that_do_not_match_the_quiz_are_refused() {
    let cases: [(Picks, &str); 7] = [
        // A question the quiz does not have, even when the others are fine.
        (
            &[
                ("q1", &["b"]),
                ("q2", &["a", "c"]),
                ("q3", &["false"]),
                ("q9", &["a"]),
            ],
            "q9",
        ),
        // A choice the question does not have.
        (
            &[("q1", &["z"]), ("q2", &["a", "c"]), ("q3", &["false"])],
            "q1",
        ),
        (
            &[("q1", &["b"]), ("q2", &["a", "z"]), ("q3", &["false"])],
            "q2",
        ),
        (
            &[("q1", &["b"]), ("q2", &["a", "c"]), ("q3", &["no"])],
            "q3",
        ),
        // True/false questions have no listed choices; only `true` and `false`.
        (
            &[("q1", &["true"]), ("q2", &["a", "c"]), ("q3", &["false"])],
            "q1",
        ),
        // Two picks where one is asked for.
        (
            &[("q1", &["a", "b"]), ("q2", &["a", "c"]), ("q3", &["false"])],
            "q1",
        ),
        (
            &[
                ("q1", &["b"]),
                ("q2", &["a", "c"]),
                ("q3", &["true", "false"]),
            ],
            "q3",
        ),
    ];
    for (picks, question) in cases {
        check_refused(picks, unknown(question));
    }
}

#[test]
fn an_unknown_question_is_refused_before_missing_ones_are_counted() {
    // A stale form names a question the quiz no longer has: reload, not "answer the rest".
    check_refused(&[("old", &["a"])], unknown("old"));
}

#[test]
fn a_multiple_choice_question_is_right_only_for_the_exact_set() {
    for (pick, right) in [
        (&["a", "c"][..], true),
        (&["a"][..], false),
        (&["c"][..], false),
        (&["a", "b", "c"][..], false),
        (&["a", "b"][..], false),
        (&["b"][..], false),
    ] {
        let graded = grade(
            &quiz(50),
            &answers(&[("q1", &["b"]), ("q2", pick), ("q3", &["false"])]),
        )
        .unwrap();
        assert_eq!(graded.results[1].correct, right, "q2 picked {pick:?}");
    }
}

#[test]
fn the_percentage_is_rounded_down_so_rounding_never_grants_a_pass() {
    let two_of_three: &[(&str, &[&str])] = &[("q1", &["b"]), ("q2", &["a"]), ("q3", &["false"])];
    // 2/3 is 66.67%: below a pass mark of 67.
    check(67, two_of_three, (2, 3, 66, false));
    check(66, two_of_three, (2, 3, 66, true));
    check(100, two_of_three, (2, 3, 66, false));
    check(
        1,
        &[("q1", &["a"]), ("q2", &["a"]), ("q3", &["true"])],
        (0, 3, 0, false),
    );
}
