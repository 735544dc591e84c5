//! Hostile packages, raw and built around a valid signature: see
//! `lphm_fuzz::package_reader`. Run with `cargo fuzz run package_reader` in `fuzz/`
//! (`docs/fuzzing.md`).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    lphm_fuzz::package_reader::package_reader(data);
});
