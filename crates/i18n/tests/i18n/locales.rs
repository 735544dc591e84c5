//! Every shipped locale parses and says the same things as the reference, English: the same
//! message ids and attributes, and no variable the English message does not provide.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use lphm_i18n::{bundle, sources, FALLBACK, LANGUAGES};

/// Message and term ids of one locale, each attribute as `id.attribute`, with the variables
/// each of them uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn inline_variables(expr: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    use ast::InlineExpression as E;
    match expr {
        E::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        E::FunctionReference { arguments, .. }
        | E::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for arg in &arguments.positional {
                inline_variables(arg, out);
            }
            for arg in &arguments.named {
                inline_variables(&arg.value, out);
            }
        }
        E::Placeable { expression } => expression_variables(expression, out),
        E::StringLiteral { .. }
        | E::NumberLiteral { .. }
        | E::MessageReference { .. }
        | E::TermReference {
            arguments: None, ..
        } => {}
    }
}

fn expression_variables(expr: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expr {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    pattern_variables(pattern, &mut out);
    out
}

/// The shape of `lang`, from the `.ftl` files compiled into the app.
fn shape(lang: &str) -> Shape {
    let files = sources(lang);
    assert!(!files.is_empty(), "{lang} has no .ftl files");
    let mut shape = Shape::new();
    for (file, text) in files {
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{lang}/{file}: {errors:?}"));
        for entry in resource.entries() {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                ast::Entry::Junk { content } => panic!("{lang}/{file} has junk: {content}"),
                _ => continue,
            };
            if let Some(value) = value {
                shape.insert(id.clone(), variables(value));
            }
            for attribute in attributes {
                shape.insert(
                    format!("{id}.{}", attribute.id.name),
                    variables(&attribute.value),
                );
            }
        }
    }
    shape
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
