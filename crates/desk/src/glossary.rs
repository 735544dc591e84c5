//! The learners' glossary: the entries of every installed course's `glossary.json`, with
//! the headword in each language side by side and the explanation in the language the
//! learner chose for it (which need not be the lesson's).

use lphm_content::{Glossary, Localized, Manifest, Term};
use serde::Serialize;

use crate::{check_lang, content_lang, ApiError, Desk};

/// One headword in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct TermName {
    pub lang: String,
    pub text: String,
}

/// A related entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct TermLink {
    pub id: String,
    pub term: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct TermView {
    pub id: String,
    /// The course whose glossary holds the entry.
    pub course: String,
    /// The module (thematic cluster) it belongs to, in the glossary's language; `None` for
    /// a general term.
    pub module: Option<String>,
    /// The headword in the glossary's language.
    pub term: String,
    /// The headword in every language that has it, in the app's order of languages.
    pub names: Vec<TermName>,
    pub definition: String,
    pub usage: Option<String>,
    /// Words to avoid, in the glossary's language.
    pub avoid: Vec<String>,
    pub see: Vec<TermLink>,
    /// The language the definition is in.
    pub lang: String,
    /// True when the glossary's language was missing and the course's fallback is shown.
    pub fallback: bool,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct GlossaryView {
    /// The language asked for.
    pub lang: String,
    /// Entries grouped by course and module in study order (general terms last), and by
    /// headword within a group.
    pub entries: Vec<TermView>,
}

fn pick<'a>(text: &'a Localized, lang: &str, fallback: &'a str) -> (String, bool) {
    let (t, served) = text.pick(lang, fallback);
    (t.to_string(), served != lang)
}

fn term_view(m: &Manifest, g: &Glossary, t: &Term, lang: &str) -> TermView {
    let fallback = m.fallback_lang();
    let (definition, fell_back) = pick(&t.definition, lang, fallback);
    let served = if fell_back { fallback } else { lang };
    let usage = (!t.usage.is_empty()).then(|| pick(&t.usage, served, fallback).0);
    let names = lphm_i18n::LANGUAGES
        .iter()
        .filter_map(|l| {
            t.term.0.get(*l).map(|text| TermName {
                lang: l.to_string(),
                text: text.clone(),
            })
        })
        .collect();
    TermView {
        id: t.id.clone(),
        course: m.id.clone(),
        module: t.module.as_ref().and_then(|id| {
            let module = m.modules.iter().find(|x| &x.id == id)?;
            Some(module.title.pick(served, fallback).0.to_string())
        }),
        term: t.term.pick(served, fallback).0.to_string(),
        names,
        definition,
        usage,
        avoid: t.avoid.get(served).cloned().unwrap_or_default(),
        see: t
            .see
            .iter()
            .filter_map(|id| {
                let other = g.term(id)?;
                Some(TermLink {
                    id: id.clone(),
                    term: other.term.pick(served, fallback).0.to_string(),
                })
            })
            .collect(),
        lang: served.to_string(),
        fallback: fell_back,
    }
}

impl Desk {
    /// The glossary of `course`, or of every installed course, with explanations in `lang`
    /// (by default the learner's course-text language). An entry whose id an earlier course
    /// already has is left out, so the list has each term once.
    pub fn glossary(
        &self,
        lang: Option<String>,
        course: Option<String>,
    ) -> Result<GlossaryView, ApiError> {
        let lang = match lang {
            Some(lang) => {
                check_lang(&lang)?;
                lang
            }
            None => content_lang(&self.current_profile()?).to_string(),
        };
        let manifests = match &course {
            Some(id) => vec![self.manifest(id)?],
            None => self.store.courses()?,
        };
        let mut entries: Vec<TermView> = Vec::new();
        for m in &manifests {
            let Some(g) = self.store.glossary(m)? else {
                continue;
            };
            let mut views: Vec<(usize, TermView)> = g
                .terms
                .iter()
                .filter(|t| !entries.iter().any(|e| e.id == t.id))
                .map(|t| {
                    let order = t
                        .module
                        .as_ref()
                        .and_then(|id| m.modules.iter().position(|x| &x.id == id))
                        .unwrap_or(usize::MAX);
                    (order, term_view(m, &g, t, &lang))
                })
                .collect();
            views.sort_by(|(a, x), (b, y)| {
                a.cmp(b)
                    .then_with(|| sort_key(&x.term).cmp(&sort_key(&y.term)))
            });
            entries.extend(views.into_iter().map(|(_, v)| v));
        }
        Ok(GlossaryView { lang, entries })
    }
}

/// A headword's place in alphabetical order: letters without their accents first, so
/// *égalité* sorts with *e* (a language's full collation is beyond what the list needs).
fn sort_key(text: &str) -> (String, String) {
    let lower = text.to_lowercase();
    let plain = lower
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' | 'ą' => 'a',
            'ç' | 'ć' => 'c',
            'é' | 'è' | 'ê' | 'ë' | 'ę' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ł' => 'l',
            'ń' => 'n',
            'ô' | 'ö' | 'ó' => 'o',
            'ś' => 's',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ź' | 'ż' => 'z',
            c => c,
        })
        .collect();
    (plain, lower)
}
