//! Quiz files: found by the id the manifest gives, and every question answerable the way
//! its kind says.

use lphm_content::QuestionKind;
use serde_json::json;

use crate::fixture::{check, check_loads, Change};

#[test]
fn the_quiz_keeps_its_questions_in_order_with_their_kinds() {
    let course = check_loads(|_| {});
    let quiz = &course.quizzes["basics-quiz"];
    assert_eq!(quiz.pass_mark, 70);
    let kinds: Vec<_> = quiz.questions.iter().map(|q| (&*q.id, q.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("q1", QuestionKind::Single),
            ("q2", QuestionKind::Multiple),
            ("q3", QuestionKind::TrueFalse)
        ]
    );
    assert_eq!(
        quiz.questions[2].choice_ids(),
        ["true", "false"],
        "a true/false question is answered with true or false"
    );
}

#[test]
fn a_quiz_file_that_is_missing_is_a_missing_file() {
    check(
        |c| {
            c.quizzes.clear();
        },
        "content-missing-file",
        "quizzes/basics-quiz.json",
    );
}

#[test]
fn a_quiz_whose_id_is_not_its_file_name_is_malformed() {
    check(
        |c| c.quiz()["id"] = json!("other-quiz"),
        "content-malformed",
        "quizzes/basics-quiz.json",
    );
}

#[test]
fn a_quiz_file_that_is_not_the_format_is_malformed() {
    let cases: [Change; 5] = [
        |c| {
            c.files
                .insert("quizzes/basics-quiz.json".into(), b"{ nope".to_vec());
        },
        |c| c.question(0)["kind"] = json!("essay"),
        |c| c.question(0)["hint"] = json!({ "en": "Think." }),
        // pass_mark is a percentage stored in a byte.
        |c| c.quiz()["pass_mark"] = json!(256),
        |c| c.quiz()["pass_mark"] = json!(-1),
    ];
    for change in cases {
        check(change, "content-malformed", "quizzes/basics-quiz.json");
    }
}

#[test]
fn a_pass_mark_outside_1_to_100_is_a_bad_question() {
    for mark in [0, 101, 255] {
        check(
            |c| c.quiz()["pass_mark"] = json!(mark),
            "content-bad-question",
            "basics-quiz/-",
        );
    }
    for mark in [1, 100] {
        check_loads(|c| c.quiz()["pass_mark"] = json!(mark));
    }
}

#[test]
fn a_quiz_without_questions_is_a_bad_question() {
    check(
        |c| c.quiz()["questions"] = json!([]),
        "content-bad-question",
        "basics-quiz/-",
    );
}

#[test]
fn a_question_that_cannot_be_answered_as_its_kind_says_is_refused() {
    let cases: [(&str, Change, &str); 10] = [
        (
            "single with two correct choices",
            |c| c.question(0)["correct"] = json!(["a", "b"]),
            "basics-quiz/q1",
        ),
        (
            "single with no correct choice",
            |c| c.question(0)["correct"] = json!([]),
            "basics-quiz/q1",
        ),
        (
            "single with one choice",
            |c| {
                c.question(0)["choices"] = json!([{ "id": "a", "text": { "en": "A" } }]);
            },
            "basics-quiz/q1",
        ),
        (
            "correct id not among the choices",
            |c| c.question(0)["correct"] = json!(["z"]),
            "basics-quiz/q1",
        ),
        (
            "multiple with one choice",
            |c| {
                c.question(1)["choices"] = json!([{ "id": "a", "text": { "en": "A" } }]);
                c.question(1)["correct"] = json!(["a"]);
            },
            "basics-quiz/q2",
        ),
        (
            "multiple with no correct choice",
            |c| c.question(1)["correct"] = json!([]),
            "basics-quiz/q2",
        ),
        (
            "multiple with one correct id not among the choices",
            |c| c.question(1)["correct"] = json!(["a", "d"]),
            "basics-quiz/q2",
        ),
        (
            "true/false with choices",
            |c| {
                c.question(2)["choices"] = json!([
                    { "id": "true", "text": { "en": "Yes" } },
                    { "id": "false", "text": { "en": "No" } }
                ]);
            },
            "basics-quiz/q3",
        ),
        (
            "true/false with both answers correct",
            |c| c.question(2)["correct"] = json!(["true", "false"]),
            "basics-quiz/q3",
        ),
        (
            "true/false answered with something else",
            |c| c.question(2)["correct"] = json!(["yes"]),
            "basics-quiz/q3",
        ),
    ];
    for (what, change, subject) in cases {
        eprintln!("case: {what}");
        check(change, "content-bad-question", subject);
    }
}

#[test]
fn a_multiple_question_may_have_one_or_all_choices_correct() {
    check_loads(|c| c.question(1)["correct"] = json!(["b"]));
    check_loads(|c| c.question(1)["correct"] = json!(["a", "b", "c"]));
    check_loads(|c| c.question(2)["correct"] = json!(["false"]));
}
