//! The course's glossary: the words that carry policy, in every language of the course.
//!
//! A course may carry `glossary.json` (`docs/course-format.md`). Each entry has a headword
//! and a definition per language, optionally a usage note, the words to avoid, related
//! entries and the forms that link lesson text to it ([`Linker`]).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::load::{check_ids, check_text, ContentError};
use crate::model::{Id, Localized, Manifest};

/// The glossary format this build reads (`format` in `glossary.json`).
pub const GLOSSARY_FORMAT: u32 = 1;

/// Where a course keeps its glossary.
pub const GLOSSARY_FILE: &str = "glossary.json";

/// The shortest form, in characters before a trailing `*`, that may link lesson text: a
/// shorter stem would link ordinary words.
pub const MIN_FORM_CHARS: usize = 4;

/// `glossary.json`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub format: u32,
    pub terms: Vec<Term>,
}

/// One entry of a glossary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: Id,
    /// The module (in a thematic curriculum, the cluster) the term belongs to; absent for
    /// general terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub module: Option<Id>,
    /// The headword in each language.
    pub term: Localized,
    pub definition: Localized,
    /// What to say, what to avoid and why, where the choice of word matters.
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub usage: Localized,
    /// Words to avoid, per language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub avoid: BTreeMap<String, Vec<String>>,
    /// Forms that link lesson text to this entry, per language; without them, the headword.
    /// A form ending in `*` matches the rest of a word.
    #[serde(default, rename = "match", skip_serializing_if = "BTreeMap::is_empty")]
    pub forms: BTreeMap<String, Vec<String>>,
    /// Related entries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub see: Vec<Id>,
}

impl Term {
    /// The forms that link `lang`'s lesson text to this entry.
    pub fn forms_in(&self, lang: &str) -> Vec<&str> {
        match self.forms.get(lang) {
            Some(forms) => forms.iter().map(String::as_str).collect(),
            None => self
                .term
                .0
                .get(lang)
                .map(String::as_str)
                .into_iter()
                .collect(),
        }
    }
}

impl Glossary {
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id)
    }
}

/// Checks a glossary against its course: ids, the fallback language, known languages,
/// modules and cross-references, and forms long enough to link.
pub(crate) fn check_glossary(g: &Glossary, m: &Manifest) -> Result<(), ContentError> {
    let bad = |detail: String| ContentError::Malformed {
        file: GLOSSARY_FILE.into(),
        detail,
    };
    if g.format != GLOSSARY_FORMAT {
        return Err(ContentError::UnsupportedFormat {
            found: g.format,
            supported: GLOSSARY_FORMAT,
        });
    }
    check_ids(g.terms.iter().map(|t| t.id.as_str()))?;
    let ids: BTreeSet<&str> = g.terms.iter().map(|t| t.id.as_str()).collect();
    let fallback = m.fallback_lang();
    for t in &g.terms {
        let what = |field: &str| format!("{field} of glossary term '{}'", t.id);
        check_text(&t.term, || what("the headword"), fallback)?;
        check_text(&t.definition, || what("the definition"), fallback)?;
        if !t.usage.is_empty() {
            check_text(&t.usage, || what("the usage note"), fallback)?;
        }
        if let Some(module) = &t.module {
            if !m.modules.iter().any(|x| &x.id == module) {
                return Err(bad(format!(
                    "term '{}' names module '{module}', which the course does not have",
                    t.id
                )));
            }
        }
        for see in &t.see {
            if !ids.contains(see.as_str()) || see == &t.id {
                return Err(bad(format!(
                    "term '{}' refers to unknown term '{see}'",
                    t.id
                )));
            }
        }
        let langs = t
            .term
            .0
            .keys()
            .chain(t.definition.0.keys())
            .chain(t.usage.0.keys())
            .chain(t.avoid.keys())
            .chain(t.forms.keys());
        for lang in langs {
            if !m.languages.contains(lang) {
                return Err(bad(format!(
                    "term '{}' has text in '{lang}', which is not a language of the course",
                    t.id
                )));
            }
        }
        for (lang, forms) in &t.forms {
            for form in forms {
                let stem = form.strip_suffix('*').unwrap_or(form);
                if stem.chars().filter(|c| c.is_alphanumeric()).count() < MIN_FORM_CHARS
                    || stem.contains('*')
                    || stem.trim() != stem
                {
                    return Err(bad(format!(
                        "term '{}' links the {lang} form '{form}': at least {MIN_FORM_CHARS} letters, and '*' only at the end",
                        t.id
                    )));
                }
            }
        }
    }
    Ok(())
}
