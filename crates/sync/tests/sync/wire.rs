//! The wire block: every event survives the trip exactly, and a typical event costs a few
//! bytes.

use std::collections::{BTreeMap, BTreeSet};

use lphm_progress::{Event, EventKind, Hlc};
use lphm_sync::protocol::{SyncRequest, MAX_UNPACKED};
use lphm_sync::wire::{pack, unpack, Block, WireError};
use proptest::prelude::*;
use uuid::Uuid;

const PROFILE: Uuid = Uuid::from_u128(0xAA);

/// A learner's day: open a lesson, spend time, complete it, now and then a quiz or a note.
pub fn typical_events(device: Uuid, n: u64, start_ms: i64) -> Vec<Event> {
    (1..=n)
        .map(|seq| {
            let course = if seq % 7 == 0 { "starter-communication" } else { "perceptions-communication-media" };
            let lesson = format!("m{}-l{}", seq % 6 + 1, seq % 3 + 1);
            let kind = match seq % 10 {
                0 | 4 | 7 => EventKind::LessonOpened { course: course.into(), lesson },
                1 | 5 | 8 => EventKind::TimeSpent { course: course.into(), lesson, seconds: 30 + (seq * 37 % 900) as u32 },
                2 | 6 => EventKind::LessonCompleted { course: course.into(), lesson },
                3 => EventKind::QuizAttempted {
                    course: course.into(),
                    quiz: format!("m{}-quiz", seq % 6 + 1),
                    answers: (1..=6)
                        .map(|q| (format!("q{q}"), BTreeSet::from([format!("{}", ["a", "b", "c"][(seq as usize + q) % 3])])))
                        .collect::<BTreeMap<_, _>>(),
                    correct: (seq % 7) as u32,
                    total: 6,
                    passed: seq % 7 >= 5,
                },
                _ => EventKind::NoteSaved {
                    course: course.into(),
                    lesson,
                    text: format!("Ask the mayor's office about the {seq}th meeting."),
                    hlc: Hlc { ms: start_ms + seq as i64 * 41_000, count: 0 },
                    bases: vec![],
                },
            };
            Event {
                id: Event::derived_id(device, seq),
                profile: PROFILE,
                device,
                seq,
                at_ms: start_ms + seq as i64 * 41_000,
                kind,
            }
        })
        .collect()
}

#[test]
fn a_thousand_typical_events_pack_into_a_few_bytes_each() {
    let events = typical_events(Uuid::from_u128(1), 1000, 1_790_000_000_000);
    let request = SyncRequest { push: Block::encode(&events), pull_after: 0, pull_limit: 5000 };
    let packed = pack(&request);
    println!("1000 events: {} bytes packed, {:.1} per event", packed.len(), packed.len() as f64 / 1000.0);
    let back: SyncRequest = unpack(&packed, MAX_UNPACKED).unwrap();
    assert_eq!(back.push.decode(PROFILE).unwrap(), events);
    assert!(packed.len() < 12_000, "the wire budget is 15 bytes per event on the link, headers included: {}", packed.len());
}
