//! lphm-certificate from the outside: credentials issued and verified, PDFs rendered in the
//! four interface languages and read by poppler's tools, and certificates read back.

mod credential;
mod pdf;
mod reading;
mod support;
