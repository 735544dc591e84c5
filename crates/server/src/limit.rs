//! How fast enrollment codes may be tried. A code has 60 random bits, so guessing one is
//! impractical, but an unlimited endpoint answered about 2,700 guesses a second; now each
//! network address gets a burst and a steady rate, and all addresses together another.
//! The limits are generous enough for a training room of officials behind one address
//! enrolling at once.
//!
//! The limiter is `governor` (GCRA, a well-kept crate that tower's rate limiters build on),
//! keyed by IP address, on the server's own [`Clock`] so tests move time by hand.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use governor::clock::{Clock as GovernorClock, Reference};
use governor::nanos::Nanos;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::state::{InMemoryState, NotKeyed};
use governor::{Quota, RateLimiter};

use crate::Clock;

type NoOp = governor::middleware::NoOpMiddleware<Nanos>;

/// Enrollment attempts allowed: a burst per address and per minute after it, and the same
/// for all addresses together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EnrollLimit {
    pub per_address: NonZeroU32,
    pub all: NonZeroU32,
}

impl Default for EnrollLimit {
    /// 30 a minute from one address (a room of 25 enrolling at once, with retries), 120 a
    /// minute from all: at most 2 guesses a second instead of thousands.
    fn default() -> EnrollLimit {
        EnrollLimit {
            per_address: NonZeroU32::new(30).expect("not zero"),
            all: NonZeroU32::new(120).expect("not zero"),
        }
    }
}

/// The server's clock as `governor` reads it.
#[derive(Clone, Debug)]
struct ServerClock(Arc<dyn Clock>);

impl GovernorClock for ServerClock {
    type Instant = Nanos;
    fn now(&self) -> Nanos {
        let ms = u64::try_from(self.0.now_ms()).unwrap_or(0);
        Nanos::from(Duration::from_millis(ms))
    }
}

pub(crate) struct Limiter {
    clock: ServerClock,
    per_address: RateLimiter<IpAddr, DefaultKeyedStateStore<IpAddr>, ServerClock, NoOp>,
    all: RateLimiter<NotKeyed, InMemoryState, ServerClock, NoOp>,
}

impl std::fmt::Debug for Limiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limiter").finish_non_exhaustive()
    }
}

impl Limiter {
    pub fn new(limit: EnrollLimit, clock: Arc<dyn Clock>) -> Limiter {
        let clock = ServerClock(clock);
        Limiter {
            per_address: RateLimiter::new(
                Quota::per_minute(limit.per_address),
                DefaultKeyedStateStore::default(),
                clock.clone(),
            ),
            all: RateLimiter::direct_with_clock(Quota::per_minute(limit.all), clock.clone()),
            clock,
        }
    }

    /// Counts an attempt from `address`: `Err(seconds)` to wait when over the limit.
    pub fn attempt(&self, address: IpAddr) -> Result<(), u64> {
        let now = self.clock.now();
        let wait = |n: governor::NotUntil<Nanos>| n.earliest_possible().duration_since(now);
        self.per_address
            .check_key(&address)
            .map_err(wait)
            .and_then(|()| self.all.check().map_err(wait))
            .map_err(|w: Nanos| Duration::from(w).as_secs().max(1))?;
        // Forget addresses whose bucket is full again, so the map does not grow forever.
        if self.per_address.len() > 10_000 {
            self.per_address.retain_recent();
        }
        Ok(())
    }
}
