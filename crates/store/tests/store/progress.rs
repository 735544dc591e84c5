//! Events are kept, found again after reopening, and never duplicated.

use lphm_progress::{Event, EventKind};
use lphm_store::Store;
use uuid::Uuid;

pub fn event(profile: Uuid, n: u128, at_ms: i64) -> Event {
    Event {
        id: Uuid::from_u128(n),
        profile,
        device: Uuid::from_u128(7),
        seq: 0,
        at_ms,
        kind: EventKind::LessonCompleted {
            course: "c".into(),
            lesson: format!("l{n}"),
        },
    }
}

#[test]
fn events_survive_reopening_in_time_order_per_profile() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
    {
        let store = Store::open(dir.path()).unwrap();
        // Recorded out of time order, and one before the epoch, to exercise the key layout.
        store.record(&event(a, 10, 5_000)).unwrap();
        store.record(&event(b, 11, 1_000)).unwrap();
        store.record(&event(a, 12, -3)).unwrap();
        store.record(&event(a, 13, 2_000)).unwrap();
    }
    let store = Store::open(dir.path()).unwrap();
    let ids: Vec<u128> = store
        .events(a)
        .unwrap()
        .iter()
        .map(|e| e.id.as_u128())
        .collect();
    assert_eq!(ids, [12, 13, 10]);
    assert_eq!(store.events(b).unwrap().len(), 1);
    assert!(store.has_event(a, Uuid::from_u128(13)).unwrap());
    assert!(!store.has_event(b, Uuid::from_u128(13)).unwrap());
}

#[test]
fn recording_the_same_event_twice_keeps_one() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let p = Uuid::from_u128(1);
    store.record(&event(p, 5, 100)).unwrap();
    store.record(&event(p, 5, 100)).unwrap();
    assert_eq!(store.events(p).unwrap().len(), 1);
}
