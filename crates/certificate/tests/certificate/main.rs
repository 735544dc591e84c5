//! lphm-certificate from the outside: credentials issued and verified.

mod credential;
mod support;
