//! Search over course text in four languages, offline: lesson text, titles, quiz questions
//! and the glossary, with language-aware matching.
//!
//! - English and French: accents folded, then Snowball stemmers (tantivy's), so
//!   *integrating* finds *integration* and *egalite* finds *égalité*.
//! - Polish: there is no Snowball stemmer; words are cut to their first five letters
//!   (stemming by truncation, a known stand-in for Slavic languages), so *integracja*,
//!   *integracji* and *integracją* meet, and a vowel that comes and goes (*handel*,
//!   *handlu*) is caught by the one-edit match below.
//! - isiZulu: nouns take class and locative prefixes (*abafuduki*, *kwabafuduki*), which
//!   defeat suffix stemming, so each word is indexed as its three-letter pieces and a
//!   query matches by the pieces it shares.
//!
//! A misspelt word of five letters or more also matches at one edit's distance.

mod analyze;
mod index;

pub use analyze::{analyzer, tokens};
pub use index::{Hit, Library, SearchError, LANGS};
