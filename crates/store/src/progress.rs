//! The progress event log: append-only, flushed before a write is reported saved.

use lphm_progress::Event;
use uuid::Uuid;

use crate::{Store, StoreError};

/// `profile (16) | at_ms with the sign bit flipped, big-endian (8) | event id (16)`:
/// a profile's events sort by time, and the same event always lands on the same key.
fn event_key(event: &Event) -> [u8; 40] {
    let mut key = [0u8; 40];
    key[..16].copy_from_slice(event.profile.as_bytes());
    key[16..24].copy_from_slice(&((event.at_ms as u64) ^ (1 << 63)).to_be_bytes());
    key[24..].copy_from_slice(event.id.as_bytes());
    key
}

impl Store {
    /// Appends `event` and flushes it to disk. When this returns `Ok`, the event survives a
    /// crash or a power cut. Recording the same event twice changes nothing.
    pub fn record(&self, event: &Event) -> Result<(), StoreError> {
        let value = serde_json::to_vec(event)?;
        self.events.insert(event_key(event), value)?;
        self.db.flush()?;
        Ok(())
    }

    /// All events of `profile`, oldest first.
    pub fn events(&self, profile: Uuid) -> Result<Vec<Event>, StoreError> {
        self.events
            .scan_prefix(profile.as_bytes())
            .values()
            .map(|v| Ok(serde_json::from_slice(&v?)?))
            .collect()
    }

    /// Whether an event with this id is stored for `profile`.
    pub fn has_event(&self, profile: Uuid, id: Uuid) -> Result<bool, StoreError> {
        for key in self.events.scan_prefix(profile.as_bytes()).keys() {
            if key?[24..] == *id.as_bytes() {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn event_count(&self) -> usize {
        self.events.len()
    }
}

impl Store {
    /// Deletes `profile`'s events about `course`, at the learner's explicit request when
    /// removing a course. Returns how many were deleted.
    pub fn forget_course_progress(&self, profile: Uuid, course: &str) -> Result<usize, StoreError> {
        let mut batch = sled::Batch::default();
        let mut n = 0;
        for kv in self.events.scan_prefix(profile.as_bytes()) {
            let (key, value) = kv?;
            let event: Event = serde_json::from_slice(&value)?;
            if event.kind.course() == course {
                batch.remove(key);
                n += 1;
            }
        }
        self.events.apply_batch(batch)?;
        self.db.flush()?;
        Ok(n)
    }
}
