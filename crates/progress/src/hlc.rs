//! A hybrid logical clock: wall-clock milliseconds plus a counter, so that of two note
//! versions the one saved later wins even when laptop clocks disagree a little, and a
//! version saved after seeing another always orders after it.

use serde::{Deserialize, Serialize};

/// A timestamp of the clock. Ordered by `ms`, then `count`; ties between devices are broken
/// by the caller (device id, then event id), so every device picks the same winner.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Hlc {
    pub ms: i64,
    pub count: u32,
}

impl Hlc {
    /// The timestamp for a local event at wall time `now_ms`, after `last` (the latest
    /// timestamp this device has issued or seen).
    pub fn tick(last: Hlc, now_ms: i64) -> Hlc {
        if now_ms > last.ms {
            Hlc {
                ms: now_ms,
                count: 0,
            }
        } else {
            Hlc {
                ms: last.ms,
                count: last.count.saturating_add(1),
            }
        }
    }

    /// The clock after seeing `remote`: never behind anything it has seen.
    pub fn observe(last: Hlc, remote: Hlc) -> Hlc {
        last.max(remote)
    }
}
