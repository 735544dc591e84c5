//! Feeds arbitrary bytes to `lphm_package::verify`, trusting a fixed key: whatever the
//! input, the reader must return an error or a verified package, never panic, hang or
//! allocate without bound. Run with `cargo +nightly fuzz run package_reader` in `fuzz/`;
//! seed the corpus with a real package (`lphm pack`) to get past the gzip layer quickly.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use lphm_package::{verify, PublicKey, SecretKey};

/// The key the package tests sign with, so a seeded corpus verifies.
static TRUST: LazyLock<Vec<PublicKey>> =
    LazyLock::new(|| vec![SecretKey::from_seed("Test publisher", [7u8; 32]).public()]);

fuzz_target!(|data: &[u8]| {
    let _ = verify(data, &*TRUST);
});
