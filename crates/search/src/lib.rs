//! Search over course text in four languages, offline: lesson text, titles, quiz questions
//! and the glossary, with language-aware matching.
//!
//! - English and French: accents folded, then Snowball stemmers (tantivy's), so
//!   *integrating* finds *integration* and *egalite* finds *égalité*.
//! - Polish: no Snowball stemmer exists; words are cut to their first five letters
//!   (stemming by truncation, which for Polish and Czech retrieval works about as well as
//!   a stemmer), so *integracja*, *integracji* and *integracją* meet.
//! - isiZulu: nouns take class and locative prefixes (*abafuduki*, *kwabafuduki*), which
//!   defeat suffix stemming, so each word is indexed as its three-letter pieces and a
//!   query matches by the pieces it shares.
//!
//! A misspelt word of five letters or more also matches at one edit's distance.

mod analyze;
mod index;

pub use analyze::{analyzer, tokens};
pub use index::{Hit, Library, SearchError, LANGS};
