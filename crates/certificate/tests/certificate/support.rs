//! What the tests share: keys, learners with diacritics, facts from the real LPHM
//! curriculum.

use std::path::Path;

use lphm_certificate::Facts;
use lphm_package::SecretKey;
use uuid::Uuid;

/// The programme's certificate key in these tests.
pub fn programme_key() -> SecretKey {
    SecretKey::from_seed("LPHM programme certificates (test)", [7; 32])
}

/// A key the laptops do not trust.
pub fn stranger_key() -> SecretKey {
    SecretKey::from_seed("Someone else", [9; 32])
}

pub struct Learner {
    pub lang: &'static str,
    pub name: &'static str,
    pub authority: &'static str,
}

/// One learner per interface language, names with the letters each language needs.
pub const LEARNERS: [Learner; 4] = [
    Learner {
        lang: "en",
        name: "Jan De Smedt",
        authority: "Stad Antwerpen",
    },
    Learner {
        lang: "fr",
        name: "Hélène Ndiaye",
        authority: "Commune de Diourbel",
    },
    Learner {
        lang: "pl",
        name: "Agnieszka Wróblewska-Łęczyńska",
        authority: "Urząd Miasta Płocka",
    },
    Learner {
        lang: "zu",
        name: "Nomvula Ngcobo",
        authority: "eThekwini Municipality",
    },
];

/// The LPHM curriculum's course.json.
pub fn curriculum() -> serde_json::Value {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../courses/lphm-curriculum/course.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the curriculum at {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// The curriculum's course title and module titles in `lang`.
pub fn course_titles(lang: &str) -> (String, Vec<String>) {
    let course = curriculum();
    let modules = course["modules"].as_array().unwrap();
    (
        course["title"][lang].as_str().unwrap().to_string(),
        modules
            .iter()
            .map(|m| m["title"][lang].as_str().unwrap().to_string())
            .collect(),
    )
}

/// Facts of a learner who completed the curriculum; `n` varies the ids.
pub fn facts(n: u8, name: &str, authority: &str) -> Facts {
    let (course_title, modules) = course_titles("en");
    let id = Uuid::from_bytes([n; 16]);
    Facts {
        id,
        learner: Uuid::from_bytes([n.wrapping_add(100); 16]),
        name: name.into(),
        authority: authority.into(),
        course: curriculum()["id"].as_str().unwrap().into(),
        course_title,
        modules,
        study_seconds: 12 * 3600 + 34 * 60 + 10,
        completed_on: "2026-12-03".into(),
        // 2026-12-03T14:25:07.123Z
        issued_at_ms: 1_796_307_907_123,
        issuer_name: "UNITAR Learning Platform on Human Mobility".into(),
        issuer_url: "https://lphm.example.org".into(),
        verify_url: format!("https://lphm.example.org/verify/{id}"),
    }
}
