//! Every shipped locale parses and says the same things as the reference, English: the same
//! message ids and attributes, and no variable the English message does not provide.

use std::collections::BTreeSet;
use std::path::Path;

use lphm_i18n::shape::Shape;
use lphm_i18n::{bundle, FALLBACK, LANGUAGES};

/// The shape of `lang` (see `lphm_i18n::shape`); a locale that does not parse fails here.
fn shape(lang: &str) -> Shape {
    lphm_i18n::shape::shape(lang).unwrap_or_else(|e| panic!("{e}"))
}

fn locales_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales"))
}

/// The locale folders on disk that the interface lists as complete.
fn listed_locale_dirs() -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(locales_dir()).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type().unwrap().is_dir() && LANGUAGES.contains(&name.as_str()) {
            out.push(name);
        }
    }
    out.sort();
    out
}

#[test]
fn every_listed_language_has_a_locale_folder_and_english_comes_first() {
    let mut listed: Vec<String> = LANGUAGES.iter().map(|l| l.to_string()).collect();
    listed.sort();
    assert_eq!(listed_locale_dirs(), listed);
    assert_eq!(LANGUAGES.first(), Some(&FALLBACK));
}

#[test]
fn every_listed_locale_builds_a_bundle() {
    for lang in listed_locale_dirs() {
        if let Err(e) = bundle(&lang) {
            panic!("{lang}: {e}");
        }
    }
}

#[test]
fn every_listed_locale_has_exactly_the_english_messages_and_attributes() {
    let reference = shape(FALLBACK);
    assert!(
        reference.contains_key("app-title"),
        "the reference was read"
    );
    assert!(
        reference.contains_key("profile-name.placeholder"),
        "attributes were read"
    );
    for lang in listed_locale_dirs() {
        let shape = shape(&lang);
        let missing: Vec<_> = reference
            .keys()
            .filter(|k| !shape.contains_key(*k))
            .collect();
        let extra: Vec<_> = shape
            .keys()
            .filter(|k| !reference.contains_key(*k))
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, not in English {extra:?}"
        );
    }
}

#[test]
fn no_locale_uses_a_variable_the_english_message_does_not_provide() {
    // The code passes the variables the English message uses; any other one would show up
    // as an error placeholder in that language only.
    let reference = shape(FALLBACK);
    for lang in listed_locale_dirs() {
        for (id, vars) in shape(&lang) {
            let Some(en) = reference.get(&id) else {
                continue; // Reported by the test above.
            };
            let unknown: Vec<_> = vars.difference(en).collect();
            assert!(
                unknown.is_empty(),
                "{lang} {id} uses {unknown:?}, English only {en:?}"
            );
        }
    }
}

#[test]
fn the_variable_check_sees_variables_in_selectors_variants_and_attributes() {
    // Guards the helper above: a check that finds no variables would pass vacuously.
    let en = shape(FALLBACK);
    let set = |vars: &[&str]| vars.iter().map(|v| v.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(en["course-facts"], set(&["minutes", "modules"]));
    assert_eq!(en["progress-items"], set(&["done", "total"]));
    assert_eq!(en["profile-name.placeholder"], set(&[]));
    let fr = shape("fr");
    assert_eq!(
        fr["progress-items"],
        set(&["done", "total"]),
        "nested selects"
    );
}

#[test]
fn every_listed_language_is_named_in_the_picker() {
    let en = shape(FALLBACK);
    for lang in LANGUAGES {
        assert!(
            en.contains_key(&format!("language-endonym-{lang}")),
            "language-endonym-{lang}"
        );
    }
}
