//! The glossary: loaded and checked with its course, and linked from lesson text.

use lphm_content::{render_lesson_linked, Glossary, Linker};
use serde_json::{json, Value};

use crate::fixture::{check, check_loads, Fixture};

fn entry(id: &str, en: &str, fr: &str) -> Value {
    json!({
        "id": id,
        "module": "basics",
        "term": { "en": en, "fr": fr },
        "definition": { "en": format!("What {en} means."), "fr": format!("Ce que {fr} veut dire.") },
    })
}

fn glossary() -> Value {
    let mut undocumented = entry(
        "undocumented",
        "undocumented migrant",
        "migrant sans papiers",
    );
    undocumented["usage"] =
        json!({ "en": "Say “undocumented”, not “illegal”.", "fr": "Dire « sans papiers »." });
    undocumented["avoid"] = json!({ "en": ["illegal migrant"] });
    undocumented["match"] =
        json!({ "en": ["undocumented"], "fr": ["sans papiers", "sans-papiers"] });
    undocumented["see"] = json!(["return"]);
    let mut ret = entry("return", "return", "retour");
    ret.as_object_mut().unwrap().remove("module");
    json!({ "format": 1, "terms": [undocumented, ret] })
}

fn with_glossary(c: &mut Fixture, g: Value) {
    c.files.insert(
        "glossary.json".into(),
        serde_json::to_vec_pretty(&g).unwrap(),
    );
}

/// The valid course with the glossary above changed by `change`.
fn changed(change: impl FnOnce(&mut Value)) -> impl FnOnce(&mut Fixture) {
    move |c| {
        let mut g = glossary();
        change(&mut g);
        with_glossary(c, g);
    }
}

#[test]
fn a_course_without_a_glossary_loads_with_none() {
    assert_eq!(check_loads(|_| {}).glossary, None);
}

#[test]
fn the_glossary_loads_with_its_course() {
    let course = check_loads(changed(|_| {}));
    let g = course.glossary.expect("the glossary is loaded");
    assert_eq!(
        g.terms.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
        ["undocumented", "return"]
    );
    let t = g.term("undocumented").unwrap();
    assert_eq!(t.module.as_deref(), Some("basics"));
    assert_eq!(t.forms_in("fr"), ["sans papiers", "sans-papiers"]);
    assert_eq!(t.avoid["en"], ["illegal migrant"]);
    // Without forms, the headword links.
    assert_eq!(g.term("return").unwrap().forms_in("en"), ["return"]);
    assert!(g.term("return").unwrap().forms_in("pl").is_empty());
}

/// One change to the glossary, for a table of cases.
type Edit = Box<dyn FnOnce(&mut Value)>;

#[test]
fn a_broken_glossary_is_refused_with_what_is_wrong() {
    const FILE: &str = "glossary.json";
    let cases: Vec<(&str, Edit, &str, &str)> = vec![
        (
            "not json",
            Box::new(|g| *g = json!("text")),
            "content-malformed",
            FILE,
        ),
        (
            "unknown field",
            Box::new(|g| g["terms"][0]["colour"] = json!("red")),
            "content-malformed",
            FILE,
        ),
        (
            "newer format",
            Box::new(|g| g["format"] = json!(2)),
            "content-unsupported-format",
            "2 (reads 1)",
        ),
        (
            "bad id",
            Box::new(|g| g["terms"][1]["id"] = json!("Return")),
            "content-bad-id",
            "Return",
        ),
        (
            "repeated id",
            Box::new(|g| g["terms"][1]["id"] = json!("undocumented")),
            "content-duplicate-id",
            "undocumented",
        ),
        (
            "no fallback headword",
            Box::new(|g| g["terms"][1]["term"] = json!({ "fr": "retour" })),
            "content-missing-fallback",
            "the headword of glossary term 'return' in en",
        ),
        (
            "no fallback definition",
            Box::new(|g| g["terms"][1]["definition"] = json!({ "en": " " })),
            "content-missing-fallback",
            "the definition of glossary term 'return' in en",
        ),
        (
            "unknown module",
            Box::new(|g| g["terms"][0]["module"] = json!("nowhere")),
            "content-malformed",
            FILE,
        ),
        (
            "unknown reference",
            Box::new(|g| g["terms"][0]["see"] = json!(["nobody"])),
            "content-malformed",
            FILE,
        ),
        (
            "refers to itself",
            Box::new(|g| g["terms"][1]["see"] = json!(["return"])),
            "content-malformed",
            FILE,
        ),
        (
            "language not in the course",
            Box::new(|g| g["terms"][1]["term"]["pl"] = json!("powrót")),
            "content-malformed",
            FILE,
        ),
        (
            "form too short",
            Box::new(|g| g["terms"][0]["match"]["en"] = json!(["und*"])),
            "content-malformed",
            FILE,
        ),
        (
            "star inside a form",
            Box::new(|g| g["terms"][0]["match"]["en"] = json!(["un*documented"])),
            "content-malformed",
            FILE,
        ),
    ];
    for (case, change, code, subject) in cases {
        eprintln!("case: {case}");
        check(changed(change), code, subject);
    }
}

fn linked(markdown: &str, lang: &str) -> String {
    let g: Glossary = serde_json::from_value(glossary()).unwrap();
    render_lesson_linked(markdown, &|_| None, &Linker::new(&g, lang))
}

#[test]
fn the_first_use_of_a_term_in_running_text_links_to_its_entry() {
    assert_eq!(
        linked(
            "Undocumented people, undocumented again, and a return.",
            "en"
        ),
        "<p><span class=\"term\" data-term=\"undocumented\">Undocumented</span> people, \
         undocumented again, and a <span class=\"term\" data-term=\"return\">return</span>.</p>\n"
    );
}

#[test]
fn terms_match_whole_words_only_unless_the_form_takes_the_rest() {
    // "returned" is not "return"; "returns" neither.
    let html = linked("He returned. It returns. Then return.", "en");
    assert_eq!(html.matches("data-term").count(), 1, "{html}");
    assert!(
        html.contains(r#"data-term="return">return</span>."#),
        "{html}"
    );
    // A stem form takes the rest of the word.
    let mut g: Glossary = serde_json::from_value(glossary()).unwrap();
    g.terms[1].forms.insert("en".into(), vec!["retur*".into()]);
    let html = render_lesson_linked("He returned.", &|_| None, &Linker::new(&g, "en"));
    assert!(
        html.contains(r#"data-term="return">returned</span>."#),
        "{html}"
    );
}

#[test]
fn a_multiword_form_spans_a_no_break_space_and_a_term_links_once_whatever_its_form() {
    let html = linked("Les migrants sans\u{a0}papiers et les sans-papiers.", "fr");
    assert!(
        html.contains("<span class=\"term\" data-term=\"undocumented\">sans&nbsp;papiers</span>"),
        "{html}"
    );
    assert_eq!(html.matches("data-term").count(), 1, "{html}");
}

#[test]
fn the_longest_form_wins() {
    let mut g: Glossary = serde_json::from_value(glossary()).unwrap();
    g.terms[1]
        .forms
        .insert("en".into(), vec!["undocumented return".into()]);
    let html = render_lesson_linked("An undocumented return.", &|_| None, &Linker::new(&g, "en"));
    assert!(
        html.contains(r#"data-term="return">undocumented return</span>"#),
        "{html}"
    );
}

#[test]
fn headings_links_and_code_are_never_linked() {
    let html = linked(
        "# Undocumented\n\n[undocumented](https://example.org) `undocumented`\n\n    undocumented\n\nThen undocumented.",
        "en",
    );
    assert_eq!(html.matches("data-term").count(), 1, "{html}");
    assert!(
        html.contains(r#"Then <span class="term" data-term="undocumented">undocumented</span>."#),
        "{html}"
    );
}

#[test]
fn emphasis_and_lists_keep_their_terms_linked() {
    let html = linked("- *a return*\n- **undocumented**\n", "en");
    assert!(
        html.contains(r#"<em>a <span class="term" data-term="return">return</span></em>"#),
        "{html}"
    );
    assert!(
        html.contains(
            r#"<strong><span class="term" data-term="undocumented">undocumented</span></strong>"#
        ),
        "{html}"
    );
}

#[test]
fn a_lesson_cannot_forge_a_term_link_or_script_through_one() {
    // Raw HTML is dropped, so an author's own span never reaches the window.
    let html = linked(
        r#"<span class="term" data-term="x" onclick="alert(1)">x</span> and return"#,
        "en",
    );
    assert!(!html.contains("onclick"), "{html}");
    assert!(!html.contains(r#"data-term="x""#), "{html}");
    assert_eq!(html.matches("data-term").count(), 1, "{html}");
}

// ---- the curriculum's glossary --------------------------------------------------------

const LANGS: [&str; 4] = ["en", "fr", "pl", "zu"];

/// The app's own words in the term base: they name the app's screens, not migration, so
/// the learners' glossary need not carry them.
const APP_WORDS: [&str; 10] = [
    "course",
    "lesson",
    "module",
    "quiz",
    "pre-test",
    "post-test",
    "survey",
    "coordinator",
    "sync",
    "enrollment-code",
];

fn curriculum() -> lphm_content::Course {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../courses/lphm-curriculum");
    lphm_content::load_course(&lphm_content::DirSource::new(dir)).unwrap_or_else(|e| panic!("{e}"))
}

/// `locales/<lang>/terms.toml`: term id → the rendering chosen (`use`).
fn term_base(lang: &str) -> std::collections::BTreeMap<String, String> {
    let path = format!(
        "{}/../../locales/{lang}/terms.toml",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    table
        .into_iter()
        .map(|(id, v)| {
            (
                id,
                v["use"].as_str().expect("every term has `use`").to_string(),
            )
        })
        .collect()
}

/// The first rendering a term base's `use` names: `sans papiers ; en situation irrégulière`
/// → `sans papiers`; `umfuduki / abafuduki` → `umfuduki`.
fn first_rendering(use_: &str) -> String {
    let end = [" (", " ;", ";", " /", ","]
        .iter()
        .filter_map(|sep| use_.find(sep))
        .min()
        .unwrap_or(use_.len());
    use_[..end].trim().to_string()
}

fn plain(text: &str) -> String {
    text.replace('\u{a0}', " ").to_lowercase()
}

#[test]
fn the_curriculum_has_a_glossary_of_at_least_40_terms_over_its_six_clusters_in_four_languages() {
    let course = curriculum();
    let g = course
        .glossary
        .as_ref()
        .expect("courses/lphm-curriculum/glossary.json");
    assert!(g.terms.len() >= 40, "{} terms", g.terms.len());
    for t in &g.terms {
        for lang in LANGS {
            for (field, text) in [("term", &t.term), ("definition", &t.definition)] {
                assert!(
                    text.0.get(lang).is_some_and(|s| !s.trim().is_empty()),
                    "{}: {field} in {lang}",
                    t.id
                );
            }
            if !t.usage.is_empty() {
                assert!(t.usage.0.contains_key(lang), "{}: usage in {lang}", t.id);
            }
        }
    }
    for module in &course.manifest.modules {
        let n = g
            .terms
            .iter()
            .filter(|t| t.module.as_ref() == Some(&module.id))
            .count();
        assert!(n >= 4, "cluster {} has {n} terms", module.id);
    }
}

#[test]
fn the_curriculum_glossary_agrees_with_the_term_base() {
    let g = curriculum()
        .glossary
        .expect("the curriculum has a glossary");
    for lang in LANGS {
        let base = term_base(lang);
        for (id, use_) in &base {
            let Some(t) = g.term(id) else {
                assert!(
                    APP_WORDS.contains(&id.as_str()),
                    "{id} is a key term of the curriculum: the glossary explains it"
                );
                continue;
            };
            let chosen = plain(&first_rendering(use_));
            let headword = plain(&t.term.0[lang]);
            assert!(
                headword.contains(&chosen),
                "{lang}: the glossary's headword for {id} is {headword:?}, but the term base chose {chosen:?}"
            );
        }
    }
}

/// A glossary may explain a key term no lesson uses yet (the term base names *smuggling*
/// beside *trafficking*), but nearly every entry must be reachable from the lessons, which
/// also keeps the `match` forms true to the text.
#[test]
fn nearly_every_term_of_the_curriculum_glossary_is_linked_from_an_english_lesson() {
    let course = curriculum();
    let g = course.glossary.as_ref().unwrap();
    let linker = Linker::new(g, "en");
    let mut linked = std::collections::BTreeSet::new();
    for ((_, lang), body) in &course.lessons {
        if lang != "en" {
            continue;
        }
        let html = render_lesson_linked(body, &|_| None, &linker);
        for part in html.split("data-term=\"").skip(1) {
            linked.insert(part.split('"').next().unwrap().to_string());
        }
    }
    let missing: Vec<&str> = g
        .terms
        .iter()
        .map(|t| t.id.as_str())
        .filter(|id| !linked.contains(*id))
        .collect();
    assert!(
        missing.len() * 10 <= g.terms.len(),
        "more than one term in ten is never linked from an English lesson: {missing:?}"
    );
}

#[test]
fn first_rendering_takes_the_text_before_notes_and_alternatives() {
    assert_eq!(
        first_rendering("sans papiers ; en situation irrégulière"),
        "sans papiers"
    );
    assert_eq!(
        first_rendering("nowo przybyły (osoba nowo przybyła)"),
        "nowo przybyły"
    );
    assert_eq!(first_rendering("umfuduki / abafuduki"), "umfuduki");
    assert_eq!(first_rendering("migrant, migrante"), "migrant");
    assert_eq!(first_rendering("integration"), "integration");
}
