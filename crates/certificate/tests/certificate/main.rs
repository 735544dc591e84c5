//! lphm-certificate from the outside: credentials issued and verified, PDFs rendered in the
//! four interface languages and read by poppler's tools, certificates read back, and
//! learners' notes printed on as many pages as they take.

mod credential;
mod notes;
mod pdf;
mod reading;
mod support;
