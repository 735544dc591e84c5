//! Opening a store that an older version (schema 3) left with an event log and index that
//! disagree: the store opens, says what it repaired, and sync works again.

use lphm_progress::EventKind;
use lphm_store::{IndexCheck, Store};
use uuid::Uuid;

const PROFILE: Uuid = Uuid::from_u128(1);
const DEVICE: Uuid = Uuid::from_u128(7);

fn lesson(n: u64) -> EventKind {
    EventKind::LessonCompleted {
        course: "c".into(),
        lesson: format!("l{n}"),
    }
}

/// Writes `n` events through the store, then turns it into what schema 3 could leave
/// after a cut: `drop_event` loses the event behind an index entry, `drop_entry` loses the
/// index entry of an event.
fn older_store_with_damage(dir: &std::path::Path, n: u64, drop_event: &[u64], drop_entry: &[u64]) {
    {
        let store = Store::open(dir).unwrap();
        for i in 1..=n {
            store
                .append(PROFILE, DEVICE, i as i64 * 1000, lesson(i))
                .unwrap();
        }
    }
    let db = sled::open(dir.join("db")).unwrap();
    let by_seq = db.open_tree("progress/by_seq").unwrap();
    let events = db.open_tree("progress/events").unwrap();
    for (key, event_key) in by_seq.iter().map(Result::unwrap) {
        let seq = u64::from_be_bytes(key[32..40].try_into().unwrap());
        if drop_event.contains(&seq) {
            events.remove(&event_key).unwrap();
        }
        if drop_entry.contains(&seq) {
            by_seq.remove(&key).unwrap();
        }
    }
    db.open_tree("meta")
        .unwrap()
        .insert("schema", &3u32.to_be_bytes())
        .unwrap();
    db.flush().unwrap();
}

/// Opens the store again as the next start of the app would.
fn reopen(dir: &std::path::Path) -> Store {
    Store::open(dir).unwrap()
}

#[test]
fn an_index_entry_without_its_event_is_removed_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    // What a power cut between the two writes of event 5 left: entries 1..=5, events 1..=4.
    older_store_with_damage(dir.path(), 5, &[5], &[]);
    let store = reopen(dir.path());
    let repairs = store.repairs();
    assert_eq!(repairs.len(), 1, "{repairs:?}");
    assert_eq!(repairs[0].lost, [(PROFILE, DEVICE, 5)]);
    assert_eq!(repairs[0].reindexed, 0);
    assert!(
        repairs[0].to_string().contains("number 5"),
        "{}",
        repairs[0]
    );
    assert_eq!(
        store.check_index().unwrap(),
        IndexCheck {
            events: 4,
            indexed: 4,
            dangling: 0,
            unindexed: 0
        }
    );
    // Sync can read everything not yet sent again (schema 3 answered "Corrupt" here)...
    assert_eq!(
        store.events_after(PROFILE, DEVICE, 0, 100).unwrap().len(),
        4
    );
    // ...and the next event takes the number that was never saved.
    let next = store.append(PROFILE, DEVICE, 9_000, lesson(9)).unwrap();
    assert_eq!(next.seq, 5);
    drop(store);
    assert!(
        reopen(dir.path()).repairs().is_empty(),
        "a repaired store opens without repairs"
    );
}

#[test]
fn an_event_without_its_index_entry_is_indexed_again() {
    let dir = tempfile::tempdir().unwrap();
    older_store_with_damage(dir.path(), 6, &[], &[2, 6]);
    let store = reopen(dir.path());
    assert_eq!(store.repairs().len(), 1);
    assert_eq!(store.repairs()[0].reindexed, 2);
    assert!(store.repairs()[0].lost.is_empty());
    assert_eq!(store.check_index().unwrap().unindexed, 0);
    assert_eq!(store.last_seq(PROFILE, DEVICE).unwrap(), 6);
    let seqs: Vec<u64> = store
        .events_after(PROFILE, DEVICE, 0, 100)
        .unwrap()
        .iter()
        .map(|e| e.seq)
        .collect();
    assert_eq!(seqs, [1, 2, 3, 4, 5, 6]);
}

#[test]
fn a_healthy_older_store_upgrades_without_repairs() {
    let dir = tempfile::tempdir().unwrap();
    older_store_with_damage(dir.path(), 3, &[], &[]);
    let store = reopen(dir.path());
    assert!(store.repairs().is_empty());
    assert_eq!(store.check_index().unwrap().events, 3);
}

#[test]
fn merging_pulled_events_writes_each_with_its_index_entry() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let other = Uuid::from_u128(99);
    let pulled: Vec<lphm_progress::Event> = (1..=50)
        .map(|seq| lphm_progress::Event {
            id: lphm_progress::Event::derived_id(other, seq),
            profile: PROFILE,
            device: other,
            seq,
            at_ms: seq as i64,
            kind: lesson(seq),
        })
        .collect();
    assert_eq!(store.merge_events(PROFILE, &pulled[..30]).unwrap(), 30);
    // Overlapping pages: only the new ones are added.
    assert_eq!(store.merge_events(PROFILE, &pulled[20..]).unwrap(), 20);
    assert_eq!(store.merge_events(PROFILE, &pulled).unwrap(), 0);
    assert_eq!(
        store.check_index().unwrap(),
        IndexCheck {
            events: 50,
            indexed: 50,
            dangling: 0,
            unindexed: 0
        }
    );
    assert_eq!(store.last_seq(PROFILE, other).unwrap(), 50);
}

/// A schema-4 store holding events recorded before sync existed, with the random ids they
/// were made with (one named by a later note's `bases`): on opening, each takes the id
/// derived from its device and number, the note follows, and the index still agrees.
#[test]
fn legacy_random_ids_become_derived_ids() {
    use lphm_progress::{Event, Hlc};
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open(dir.path()).unwrap();
        for i in 1..=3 {
            store
                .append(PROFILE, DEVICE, i * 1000, lesson(i as u64))
                .unwrap();
        }
    }
    let legacy = Uuid::from_u128(0xABCD);
    {
        let db = sled::open(dir.path().join("db")).unwrap();
        let events = db.open_tree("progress/events").unwrap();
        let by_seq = db.open_tree("progress/by_seq").unwrap();
        // Event 2 gets a random id, as before sync; a note (event 4) names it as a base.
        for (key, event_key) in by_seq.iter().map(Result::unwrap) {
            let seq = u64::from_be_bytes(key[32..40].try_into().unwrap());
            if seq == 2 {
                let mut e: Event =
                    serde_json::from_slice(&events.get(&event_key).unwrap().unwrap()).unwrap();
                e.id = legacy;
                let mut new_key = event_key.to_vec();
                new_key[24..].copy_from_slice(legacy.as_bytes());
                events.remove(&event_key).unwrap();
                events
                    .insert(&new_key, serde_json::to_vec(&e).unwrap())
                    .unwrap();
                by_seq.insert(&key, new_key).unwrap();
            }
        }
        db.open_tree("meta")
            .unwrap()
            .insert("schema", &4u32.to_be_bytes())
            .unwrap();
        db.flush().unwrap();
    }
    {
        // The note is written by the schema-4 code path too: append keeps what it is given.
        let db = sled::open(dir.path().join("db")).unwrap();
        let events = db.open_tree("progress/events").unwrap();
        let by_seq = db.open_tree("progress/by_seq").unwrap();
        let note = Event {
            id: Event::derived_id(DEVICE, 4),
            profile: PROFILE,
            device: DEVICE,
            seq: 4,
            at_ms: 4000,
            kind: EventKind::NoteSaved {
                course: "c".into(),
                lesson: "l1".into(),
                text: "mine".into(),
                hlc: Hlc::default(),
                bases: vec![legacy],
            },
        };
        let mut key = [0u8; 40];
        key[..16].copy_from_slice(PROFILE.as_bytes());
        key[16..24].copy_from_slice(&((4000u64) ^ (1 << 63)).to_be_bytes());
        key[24..].copy_from_slice(note.id.as_bytes());
        events
            .insert(key, serde_json::to_vec(&note).unwrap())
            .unwrap();
        let mut entry = [0u8; 40];
        entry[..16].copy_from_slice(PROFILE.as_bytes());
        entry[16..32].copy_from_slice(DEVICE.as_bytes());
        entry[32..].copy_from_slice(&4u64.to_be_bytes());
        by_seq.insert(entry, &key[..]).unwrap();
        db.flush().unwrap();
    }

    let store = reopen(dir.path());
    let events = store.events(PROFILE).unwrap();
    assert_eq!(events.len(), 4);
    for e in &events {
        assert_eq!(e.id, Event::derived_id(e.device, e.seq), "event {}", e.seq);
    }
    let note = events.iter().find(|e| e.seq == 4).unwrap();
    match &note.kind {
        EventKind::NoteSaved { bases, .. } => {
            assert_eq!(bases, &vec![Event::derived_id(DEVICE, 2)])
        }
        other => panic!("{other:?}"),
    }
    let check = store.check_index().unwrap();
    assert_eq!(
        (check.events, check.indexed, check.dangling, check.unindexed),
        (4, 4, 0, 0)
    );
    drop(store);
    // Opening again changes nothing.
    assert_eq!(reopen(dir.path()).events(PROFILE).unwrap(), events);
}

/// A laptop taking a new identity: its events after `after` move to the new device,
/// numbered from 1 with derived ids, in order; a note's `bases` and a clearing's `upto`
/// follow; the sync records given are written with them.
#[test]
fn rebasing_moves_events_to_a_new_device_with_their_references() {
    use lphm_progress::{Event, Hlc};
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let new = Uuid::from_u128(8);
    for i in 1..=3 {
        store
            .append(PROFILE, DEVICE, i * 1000, lesson(i as u64))
            .unwrap();
    }
    let note = |bases| EventKind::NoteSaved {
        course: "c".into(),
        lesson: "l1".into(),
        text: "n".into(),
        hlc: Hlc::default(),
        bases,
    };
    store.append(PROFILE, DEVICE, 4000, note(vec![])).unwrap();
    store
        .append(
            PROFILE,
            DEVICE,
            5000,
            note(vec![Event::derived_id(DEVICE, 4)]),
        )
        .unwrap();
    store
        .append(
            PROFILE,
            DEVICE,
            6000,
            EventKind::ProgressCleared {
                course: "c".into(),
                upto: Some([(DEVICE, 5)].into()),
            },
        )
        .unwrap();

    let moved = store
        .rebase_events(PROFILE, DEVICE, 2, new, &[("device", b"\"x\"".to_vec())])
        .unwrap();
    assert_eq!(moved, 4);
    assert_eq!(store.last_seq(PROFILE, DEVICE).unwrap(), 2);
    let on_new = store.events_after(PROFILE, new, 0, 100).unwrap();
    assert_eq!(
        on_new.iter().map(|e| e.seq).collect::<Vec<_>>(),
        [1, 2, 3, 4]
    );
    for e in &on_new {
        assert_eq!(e.id, Event::derived_id(new, e.seq));
    }
    assert_eq!(on_new[0].kind, lesson(3));
    match &on_new[2].kind {
        EventKind::NoteSaved { bases, .. } => assert_eq!(bases, &vec![Event::derived_id(new, 2)]),
        other => panic!("{other:?}"),
    }
    match &on_new[3].kind {
        EventKind::ProgressCleared { upto, .. } => {
            assert_eq!(upto.as_ref().unwrap(), &[(DEVICE, 2), (new, 3)].into())
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        store
            .sync_record::<String>(PROFILE, "device")
            .unwrap()
            .unwrap(),
        "x"
    );
    let check = store.check_index().unwrap();
    assert_eq!(
        (check.events, check.indexed, check.dangling, check.unindexed),
        (6, 6, 0, 0)
    );
}
