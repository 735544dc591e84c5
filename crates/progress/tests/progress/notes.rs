//! Notes: the last writer by hybrid logical clock wins on every device, whatever order the
//! versions arrive in; a version saved without seeing another is kept as a conflict until
//! a save replaces both. Clearing a course's progress hides what came before it.

use lphm_progress::{Event, EventKind, Hlc, Summary};
use proptest::prelude::*;
use uuid::Uuid;

use crate::summary::{completed, event};

const LAPTOP_A: Uuid = Uuid::from_u128(0xA);
const LAPTOP_B: Uuid = Uuid::from_u128(0xB);

fn note(id: u128, device: Uuid, hlc: (i64, u32), text: &str, bases: &[u128]) -> Event {
    Event {
        device,
        ..event(
            id,
            hlc.0,
            EventKind::NoteSaved {
                course: "c".into(),
                lesson: "l".into(),
                text: text.into(),
                hlc: Hlc {
                    ms: hlc.0,
                    count: hlc.1,
                },
                bases: bases.iter().map(|b| Uuid::from_u128(*b)).collect(),
            },
        )
    }
}

/// The note's current text and its conflicts' texts, for `events` in this order.
fn shown(events: &[Event]) -> (String, Vec<String>) {
    let n = Summary::from_events(events).note("c", "l").expect("a note");
    (
        n.current.text,
        n.conflicts.into_iter().map(|v| v.text).collect(),
    )
}

#[test]
fn a_later_save_on_the_same_laptop_replaces_the_earlier_one() {
    let events = [
        note(1, LAPTOP_A, (100, 0), "first", &[]),
        note(2, LAPTOP_A, (200, 0), "second", &[1]),
    ];
    assert_eq!(shown(&events), ("second".into(), vec![]));
}

#[test]
fn concurrent_saves_pick_the_same_winner_and_keep_the_loser() {
    let base = note(1, LAPTOP_A, (100, 0), "base", &[]);
    let on_a = note(2, LAPTOP_A, (300, 0), "from A", &[1]);
    let on_b = note(3, LAPTOP_B, (200, 0), "from B", &[1]);
    let expected = ("from A".to_string(), vec!["from B".to_string()]);
    assert_eq!(shown(&[base.clone(), on_a.clone(), on_b.clone()]), expected);
    assert_eq!(shown(&[on_b.clone(), base.clone(), on_a.clone()]), expected);
    // Saving after seeing both replaces both: no conflict left.
    let merged = note(4, LAPTOP_B, (301, 0), "A and B", &[2, 3]);
    assert_eq!(
        shown(&[base, on_a, on_b, merged]),
        ("A and B".into(), vec![])
    );
}

#[test]
fn equal_clocks_are_broken_by_device_then_id() {
    let a = note(1, LAPTOP_A, (100, 3), "A", &[]);
    let b = note(2, LAPTOP_B, (100, 3), "B", &[]);
    assert_eq!(shown(&[a.clone(), b.clone()]).0, "B");
    assert_eq!(shown(&[b, a]).0, "B");
}

#[test]
fn the_clock_orders_a_save_after_what_it_has_seen_even_with_a_slow_wall_clock() {
    // Laptop B's wall clock says 50, but it has seen A's version at 100.
    let seen = Hlc { ms: 100, count: 0 };
    let b_stamp = Hlc::tick(Hlc::observe(Hlc::default(), seen), 50);
    assert!(b_stamp > seen);
    assert_eq!(
        Hlc::tick(Hlc { ms: 10, count: 4 }, 99),
        Hlc { ms: 99, count: 0 }
    );
}

#[test]
fn clearing_a_course_hides_what_came_before_and_counts_what_comes_after() {
    let events = [
        event(1, 10, completed("c", "x")),
        event(2, 20, completed("other", "y")),
        event(
            3,
            30,
            EventKind::ProgressCleared {
                course: "c".into(),
                upto: None,
            },
        ),
        event(4, 40, completed("c", "z")),
    ];
    let s = Summary::from_events(&events);
    assert!(!s.is_completed("c", "x"), "cleared");
    assert!(s.is_completed("c", "z"), "recorded after the clearing");
    assert!(s.is_completed("other", "y"), "another course is untouched");
}

proptest! {
    /// Any order, any repeats: the same note and the same conflicts.
    #[test]
    fn notes_converge_whatever_the_order(
        saves in prop::collection::vec((0u8..3, 0i64..5, 0u32..2, prop::collection::vec(0usize..8, 0..3)), 1..8),
        seed in any::<u64>(),
    ) {
        let devices = [LAPTOP_A, LAPTOP_B, Uuid::from_u128(0xC)];
        let events: Vec<Event> = saves
            .iter()
            .enumerate()
            .map(|(i, (d, ms, count, bases))| {
                let bases: Vec<u128> = bases.iter().filter(|b| **b < i).map(|b| *b as u128 + 1).collect();
                note(i as u128 + 1, devices[*d as usize], (*ms, *count), &format!("v{i}"), &bases)
            })
            .collect();
        let mut shuffled = events.clone();
        shuffled.extend(events.iter().take(2).cloned());
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        prop_assert_eq!(shown(&events), shown(&shuffled));
        // Nothing is silently dropped: every version no save replaced is shown.
        let (current, conflicts) = shown(&events);
        let replaced: std::collections::BTreeSet<Uuid> = events.iter().flat_map(|e| match &e.kind {
            EventKind::NoteSaved { bases, .. } => bases.clone(),
            _ => vec![],
        }).collect();
        for e in &events {
            if let EventKind::NoteSaved { text, .. } = &e.kind {
                if !replaced.contains(&e.id) {
                    prop_assert!(*text == current || conflicts.contains(text), "{} is shown", text);
                }
            }
        }
    }
}
