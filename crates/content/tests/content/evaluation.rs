//! A course's evaluation (`evaluation/`): two parallel test forms and two surveys, loaded
//! with the course and refused in words when a file is wrong.

use lphm_content::SurveyKind;
use serde_json::{json, Value};

use crate::fixture::{check, check_loads, Fixture};

fn text(en: &str) -> Value {
    json!({ "en": en, "fr": en })
}

fn form(id: &str, questions: usize) -> Value {
    let questions: Vec<Value> = (0..questions)
        .map(|n| {
            json!({
                "id": format!("{id}-q{n}"),
                "kind": "true_false",
                "prompt": text("Is this so?"),
                "correct": ["true"]
            })
        })
        .collect();
    json!({ "id": id, "title": text("Course test"), "pass_mark": 50, "questions": questions })
}

fn survey(id: &str) -> Value {
    json!({
        "id": id,
        "title": text("Your view"),
        "intro": text("A few questions."),
        "questions": [
            { "id": "useful", "kind": "rating", "prompt": text("How useful?"), "scale": 5,
              "low": text("Not at all"), "high": text("Very") },
            { "id": "applied", "kind": "choice", "prompt": text("Applied?"),
              "choices": [ { "id": "yes", "text": text("Yes") }, { "id": "no", "text": text("No") } ] },
            { "id": "areas", "kind": "choices", "multiple": true, "optional": true, "prompt": text("Where?"),
              "choices": [ { "id": "a", "text": text("A") }, { "id": "b", "text": text("B") } ] },
            { "id": "how", "kind": "text", "optional": true, "prompt": text("How?") }
        ]
    })
}

/// The valid course with an evaluation: forms `form-a` and `form-b` of three questions,
/// surveys `reaction` and `follow-up`.
fn with_evaluation(f: &mut Fixture) {
    let put = |f: &mut Fixture, path: &str, v: Value| {
        f.files
            .insert(path.into(), serde_json::to_vec_pretty(&v).unwrap());
    };
    put(
        f,
        "evaluation/evaluation.json",
        json!({
            "pre_post": { "forms": ["form-a", "form-b"] },
            "reaction": "reaction",
            "follow_up": { "survey": "follow-up", "after_days": 90,
                           "applied": { "question": "applied", "choices": ["yes"] } }
        }),
    );
    put(f, "evaluation/form-a.json", form("form-a", 3));
    put(f, "evaluation/form-b.json", form("form-b", 3));
    put(f, "evaluation/reaction.json", survey("reaction"));
    put(f, "evaluation/follow-up.json", survey("follow-up"));
}

/// Changes the JSON file at `path` of a fixture that has an evaluation.
fn edit(f: &mut Fixture, path: &str, change: impl FnOnce(&mut Value)) {
    let mut v: Value = serde_json::from_slice(&f.files[path]).unwrap();
    change(&mut v);
    f.files
        .insert(path.into(), serde_json::to_vec_pretty(&v).unwrap());
}

#[test]
fn a_course_without_evaluation_has_none() {
    assert_eq!(check_loads(|_| {}).evaluation, None);
}

#[test]
fn the_forms_and_surveys_load_with_the_course() {
    let course = check_loads(with_evaluation);
    let e = course.evaluation.expect("an evaluation");
    assert_eq!(
        e.forms.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(),
        ["form-a", "form-b"],
        "in the order evaluation.json lists them"
    );
    assert_eq!(e.reaction().unwrap().questions.len(), 4);
    let (follow_up, when) = e.follow_up().unwrap();
    assert_eq!((follow_up.id.as_str(), when.after_days), ("follow-up", 90));
    assert_eq!(follow_up.questions[2].kind, SurveyKind::Choices);
    assert_eq!(
        e.files(),
        [
            "evaluation/evaluation.json",
            "evaluation/form-a.json",
            "evaluation/form-b.json",
            "evaluation/follow-up.json",
            "evaluation/reaction.json"
        ]
    );
}

#[test]
fn a_broken_evaluation_is_refused_naming_the_file() {
    type Case = (
        &'static str,
        Box<dyn Fn(&mut Fixture)>,
        &'static str,
        &'static str,
    );
    let cases: Vec<Case> = vec![
        (
            "one form only",
            Box::new(|f| {
                edit(f, "evaluation/evaluation.json", |v| {
                    v["pre_post"]["forms"] = json!(["form-a"])
                })
            }),
            "content-malformed",
            "evaluation/evaluation.json",
        ),
        (
            "forms of different lengths are not parallel",
            Box::new(|f| {
                f.files.insert(
                    "evaluation/form-b.json".into(),
                    serde_json::to_vec(&form("form-b", 4)).unwrap(),
                );
            }),
            "content-malformed",
            "evaluation/evaluation.json",
        ),
        (
            "a missing form",
            Box::new(|f| {
                f.files.remove("evaluation/form-a.json");
            }),
            "content-missing-file",
            "evaluation/form-a.json",
        ),
        (
            "a survey under another id",
            Box::new(|f| edit(f, "evaluation/reaction.json", |v| v["id"] = json!("other"))),
            "content-malformed",
            "evaluation/reaction.json",
        ),
        (
            "a rating without a scale",
            Box::new(|f| {
                edit(f, "evaluation/reaction.json", |v| {
                    v["questions"][0].as_object_mut().unwrap().remove("scale");
                })
            }),
            "content-malformed",
            "evaluation/reaction.json",
        ),
        (
            "a rating scale of 11",
            Box::new(|f| {
                edit(f, "evaluation/reaction.json", |v| {
                    v["questions"][0]["scale"] = json!(11)
                })
            }),
            "content-malformed",
            "evaluation/reaction.json",
        ),
        (
            "a text question with choices",
            Box::new(|f| {
                edit(f, "evaluation/reaction.json", |v| {
                    v["questions"][3]["choices"] = v["questions"][1]["choices"].clone()
                })
            }),
            "content-malformed",
            "evaluation/reaction.json",
        ),
        (
            "\"multiple\" on a single choice",
            Box::new(|f| {
                edit(f, "evaluation/reaction.json", |v| {
                    v["questions"][1]["multiple"] = json!(true)
                })
            }),
            "content-malformed",
            "evaluation/reaction.json",
        ),
        (
            "applied names a text question",
            Box::new(|f| {
                edit(f, "evaluation/evaluation.json", |v| {
                    v["follow_up"]["applied"]["question"] = json!("how")
                })
            }),
            "content-malformed",
            "evaluation/evaluation.json",
        ),
        (
            "applied names a choice the question lacks",
            Box::new(|f| {
                edit(f, "evaluation/evaluation.json", |v| {
                    v["follow_up"]["applied"]["choices"] = json!(["maybe"])
                })
            }),
            "content-malformed",
            "evaluation/evaluation.json",
        ),
        (
            "a follow-up after 0 days",
            Box::new(|f| {
                edit(f, "evaluation/evaluation.json", |v| {
                    v["follow_up"]["after_days"] = json!(0)
                })
            }),
            "content-malformed",
            "evaluation/evaluation.json",
        ),
        (
            "an unknown field",
            Box::new(|f| {
                edit(f, "evaluation/evaluation.json", |v| {
                    v["pretest"] = json!("x")
                })
            }),
            "content-malformed",
            "evaluation/evaluation.json",
        ),
        (
            "a form under a lesson's id: events would be ambiguous",
            Box::new(|f| {
                edit(f, "evaluation/evaluation.json", |v| {
                    v["pre_post"]["forms"] = json!(["first-steps", "form-b"])
                });
                f.files.insert(
                    "evaluation/first-steps.json".into(),
                    serde_json::to_vec(&form("first-steps", 3)).unwrap(),
                );
            }),
            "content-duplicate-id",
            "first-steps",
        ),
        (
            "a form question without text in the fallback language",
            Box::new(|f| {
                edit(f, "evaluation/form-a.json", |v| {
                    v["questions"][0]["prompt"] = json!({ "fr": "Vrai ?" })
                })
            }),
            "content-missing-fallback",
            "question 'form-a-q0' in en",
        ),
    ];
    for (what, change, code, subject) in cases {
        eprintln!("case: {what}");
        check(
            |f| {
                with_evaluation(f);
                change(f);
            },
            code,
            subject,
        );
    }
}

#[test]
fn the_curriculum_carries_parallel_forms_and_both_surveys_in_four_languages() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../courses/lphm-curriculum");
    let course = lphm_content::load_course(&lphm_content::DirSource::new(dir))
        .unwrap_or_else(|e| panic!("{e}"));
    let e = course.evaluation.expect("the curriculum has an evaluation");
    assert_eq!(e.forms.len(), 2);
    assert_eq!(e.forms[0].questions.len(), 12);
    assert_eq!(e.forms[1].questions.len(), 12);
    for (a, b) in e.forms[0].questions.iter().zip(&e.forms[1].questions) {
        assert_eq!(a.kind, b.kind, "item {} and {} are parallel", a.id, b.id);
        assert_eq!(a.correct.len(), b.correct.len(), "{} / {}", a.id, b.id);
    }
    assert!(e.reaction().is_some());
    let (_, when) = e.follow_up().expect("a follow-up");
    assert_eq!(when.after_days, 90);
    let langs = ["en", "fr", "pl", "zu"];
    let mut texts = Vec::new();
    for f in &e.forms {
        texts.push(&f.title);
        for q in &f.questions {
            texts.push(&q.prompt);
            texts.extend(q.choices.iter().map(|c| &c.text));
        }
    }
    for s in e.surveys.values() {
        texts.push(&s.title);
        texts.push(&s.intro);
        for q in &s.questions {
            texts.push(&q.prompt);
            texts.extend(q.choices.iter().map(|c| &c.text));
            if q.kind == SurveyKind::Rating {
                texts.push(&q.low);
                texts.push(&q.high);
            }
        }
    }
    for t in texts {
        for lang in langs {
            assert!(
                t.0.get(lang).is_some_and(|s| !s.trim().is_empty()),
                "{t:?} lacks {lang}"
            );
        }
    }
}
