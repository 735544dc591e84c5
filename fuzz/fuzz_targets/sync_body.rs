//! Hostile `/v1/sync` bodies and offline progress files: see `lphm_fuzz::sync_body`.
//! Run with `cargo fuzz run sync_body` in `fuzz/` (`docs/fuzzing.md`).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    lphm_fuzz::sync_body::sync_body(data);
});
