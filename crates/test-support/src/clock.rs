//! The one clock of the tests: it starts where a test says and moves only as the test
//! says, so events are ordered and runs repeat exactly.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use lphm_progress::Clock;

/// A clock a test controls. Clones share one time, so a test can keep a handle on the
/// clock it gave a desk or a server and move it later.
#[derive(Debug, Clone)]
pub struct TestClock {
    now: Arc<AtomicI64>,
    /// How far each reading moves the clock.
    step_ms: i64,
}

impl TestClock {
    /// A clock at `start_ms` that moves one second per reading: every event a desk
    /// records gets its own instant.
    pub fn new(start_ms: i64) -> TestClock {
        TestClock::stepping(start_ms, 1_000)
    }

    /// A clock at `start_ms` that stands still until [`TestClock::set`] or
    /// [`TestClock::advance`] moves it: for tests of expiry and rate limits.
    pub fn frozen(start_ms: i64) -> TestClock {
        TestClock::stepping(start_ms, 0)
    }

    /// A clock at `start_ms` that moves `step_ms` per reading.
    pub fn stepping(start_ms: i64, step_ms: i64) -> TestClock {
        TestClock {
            now: Arc::new(AtomicI64::new(start_ms)),
            step_ms,
        }
    }

    pub fn set(&self, ms: i64) {
        self.now.store(ms, Ordering::SeqCst);
    }

    pub fn advance(&self, ms: i64) {
        self.now.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for TestClock {
    fn now_ms(&self) -> i64 {
        self.now.fetch_add(self.step_ms, Ordering::SeqCst)
    }
}
