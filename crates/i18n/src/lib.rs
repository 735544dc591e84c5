//! Interface languages. `locales/<lang>/*.ftl` is the single source of every user-visible
//! string; this crate compiles them into the binary and formats messages with Fluent for
//! the parts of the app that speak from Rust (window title, native dialogs, the CLI). The
//! web interface formats the same files with Fluent's JavaScript implementation.

pub mod shape;

use std::collections::BTreeMap;

pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use include_dir::{include_dir, Dir};
use unic_langid::LanguageIdentifier;

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// The languages the interface is complete in, in the order the picker shows them.
pub const LANGUAGES: &[&str] = &["en", "fr", "pl", "zu"];

/// The language used when nothing better is known, and the reference for every other one.
pub const FALLBACK: &str = "en";

/// Picks the interface language for a system locale such as `fr_SN.UTF-8` or `pl-PL`:
/// its language if the interface has it, else English.
pub fn negotiate(system_locale: &str) -> &'static str {
    let lang = system_locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|l| **l == lang)
        .copied()
        .unwrap_or(FALLBACK)
}

/// The locales the user's system asks for, best first: `LC_ALL`, `LC_MESSAGES` or `LANG`
/// when one is set (on every system: a user, a shortcut or a test can choose with them),
/// then the system's own list from `sys-locale` (on Windows the user's locale, on macOS the
/// preferred languages). "C" and "POSIX" say nothing about a language and are skipped.
pub fn system_locales() -> Vec<String> {
    let posix = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty());
    posix
        .into_iter()
        .chain(sys_locale::get_locales())
        .filter(|l| !matches!(l.split('.').next(), Some("C" | "POSIX") | None))
        .collect()
}

/// The system locale the interface should follow: the first of [`system_locales`] in a
/// language the interface has, else the first one, else "" (then [`negotiate`] gives
/// English).
pub fn system_locale() -> String {
    choose_locale(&system_locales())
}

/// The first of `locales` in a language the interface has, else the first, else "".
pub fn choose_locale(locales: &[String]) -> String {
    locales
        .iter()
        .find(|l| {
            let lang = l.split(['_', '-', '.', '@']).next().unwrap_or("");
            LANGUAGES
                .iter()
                .any(|known| known.eq_ignore_ascii_case(lang))
        })
        .or(locales.first())
        .cloned()
        .unwrap_or_default()
}

/// The `.ftl` sources of `lang`, by file name.
pub fn sources(lang: &str) -> BTreeMap<String, &'static str> {
    let mut out = BTreeMap::new();
    if let Some(dir) = LOCALES.get_dir(lang) {
        for file in dir.files() {
            if file.path().extension().is_some_and(|e| e == "ftl") {
                let name = file
                    .path()
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                out.insert(name, file.contents_utf8().unwrap_or(""));
            }
        }
    }
    out
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum I18nError {
    #[error("unknown language '{0}'")]
    UnknownLanguage(String),
    #[error("{lang}/{file} does not parse: {detail}")]
    Parse {
        lang: String,
        file: String,
        detail: String,
    },
    #[error("{lang}: message '{id}' is defined twice")]
    Duplicate { lang: String, id: String },
}

/// Formats messages of one language, falling back to English for any missing message.
pub struct Localizer {
    lang: String,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

/// Builds the bundle of one language, failing on any parse error or duplicate id.
pub fn bundle(lang: &str) -> Result<FluentBundle<FluentResource>, I18nError> {
    let id: LanguageIdentifier = lang
        .parse()
        .map_err(|_| I18nError::UnknownLanguage(lang.into()))?;
    let files = sources(lang);
    if files.is_empty() {
        return Err(I18nError::UnknownLanguage(lang.into()));
    }
    let mut bundle = FluentBundle::new(vec![id]);
    // Isolation marks around arguments help right-to-left text; none of our languages is,
    // and the marks would show up in window titles.
    bundle.set_use_isolating(false);
    for (file, text) in files {
        let resource =
            FluentResource::try_new(text.to_string()).map_err(|(_, errors)| I18nError::Parse {
                lang: lang.into(),
                file: file.clone(),
                detail: format!("{errors:?}"),
            })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| I18nError::Duplicate {
                lang: lang.into(),
                id: format!("{errors:?}"),
            })?;
    }
    Ok(bundle)
}

impl Localizer {
    pub fn new(lang: &str) -> Result<Localizer, I18nError> {
        let mut bundles = vec![bundle(lang)?];
        if lang != FALLBACK {
            bundles.push(bundle(FALLBACK)?);
        }
        Ok(Localizer {
            lang: lang.into(),
            bundles,
        })
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The message `id` with `args`; the id itself if no language has it (visible, so a
    /// missing message is noticed, and never an empty screen).
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, v.clone());
        }
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }
}
