//! Tests and surveys on the learner's side: the first sitting and the first answers count
//! on every device whatever order events arrive in, a clearing does not hide them, the
//! post-test is never the form of the pre-test, and survey answers are checked.

use std::collections::{BTreeMap, BTreeSet};

use lphm_content::{Survey, SurveyKind};
use lphm_progress::{
    check_survey_answers, first_form_by_hash, form_for, EventKind, Stage, Summary, SurveyAnswer,
    SurveyError,
};
use uuid::Uuid;

use crate::summary::{completed, event};

fn test(stage: Stage, form: &str, correct: u32) -> EventKind {
    EventKind::TestTaken {
        course: "c".into(),
        stage,
        form: form.into(),
        answers: BTreeMap::from([("q1".into(), BTreeSet::from(["true".to_string()]))]),
        correct,
        total: 12,
    }
}

fn answered(survey: &str, text: &str) -> EventKind {
    EventKind::SurveyAnswered {
        course: "c".into(),
        survey: survey.into(),
        answers: BTreeMap::from([
            ("useful".into(), SurveyAnswer::Rating(4)),
            ("how".into(), SurveyAnswer::Text(text.into())),
        ]),
    }
}

#[test]
fn the_first_sitting_of_each_stage_counts_in_any_order() {
    let events = [
        event(3, 300, test(Stage::Pre, "b", 9)),
        event(1, 100, test(Stage::Pre, "a", 4)),
        event(2, 200, test(Stage::Post, "b", 10)),
        event(4, 50, test(Stage::Post, "b", 2)),
    ];
    let mut reversed = events.clone();
    reversed.reverse();
    for order in [&events[..], &reversed[..]] {
        let s = Summary::from_events(order);
        let pre = s.test("c", Stage::Pre).unwrap();
        assert_eq!(
            (pre.form.as_str(), pre.correct, pre.percent()),
            ("a", 4, 33)
        );
        let post = s.test("c", Stage::Post).unwrap();
        assert_eq!(
            (post.at_ms, post.correct),
            (50, 2),
            "the earliest post sitting"
        );
    }
}

#[test]
fn extending_a_summary_gives_what_deriving_gives() {
    let events = [
        event(2, 200, test(Stage::Pre, "b", 9)),
        event(1, 100, test(Stage::Pre, "a", 4)),
        event(3, 300, answered("reaction", "second")),
        event(4, 250, answered("reaction", "first")),
    ];
    let mut s = Summary::default();
    for e in &events {
        assert!(s.extend(e));
    }
    assert_eq!(s, Summary::from_events(&events));
    let SurveyAnswer::Text(t) = &s.survey("c", "reaction").unwrap().answers["how"] else {
        panic!("a text answer")
    };
    assert_eq!(t, "first", "the earliest answers count");
}

#[test]
fn clearing_a_course_hides_its_lessons_but_not_its_tests_or_surveys() {
    let events = [
        event(1, 100, test(Stage::Pre, "a", 4)),
        event(2, 200, completed("c", "l1")),
        event(3, 300, answered("reaction", "useful")),
        event(
            4,
            400,
            EventKind::ProgressCleared {
                course: "c".into(),
                upto: None,
            },
        ),
    ];
    let s = Summary::from_events(&events);
    assert!(!s.is_completed("c", "l1"), "the lesson is cleared");
    assert!(
        s.test("c", Stage::Pre).is_some(),
        "the pre-test still counts"
    );
    assert!(
        s.survey("c", "reaction").is_some(),
        "the answers still count"
    );
}

#[test]
fn the_post_test_is_never_the_form_of_the_pre_test() {
    let forms = vec!["a".to_string(), "b".to_string()];
    assert_eq!(form_for(&forms, 0, Stage::Pre, None).unwrap(), "a");
    assert_eq!(form_for(&forms, 1, Stage::Pre, None).unwrap(), "b");
    assert_eq!(form_for(&forms, 0, Stage::Post, None).unwrap(), "b");
    for first in [0, 1] {
        for pre in ["a", "b"] {
            // Whatever the assignment says now (a learner who took the pre-test before
            // enrolling, then got the other form from the server), the post-test is the
            // form the pre-test was not taken in.
            let post = form_for(&forms, first, Stage::Post, Some(pre)).unwrap();
            assert_ne!(post, pre);
        }
    }
    assert_eq!(
        form_for(&forms[..1], 0, Stage::Pre, None),
        None,
        "two forms or none"
    );
}

#[test]
fn the_hash_gives_each_form_first_to_about_half_of_the_learners() {
    let ones: u32 = (0..2000u128)
        .map(|n| u32::from(first_form_by_hash(Uuid::from_u128(n * 7919 + 1))))
        .sum();
    // 2,000 fair coin flips land within 1000 ± 100 with probability above 0.999 99.
    assert!(
        (900..=1100).contains(&ones),
        "{ones} of 2000 take the second form first"
    );
    let id = Uuid::from_u128(42);
    assert_eq!(first_form_by_hash(id), first_form_by_hash(id), "stable");
}

fn survey() -> Survey {
    let v = serde_json::json!({
        "id": "reaction",
        "title": { "en": "Your view" },
        "questions": [
            { "id": "useful", "kind": "rating", "prompt": { "en": "Useful?" }, "scale": 5,
              "low": { "en": "No" }, "high": { "en": "Very" } },
            { "id": "best", "kind": "choice", "prompt": { "en": "Best?" },
              "choices": [ { "id": "x", "text": { "en": "X" } }, { "id": "y", "text": { "en": "Y" } } ] },
            { "id": "areas", "kind": "choices", "optional": true, "prompt": { "en": "Areas?" },
              "choices": [ { "id": "x", "text": { "en": "X" } }, { "id": "y", "text": { "en": "Y" } } ] },
            { "id": "how", "kind": "text", "optional": true, "prompt": { "en": "How?" } }
        ]
    });
    let s: Survey = serde_json::from_value(v).unwrap();
    assert_eq!(s.questions[2].kind, SurveyKind::Choices);
    s
}

fn choices(ids: &[&str]) -> SurveyAnswer {
    SurveyAnswer::Choices(ids.iter().map(|s| s.to_string()).collect())
}

#[test]
fn survey_answers_are_checked_and_blank_ones_dropped() {
    let s = survey();
    let ok = BTreeMap::from([
        ("useful".to_string(), SurveyAnswer::Rating(5)),
        ("best".to_string(), choices(&["y"])),
        ("areas".to_string(), choices(&[])),
        (
            "how".to_string(),
            SurveyAnswer::Text("  Ngasebenzisa lokhu 🙂\n".into()),
        ),
    ]);
    let kept = check_survey_answers(&s, &ok).unwrap();
    assert!(
        !kept.contains_key("areas"),
        "an empty optional answer is no answer"
    );
    assert_eq!(
        kept["how"],
        SurveyAnswer::Text("Ngasebenzisa lokhu 🙂".into())
    );

    let unanswered = BTreeMap::from([
        ("useful".to_string(), SurveyAnswer::Rating(3)),
        ("best".to_string(), choices(&[])),
    ]);
    assert_eq!(
        check_survey_answers(&s, &unanswered),
        Err(SurveyError::Unanswered {
            questions: vec!["best".into()]
        })
    );
    let bad: [(&str, SurveyAnswer); 6] = [
        ("useful", SurveyAnswer::Rating(0)),
        ("useful", SurveyAnswer::Rating(6)),
        ("useful", SurveyAnswer::Text("5".into())),
        ("best", choices(&["x", "y"])),
        ("areas", choices(&["z"])),
        ("nope", SurveyAnswer::Rating(1)),
    ];
    for (q, a) in bad {
        let mut answers = ok.clone();
        answers.insert(q.to_string(), a.clone());
        assert_eq!(
            check_survey_answers(&s, &answers),
            Err(SurveyError::Invalid {
                question: q.to_string()
            }),
            "{q}: {a:?}"
        );
    }
    let mut long = ok.clone();
    long.insert(
        "how".into(),
        SurveyAnswer::Text("ż".repeat(lphm_content::MAX_ANSWER_CHARS + 1)),
    );
    assert!(
        check_survey_answers(&s, &long).is_err(),
        "4,000 characters at most"
    );
    long.insert(
        "how".into(),
        SurveyAnswer::Text("ż".repeat(lphm_content::MAX_ANSWER_CHARS)),
    );
    assert!(
        check_survey_answers(&s, &long).is_ok(),
        "counted in characters, not bytes"
    );
}

#[test]
fn the_server_refuses_what_the_app_cannot_have_recorded() {
    let mut e = answered("reaction", "fine");
    assert_eq!(e.implausible(), None);
    if let EventKind::SurveyAnswered { answers, .. } = &mut e {
        answers.insert("useful".into(), SurveyAnswer::Rating(11));
    }
    assert!(e.implausible().is_some(), "a rating above 10");
    let long = EventKind::SurveyAnswered {
        course: "c".into(),
        survey: "reaction".into(),
        answers: BTreeMap::from([(
            "how".into(),
            SurveyAnswer::Text("x".repeat(lphm_content::MAX_ANSWER_CHARS + 1)),
        )]),
    };
    assert!(long.implausible().is_some(), "a text too long");
    let bad_id = EventKind::SurveyAnswered {
        course: "c".into(),
        survey: "Reaction!".into(),
        answers: BTreeMap::new(),
    };
    assert!(bad_id.implausible().is_some(), "an id no course can have");
    let over = test(Stage::Pre, "a", 13);
    assert!(over.implausible().is_some(), "13 right of 12");
}
