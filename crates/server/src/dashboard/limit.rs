//! Failed logins: after [`FAILURES`] wrong passwords for one login, or [`FAILURES_PER_ADDRESS`]
//! from one network address, within [`WINDOW_MS`], further attempts are refused until the
//! oldest failure leaves the window. Only failures count, so a coordinator who types the
//! right password is never held back by others' successes; on the server's own clock, so
//! tests move time by hand.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use crate::Clock;

pub const FAILURES: usize = 5;
pub const FAILURES_PER_ADDRESS: usize = 20;
pub const WINDOW_MS: i64 = 15 * 60 * 1000;

#[derive(Debug)]
pub struct FailedLogins {
    clock: Arc<dyn Clock>,
    by_login: Mutex<HashMap<String, VecDeque<i64>>>,
    by_address: Mutex<HashMap<IpAddr, VecDeque<i64>>>,
}

/// Minutes to wait, rounded up, until the oldest failure in `times` leaves the window, if
/// `times` holds `max` failures within it.
fn wait(times: &mut VecDeque<i64>, now: i64, max: usize) -> Option<i64> {
    while times.front().is_some_and(|t| *t <= now - WINDOW_MS) {
        times.pop_front();
    }
    (times.len() >= max).then(|| {
        let until = times.front().copied().unwrap_or(now) + WINDOW_MS;
        ((until - now) + 59_999) / 60_000
    })
}

impl FailedLogins {
    pub fn new(clock: Arc<dyn Clock>) -> FailedLogins {
        FailedLogins {
            clock,
            by_login: Mutex::default(),
            by_address: Mutex::default(),
        }
    }

    /// `Err(minutes)` when `login` or `address` has failed too often lately.
    pub fn check(&self, login: &str, address: IpAddr) -> Result<(), i64> {
        let now = self.clock.now_ms();
        let mut logins = self.by_login.lock().unwrap_or_else(|e| e.into_inner());
        let mut addresses = self.by_address.lock().unwrap_or_else(|e| e.into_inner());
        let a = logins.get_mut(login).and_then(|t| wait(t, now, FAILURES));
        let b = addresses
            .get_mut(&address)
            .and_then(|t| wait(t, now, FAILURES_PER_ADDRESS));
        match a.max(b) {
            Some(minutes) => Err(minutes),
            None => Ok(()),
        }
    }

    pub fn failed(&self, login: &str, address: IpAddr) {
        let now = self.clock.now_ms();
        let mut logins = self.by_login.lock().unwrap_or_else(|e| e.into_inner());
        let mut addresses = self.by_address.lock().unwrap_or_else(|e| e.into_inner());
        // Keep the maps small: forget keys whose failures all left the window.
        if logins.len() > 10_000 {
            logins.retain(|_, t| t.back().is_some_and(|last| *last > now - WINDOW_MS));
        }
        if addresses.len() > 10_000 {
            addresses.retain(|_, t| t.back().is_some_and(|last| *last > now - WINDOW_MS));
        }
        logins.entry(login.to_string()).or_default().push_back(now);
        addresses.entry(address).or_default().push_back(now);
    }
}
