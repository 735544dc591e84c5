//! The progress event log: append-only, flushed before a write is reported saved, and
//! indexed by `(profile, device, seq)` so sync can ask for "everything after n".

use lphm_progress::{Event, EventKind};
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

/// `profile (16) | device (16) | seq, big-endian (8)` → the event's key in `events`.
fn seq_key(profile: Uuid, device: Uuid, seq: u64) -> [u8; 40] {
    let mut key = [0u8; 40];
    key[..16].copy_from_slice(profile.as_bytes());
    key[16..32].copy_from_slice(device.as_bytes());
    key[32..].copy_from_slice(&seq.to_be_bytes());
    key
}

fn seq_prefix(profile: Uuid, device: Uuid) -> [u8; 32] {
    let mut key = [0u8; 32];
    key[..16].copy_from_slice(profile.as_bytes());
    key[16..].copy_from_slice(device.as_bytes());
    key
}

impl Store {
    /// Records a new event of `profile` on `device`: numbers it after the last one, gives
    /// it the id derived from that number, writes it and flushes. When this returns `Ok`,
    /// the event survives a crash or a power cut.
    pub fn append(
        &self,
        profile: Uuid,
        device: Uuid,
        at_ms: i64,
        kind: EventKind,
    ) -> Result<Event, StoreError> {
        let _guard = self.append_lock.lock().unwrap_or_else(|e| e.into_inner());
        let seq = self.last_seq(profile, device)? + 1;
        let event = Event {
            id: Event::derived_id(device, seq),
            profile,
            device,
            seq,
            at_ms,
            kind,
        };
        self.record(&event)?;
        Ok(event)
    }

    /// Writes `event` as it is and flushes. Recording the same event twice changes nothing.
    pub fn record(&self, event: &Event) -> Result<(), StoreError> {
        self.insert_unflushed(event)?;
        self.db.flush()?;
        Ok(())
    }

    fn insert_unflushed(&self, event: &Event) -> Result<(), StoreError> {
        let value = serde_json::to_vec(event)?;
        let key = event_key(event);
        if event.seq > 0 {
            self.by_seq.insert(
                seq_key(event.profile, event.device, event.seq),
                key.as_slice(),
            )?;
        }
        self.events.insert(key, value)?;
        Ok(())
    }

    /// Adds events that came from elsewhere (other devices, through the server) to
    /// `profile`'s log, skipping any it already holds; one flush for all. Returns how many
    /// were new.
    pub fn merge_events(&self, profile: Uuid, events: &[Event]) -> Result<usize, StoreError> {
        let mut added = 0;
        for event in events {
            let mut event = event.clone();
            event.profile = profile;
            let known = if event.seq > 0 {
                self.by_seq
                    .contains_key(seq_key(profile, event.device, event.seq))?
            } else {
                self.events.contains_key(event_key(&event))?
            };
            if !known {
                self.insert_unflushed(&event)?;
                added += 1;
            }
        }
        if added > 0 {
            self.db.flush()?;
        }
        Ok(added)
    }

    /// The number of the last event `device` recorded for `profile` (0 when none).
    pub fn last_seq(&self, profile: Uuid, device: Uuid) -> Result<u64, StoreError> {
        match self
            .by_seq
            .scan_prefix(seq_prefix(profile, device))
            .next_back()
        {
            Some(kv) => {
                let (key, _) = kv?;
                Ok(u64::from_be_bytes(key[32..40].try_into().map_err(
                    |_| StoreError::Corrupt("bad sequence key".into()),
                )?))
            }
            None => Ok(0),
        }
    }

    /// Up to `limit` of `profile`'s events recorded on `device` with numbers after `after`,
    /// in number order: what a device has not yet had acknowledged.
    pub fn events_after(
        &self,
        profile: Uuid,
        device: Uuid,
        after: u64,
        limit: usize,
    ) -> Result<Vec<Event>, StoreError> {
        let start = seq_key(profile, device, after.saturating_add(1));
        let end = seq_key(profile, device, u64::MAX);
        let mut out = Vec::new();
        for kv in self.by_seq.range(start..=end).take(limit) {
            let (_, event_key) = kv?;
            let value = self
                .events
                .get(&event_key)?
                .ok_or_else(|| StoreError::Corrupt("an indexed event is missing".into()))?;
            out.push(serde_json::from_slice(&value)?);
        }
        Ok(out)
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
    /// The sync client's record for `profile` (opaque JSON to the store).
    pub fn sync_record<T: serde::de::DeserializeOwned>(
        &self,
        profile: Uuid,
        name: &str,
    ) -> Result<Option<T>, StoreError> {
        let key = [profile.as_bytes().as_slice(), name.as_bytes()].concat();
        match self.sync.get(key)? {
            Some(v) => Ok(Some(serde_json::from_slice(&v)?)),
            None => Ok(None),
        }
    }

    /// Replaces the sync client's record for `profile` and flushes.
    pub fn put_sync_record<T: serde::Serialize>(
        &self,
        profile: Uuid,
        name: &str,
        value: &T,
    ) -> Result<(), StoreError> {
        let key = [profile.as_bytes().as_slice(), name.as_bytes()].concat();
        self.sync.insert(key, serde_json::to_vec(value)?)?;
        self.db.flush()?;
        Ok(())
    }
}

/// Schema 2 → 3: numbers every event recorded before sync existed, per profile and device,
/// in time order, after any number already given.
pub(crate) fn upgrade_from_2(db: &sled::Db) -> Result<(), StoreError> {
    let events = db.open_tree("progress/events")?;
    let by_seq = db.open_tree("progress/by_seq")?;
    let mut next: std::collections::HashMap<(Uuid, Uuid), u64> = Default::default();
    for kv in events.iter() {
        let (key, value) = kv?;
        let mut event: Event = serde_json::from_slice(&value)?;
        if event.seq != 0 {
            continue;
        }
        let n = next.entry((event.profile, event.device)).or_insert(0);
        *n += 1;
        event.seq = *n;
        by_seq.insert(seq_key(event.profile, event.device, event.seq), &key)?;
        events.insert(&key, serde_json::to_vec(&event)?)?;
    }
    Ok(())
}
