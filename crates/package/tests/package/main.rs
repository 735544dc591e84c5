//! Integration tests for `lphm-package`: packing a course folder, and reading packages,
//! honest and hostile, through the same streaming reader the app and `lphm verify` use.
//!
//! `fixture` writes a small valid course and holds the test keys; `craft` builds archives
//! by hand (any entry order, header, path or size) so each refusal can be checked on its
//! own with `check(package, expected_code)`.

mod craft;
mod fixture;

mod entries;
mod fuzz;
mod keys;
mod limits;
mod manifest;
mod markdown;
mod pack;
mod reproducible;
mod roundtrip;
mod signature;
mod tampering;
mod truncation;
