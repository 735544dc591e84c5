//! The learners' glossary: the curriculum's, installed with the app; a publisher's, in an
//! imported package; explanations in a language apart from the lesson's; terms linked from
//! lesson text.

use std::collections::BTreeSet;

use lphm_desk::{ErrorKind, GlossaryView};
use lphm_package::SecretKey;
use lphm_test_support::TestCourse;
use serde_json::json;

use crate::helpers::{desk_with_learner, CURRICULUM};

const LANGS: [&str; 4] = ["en", "fr", "pl", "zu"];

fn ids(g: &GlossaryView) -> Vec<&str> {
    g.entries.iter().map(|e| e.id.as_str()).collect()
}

#[test]
fn the_curriculum_glossary_comes_with_the_app_in_four_languages() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "pl");
    let g = desk.glossary(None, None).unwrap();
    assert_eq!(
        g.lang, "pl",
        "by default, the learner's course-text language"
    );
    assert!(g.entries.len() >= 40, "{} terms", g.entries.len());
    for e in &g.entries {
        assert_eq!(e.course, CURRICULUM);
        assert_eq!(
            e.names.iter().map(|n| n.lang.as_str()).collect::<Vec<_>>(),
            LANGS,
            "{}: the headword side by side in the app's four languages",
            e.id
        );
        assert!(
            !e.fallback && e.lang == "pl",
            "{} is explained in Polish",
            e.id
        );
        assert_eq!(e.term, e.names[2].text);
        assert!(!e.definition.is_empty());
    }
    // Six clusters, each with its terms, in the curriculum's order, general terms last.
    let modules: Vec<Option<&str>> = g.entries.iter().map(|e| e.module.as_deref()).collect();
    let mut groups: Vec<Option<&str>> = modules.clone();
    groups.dedup();
    let named: Vec<&str> = groups.iter().flatten().copied().collect();
    let course = desk.course(CURRICULUM).unwrap();
    let titles: Vec<&str> = course.modules.iter().map(|m| m.title.as_str()).collect();
    assert_eq!(
        named, titles,
        "every cluster has terms, each group once, in study order"
    );
    assert_eq!(groups.last(), Some(&None), "general terms come last");
}

#[test]
fn the_glossary_can_be_read_in_another_language_than_the_lessons() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "fr");
    let fr = desk.glossary(None, None).unwrap();
    let zu = desk.glossary(Some("zu".into()), None).unwrap();
    assert_eq!((fr.lang.as_str(), zu.lang.as_str()), ("fr", "zu"));
    assert_eq!(ids(&fr).len(), ids(&zu).len());
    let pick = |g: &GlossaryView| {
        g.entries
            .iter()
            .find(|e| e.id == "undocumented")
            .cloned()
            .unwrap()
    };
    let (f, z) = (pick(&fr), pick(&zu));
    assert_ne!(f.definition, z.definition);
    assert_eq!(
        f.names, z.names,
        "the four headwords are the same whatever the language"
    );
    assert_eq!((f.lang.as_str(), z.lang.as_str()), ("fr", "zu"));
    // The lessons stay in French.
    assert_eq!(
        desk.open_lesson(CURRICULUM, "hs-what-human-security-means")
            .unwrap()
            .lang,
        "fr"
    );
    assert_eq!(
        desk.glossary(Some("xx".into()), None).unwrap_err().kind,
        ErrorKind::LanguageUnknown {}
    );
}

#[test]
fn lesson_text_links_terms_of_the_course_glossary_in_the_language_shown() {
    let dir = tempfile::tempdir().unwrap();
    for lang in LANGS {
        let desk = desk_with_learner(&dir.path().join(lang), lang);
        let known: BTreeSet<String> = desk
            .glossary(None, Some(CURRICULUM.into()))
            .unwrap()
            .entries
            .into_iter()
            .map(|e| e.id)
            .collect();
        assert!(known.len() >= 40, "{lang}: {} terms", known.len());
        let mut linked = BTreeSet::new();
        for module in desk.course(CURRICULUM).unwrap().modules {
            for lesson in module.lessons {
                let view = desk.lesson(CURRICULUM, &lesson.id).unwrap();
                assert_eq!(view.lang, lang);
                for part in view.html.split("data-term=\"").skip(1) {
                    let id = part.split('"').next().unwrap().to_string();
                    assert!(
                        known.contains(&id),
                        "{lang}/{}: {id} is in the glossary",
                        lesson.id
                    );
                    linked.insert(id);
                }
            }
        }
        // Most of the glossary is met in the lessons of each language.
        assert!(
            linked.len() * 4 >= known.len() * 3,
            "{lang}: {} of {} terms are linked from a lesson",
            linked.len(),
            known.len()
        );
    }
}

fn publisher() -> SecretKey {
    SecretKey::from_seed("Test publisher", [9u8; 32])
}

#[test]
fn an_imported_course_brings_its_own_glossary_which_falls_back_to_its_first_language() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(&dir.path().join("store"), "zu");
    lphm_desk::trust_key(desk.store(), &publisher().public().to_file()).unwrap();
    let glossary = json!({
        "format": 1,
        "terms": [
            {
                "id": "ward-committee", "module": "only-module",
                "term": { "en": "ward committee" },
                "definition": { "en": "Residents elected to advise the ward councillor." },
                "usage": { "en": "Name it when inviting newcomers to take part." }
            },
            {
                // Already in the curriculum: listed once in the whole glossary.
                "id": "integration",
                "term": { "en": "integration (as this course defines it)" },
                "definition": { "en": "Something else." }
            }
        ]
    });
    let course = TestCourse::new("ward-course")
        .lesson(
            "meet",
            "Every ward committee meets monthly; the ward committee is open.",
        )
        .file("glossary.json", serde_json::to_vec(&glossary).unwrap());
    let package = dir.path().join("ward.lphm");
    course.pack(&publisher(), &package);
    desk.import_file(&package, |_| true).unwrap();

    let own = desk.glossary(None, Some("ward-course".into())).unwrap();
    assert_eq!(ids(&own), ["ward-committee", "integration"]);
    let ward = &own.entries[0];
    assert!(
        ward.fallback,
        "no isiZulu text: shown in the course's first language"
    );
    assert_eq!(ward.lang, "en");
    assert_eq!(ward.module.as_deref(), Some("Only module"));
    assert_eq!(
        ward.usage.as_deref(),
        Some("Name it when inviting newcomers to take part.")
    );

    let all = desk.glossary(None, None).unwrap();
    assert_eq!(
        all.entries.iter().filter(|e| e.id == "integration").count(),
        1
    );
    assert!(all
        .entries
        .iter()
        .any(|e| e.id == "ward-committee" && e.course == "ward-course"));

    let html = desk.open_lesson("ward-course", "meet").unwrap().html;
    assert_eq!(
        html.matches("data-term=\"ward-committee\"").count(),
        1,
        "{html}"
    );
}

#[test]
fn a_broken_glossary_refuses_the_package_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(&dir.path().join("store"), "en");
    lphm_desk::trust_key(desk.store(), &publisher().public().to_file()).unwrap();
    let before = desk.store().fingerprint().unwrap();
    let glossary = json!({ "format": 1, "terms": [ { "id": "x", "term": { "en": "x" } } ] });
    // Packing checks the course with the app's loader, so the broken glossary is put into a
    // good package and signed again.
    let good = dir.path().join("good.lphm");
    TestCourse::new("broken-glossary")
        .lesson("one", "Text.")
        .file(
            "glossary.json",
            serde_json::to_vec(&json!({ "format": 1, "terms": [] })).unwrap(),
        )
        .pack(&publisher(), &good);
    let bad = dir.path().join("bad.lphm");
    lphm_test_support::resign_package(
        &good,
        "glossary.json",
        &serde_json::to_vec(&glossary).unwrap(),
        &publisher(),
        &bad,
    );
    let err = desk.import_file(&bad, |_| true).unwrap_err();
    assert_eq!(err.code(), "content-malformed", "{err:?}");
    assert_eq!(desk.store().fingerprint().unwrap(), before);
}
