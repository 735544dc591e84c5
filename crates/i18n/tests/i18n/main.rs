//! The interface languages as shipped: complete locales, plural forms with real messages,
//! and language negotiation.

mod format;
mod locales;
mod negotiate;
mod plural;
