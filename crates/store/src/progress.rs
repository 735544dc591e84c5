//! The progress event log: append-only, on stable storage before a write is reported
//! saved, and indexed by `(profile, device, seq)` so sync can ask for "everything after n".
//! An event and its index entry are written in one sled transaction: a power cut or a kill
//! leaves both or neither.

use lphm_progress::{Event, EventKind};
use sled::transaction::{ConflictableTransactionError, TransactionalTree};
use sled::Transactional;
use uuid::Uuid;

use crate::{Store, StoreError};

/// What opening a store written by an older version repaired in its event log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repair {
    /// Index entries whose event was never written (a power cut or a kill between the two
    /// writes of an older version): `(profile, device, seq)`. Those events are gone for
    /// good; the entries are removed so that sync works again and a later pull can bring
    /// the event back when it came from another laptop.
    pub lost: Vec<(Uuid, Uuid, u64)>,
    /// Numbered events that had no index entry; the entry was added.
    pub reindexed: usize,
}

impl std::fmt::Display for Repair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "repaired the progress index: {} entr{} without an event removed (that progress was lost before it was saved",
            self.lost.len(),
            if self.lost.len() == 1 { "y" } else { "ies" }
        )?;
        for (profile, device, seq) in self.lost.iter().take(20) {
            write!(f, "; profile {profile} device {device} number {seq}")?;
        }
        write!(f, "), {} event(s) indexed again", self.reindexed)
    }
}

/// The result of [`Store::check_index`]: how the event log and its index agree.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IndexCheck {
    /// Events in the log.
    pub events: usize,
    /// Index entries.
    pub indexed: usize,
    /// Index entries whose event is missing.
    pub dangling: usize,
    /// Numbered events without an index entry.
    pub unindexed: usize,
}

type Tx<T> = Result<T, ConflictableTransactionError<StoreError>>;

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
        self.flush()?;
        Ok(())
    }

    fn insert_unflushed(&self, event: &Event) -> Result<(), StoreError> {
        let value = serde_json::to_vec(event)?;
        (&self.events, &self.by_seq)
            .transaction(|(events, by_seq)| put_event(events, by_seq, event, &value))?;
        self.changed();
        Ok(())
    }

    /// How many times the event log changed since this store was opened. Whatever reads
    /// the log and keeps what it derived knows from this whether it is still current: the
    /// store is the only writer (opening takes an exclusive lock).
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::SeqCst)
    }

    fn changed(&self) {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    /// Adds events that came from elsewhere (other devices, through the server) to
    /// `profile`'s log, skipping any it already holds, in one transaction and one flush:
    /// a kill or a power cut leaves all of them or none. Returns how many were new.
    pub fn merge_events(&self, profile: Uuid, events: &[Event]) -> Result<usize, StoreError> {
        let mut incoming = Vec::with_capacity(events.len());
        for event in events {
            let mut event = event.clone();
            event.profile = profile;
            let value = serde_json::to_vec(&event)?;
            incoming.push((event, value));
        }
        let added = (&self.events, &self.by_seq).transaction(|(events, by_seq)| {
            let mut added = 0;
            for (event, value) in &incoming {
                let known = if event.seq > 0 {
                    by_seq
                        .get(seq_key(profile, event.device, event.seq))?
                        .is_some()
                } else {
                    events.get(event_key(event))?.is_some()
                };
                if !known {
                    put_event(events, by_seq, event, value)?;
                    added += 1;
                }
            }
            Ok(added)
        })?;
        if added > 0 {
            self.changed();
            self.flush()?;
        }
        Ok(added)
    }

    /// Compares the event log with its index, entry by entry. A healthy store has no
    /// dangling and no unindexed entries.
    pub fn check_index(&self) -> Result<IndexCheck, StoreError> {
        let mut check = IndexCheck::default();
        for kv in self.by_seq.iter() {
            let (_, event_key) = kv?;
            check.indexed += 1;
            if !self.events.contains_key(&event_key)? {
                check.dangling += 1;
            }
        }
        for kv in self.events.iter() {
            let (_, value) = kv?;
            check.events += 1;
            let event: Event = serde_json::from_slice(&value)?;
            if event.seq > 0
                && !self
                    .by_seq
                    .contains_key(seq_key(event.profile, event.device, event.seq))?
            {
                check.unindexed += 1;
            }
        }
        Ok(check)
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

    /// Gives `profile`'s events of device `from` numbered after `after` to device `to`,
    /// in order, numbered after `to`'s last one and with their derived ids: what a laptop
    /// restored from a backup or copied does when it takes a new identity, so its own
    /// events no longer collide with those the server holds under the old one. Note
    /// versions naming a moved event in `bases` follow it; a clearing that counted `from`'s
    /// events past `after` counts them under `to`. `records` (name, JSON) are written to the
    /// sync tree in the same transaction: all of it or none survives a power cut.
    /// Returns how many events moved.
    pub fn rebase_events(
        &self,
        profile: Uuid,
        from: Uuid,
        after: u64,
        to: Uuid,
        records: &[(&str, Vec<u8>)],
    ) -> Result<usize, StoreError> {
        let _guard = self.append_lock.lock().unwrap_or_else(|e| e.into_inner());
        let moving = self.events_after(profile, from, after, usize::MAX)?;
        let first = self.last_seq(profile, to)? + 1;
        let renamed: std::collections::HashMap<Uuid, Uuid> = moving
            .iter()
            .zip(first..)
            .map(|(e, seq)| (e.id, Event::derived_id(to, seq)))
            .collect();
        let mut changes = Vec::with_capacity(moving.len());
        for (old, seq) in moving.iter().zip(first..) {
            let mut event = old.clone();
            event.device = to;
            event.seq = seq;
            event.id = Event::derived_id(to, seq);
            match &mut event.kind {
                EventKind::NoteSaved { bases, .. } => {
                    for base in bases.iter_mut() {
                        if let Some(new) = renamed.get(base) {
                            *base = *new;
                        }
                    }
                }
                EventKind::ProgressCleared {
                    upto: Some(upto), ..
                } => {
                    if let Some(n) = upto.get(&from).copied().filter(|n| *n > after) {
                        upto.insert(from, after);
                        upto.insert(to, first - 1 + (n - after));
                    }
                }
                _ => {}
            }
            let value = serde_json::to_vec(&event)?;
            changes.push((
                event_key(old),
                seq_key(profile, from, old.seq),
                event,
                value,
            ));
        }
        let records: Vec<(Vec<u8>, &Vec<u8>)> = records
            .iter()
            .map(|(name, v)| ([profile.as_bytes().as_slice(), name.as_bytes()].concat(), v))
            .collect();
        (&self.events, &self.by_seq, &self.sync).transaction(|(events, by_seq, sync)| {
            for (old_key, old_entry, event, value) in &changes {
                events.remove(&old_key[..])?;
                by_seq.remove(&old_entry[..])?;
                put_event(events, by_seq, event, value)?;
            }
            for (key, value) in &records {
                sync.insert(key.as_slice(), value.as_slice())?;
            }
            Ok(())
        })?;
        self.changed();
        self.flush()?;
        Ok(changes.len())
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

    /// Whether `profile` has any event at all (reads one key, not the log).
    pub fn has_events(&self, profile: Uuid) -> Result<bool, StoreError> {
        Ok(self
            .events
            .scan_prefix(profile.as_bytes())
            .keys()
            .next()
            .transpose()?
            .is_some())
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
        self.flush()?;
        Ok(())
    }
}

/// Writes an event and, when it is numbered, its index entry, inside a transaction.
fn put_event(
    events: &TransactionalTree,
    by_seq: &TransactionalTree,
    event: &Event,
    value: &[u8],
) -> Tx<()> {
    let key = event_key(event);
    if event.seq > 0 {
        by_seq.insert(
            &seq_key(event.profile, event.device, event.seq)[..],
            &key[..],
        )?;
    }
    events.insert(&key[..], value)?;
    Ok(())
}

/// Schema 3 → 4: older versions wrote an event's index entry and the event itself as two
/// writes, so a power cut or a kill between them left an index entry without its event;
/// from then on that laptop could not sync ("an indexed event is missing") or skipped that
/// event on every pull. The event is gone for good: the entry is removed so that sync
/// works again (and a pull brings the event back when it came from another laptop).
/// Numbered events without an entry get one. Returns what was repaired, if anything.
pub(crate) fn upgrade_from_3(db: &sled::Db) -> Result<Option<Repair>, StoreError> {
    let events = db.open_tree("progress/events")?;
    let by_seq = db.open_tree("progress/by_seq")?;
    let mut repair = Repair {
        lost: Vec::new(),
        reindexed: 0,
    };
    for kv in by_seq.iter() {
        let (key, event_key) = kv?;
        if !events.contains_key(&event_key)? {
            let id = |range: std::ops::Range<usize>| {
                Uuid::from_slice(&key[range]).map_err(|_| bad_seq_key())
            };
            let seq = u64::from_be_bytes(key[32..40].try_into().map_err(|_| bad_seq_key())?);
            repair.lost.push((id(0..16)?, id(16..32)?, seq));
            by_seq.remove(&key)?;
        }
    }
    for kv in events.iter() {
        let (key, value) = kv?;
        let event: Event = serde_json::from_slice(&value)?;
        let entry = seq_key(event.profile, event.device, event.seq);
        if event.seq > 0 && !by_seq.contains_key(entry)? {
            by_seq.insert(entry, &key)?;
            repair.reindexed += 1;
        }
    }
    if repair.lost.is_empty() && repair.reindexed == 0 {
        Ok(None)
    } else {
        Ok(Some(repair))
    }
}

/// Schema 4 → 5: events recorded before sync existed kept the random id they were made
/// with, which then travelled with them, so a push could carry any id and the server could
/// not tell a legacy id from another device's. Now every numbered event's id is the one
/// derived from its device and number (`Event::derived_id`), and the server refuses any
/// other. The ids are rewritten, and the note versions that name them in `bases` follow,
/// in one transaction (a cut leaves all or nothing; the next start does it again).
/// Returns how many events were renamed.
pub(crate) fn upgrade_from_4(db: &sled::Db) -> Result<usize, StoreError> {
    let events = db.open_tree("progress/events")?;
    let by_seq = db.open_tree("progress/by_seq")?;
    let mut renamed = std::collections::HashMap::new();
    let mut all = Vec::new();
    for kv in events.iter() {
        let (key, value) = kv?;
        let event: Event = serde_json::from_slice(&value)?;
        if event.seq > 0 {
            let derived = Event::derived_id(event.device, event.seq);
            if event.id != derived {
                renamed.insert(event.id, derived);
            }
        }
        all.push((key, event));
    }
    if renamed.is_empty() {
        return Ok(0);
    }
    let mut changes = Vec::new();
    for (key, mut event) in all {
        let mut changed = false;
        if let Some(new) = renamed.get(&event.id) {
            event.id = *new;
            changed = true;
        }
        if let EventKind::NoteSaved { bases, .. } = &mut event.kind {
            for base in bases.iter_mut() {
                if let Some(new) = renamed.get(base) {
                    *base = *new;
                    changed = true;
                }
            }
        }
        if changed {
            let value = serde_json::to_vec(&event)?;
            changes.push((key, event, value));
        }
    }
    (&events, &by_seq).transaction(|(events, by_seq)| -> Tx<()> {
        for (old, event, value) in &changes {
            events.remove(old)?;
            put_event(events, by_seq, event, value)?;
        }
        Ok(())
    })?;
    Ok(renamed.len())
}

fn bad_seq_key() -> StoreError {
    StoreError::Corrupt("bad sequence key".into())
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
