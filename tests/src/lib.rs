//! Helpers shared by the workspace tests: a controllable clock and fixture paths.

use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use lphm_desk::Clock;

/// A clock that starts at a fixed instant and moves one second per reading, so events are
/// ordered and tests are repeatable.
#[derive(Debug, Clone)]
pub struct TestClock(pub Arc<AtomicI64>);

impl TestClock {
    pub fn new(start_ms: i64) -> TestClock {
        TestClock(Arc::new(AtomicI64::new(start_ms)))
    }
}

impl Clock for TestClock {
    fn now_ms(&self) -> i64 {
        self.0.fetch_add(1_000, Ordering::SeqCst)
    }
}

/// A folder under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}
