//! The shape of a locale: each message, term and attribute it defines, with the variables
//! it uses (in placeables, selectors, their variants and function arguments). The tests
//! compare locales with the reference, and the desk's errors with their messages, by it.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use crate::sources;

/// Ids (`message`, `-term`, `message.attribute`) with the variables each one uses.
pub type Shape = BTreeMap<String, BTreeSet<String>>;

/// The shape of `lang`, from the `.ftl` files compiled into the app; an error names a file
/// that does not parse.
pub fn shape(lang: &str) -> Result<Shape, String> {
    let files = sources(lang);
    if files.is_empty() {
        return Err(format!("{lang} has no .ftl files"));
    }
    let mut shape = Shape::new();
    for (file, text) in files {
        let resource = FluentResource::try_new(text.to_string())
            .map_err(|(_, errors)| format!("{lang}/{file}: {errors:?}"))?;
        for entry in resource.entries() {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                ast::Entry::Junk { content } => {
                    return Err(format!("{lang}/{file} has junk: {content}"))
                }
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
    Ok(shape)
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    pattern_variables(pattern, &mut out);
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
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
