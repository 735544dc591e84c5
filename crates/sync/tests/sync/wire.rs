//! The wire block: every event survives the trip exactly, and a typical event costs a few
//! bytes.

use std::collections::{BTreeMap, BTreeSet};

use lphm_progress::{Event, EventKind, Hlc, Stage, SurveyAnswer};
use lphm_sync::protocol::{SyncRequest, MAX_UNPACKED};
use lphm_sync::wire::{fitting, pack, unpack, weight, Block, WireError};
use proptest::prelude::*;
use uuid::Uuid;

const PROFILE: Uuid = Uuid::from_u128(0xAA);

/// A learner's day: open a lesson, spend time, complete it, now and then a quiz or a note.
pub fn typical_events(device: Uuid, n: u64, start_ms: i64) -> Vec<Event> {
    (1..=n)
        .map(|seq| {
            let course = if seq % 7 == 0 {
                "starter-communication"
            } else {
                "perceptions-communication-media"
            };
            let lesson = format!("m{}-l{}", seq % 6 + 1, seq % 3 + 1);
            let kind = match seq % 10 {
                0 | 4 | 7 => EventKind::LessonOpened {
                    course: course.into(),
                    lesson,
                },
                1 | 5 | 8 => EventKind::TimeSpent {
                    course: course.into(),
                    lesson,
                    seconds: 30 + (seq * 37 % 900) as u32,
                },
                2 | 6 => EventKind::LessonCompleted {
                    course: course.into(),
                    lesson,
                },
                3 => EventKind::QuizAttempted {
                    course: course.into(),
                    quiz: format!("m{}-quiz", seq % 6 + 1),
                    answers: (1..=6)
                        .map(|q| {
                            (
                                format!("q{q}"),
                                BTreeSet::from([
                                    ["a", "b", "c"][(seq as usize + q) % 3].to_string()
                                ]),
                            )
                        })
                        .collect::<BTreeMap<_, _>>(),
                    correct: (seq % 7) as u32,
                    total: 6,
                    passed: seq % 7 >= 5,
                },
                _ => EventKind::NoteSaved {
                    course: course.into(),
                    lesson,
                    text: format!("Ask the mayor's office about the {seq}th meeting."),
                    hlc: Hlc {
                        ms: start_ms + seq as i64 * 41_000,
                        count: 0,
                    },
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
    let request = SyncRequest {
        push: Block::encode(&events),
        pull_after: 0,
        pull_limit: 5000,
        pull_check: 0,
        relay: Default::default(),
    };
    let packed = pack(&request);
    println!(
        "1000 events: {} bytes packed, {:.1} per event",
        packed.len(),
        packed.len() as f64 / 1000.0
    );
    let back: SyncRequest = unpack(&packed, MAX_UNPACKED).unwrap();
    assert_eq!(back.push.decode(PROFILE).unwrap(), events);
    assert!(
        packed.len() < 12_000,
        "the wire budget is 15 bytes per event on the link, headers included: {}",
        packed.len()
    );
}

fn arbitrary_kind() -> impl Strategy<Value = EventKind> {
    let id = || "[a-z0-9-]{1,12}";
    prop_oneof![
        (id(), id()).prop_map(|(course, lesson)| EventKind::LessonOpened { course, lesson }),
        (id(), id()).prop_map(|(course, lesson)| EventKind::LessonCompleted { course, lesson }),
        (
            id(),
            id(),
            prop::collection::btree_map(id(), prop::collection::btree_set(id(), 0..3), 0..4),
            any::<u32>(),
            any::<u32>(),
            any::<bool>()
        )
            .prop_map(|(course, quiz, answers, correct, total, passed)| {
                EventKind::QuizAttempted {
                    course,
                    quiz,
                    answers,
                    correct,
                    total,
                    passed,
                }
            }),
        (id(), id(), any::<u32>()).prop_map(|(course, lesson, seconds)| EventKind::TimeSpent {
            course,
            lesson,
            seconds
        }),
        (
            id(),
            id(),
            ".{0,40}",
            any::<i64>(),
            any::<u32>(),
            prop::collection::vec(any::<u128>().prop_map(Uuid::from_u128), 0..3)
        )
            .prop_map(
                |(course, lesson, text, ms, count, bases)| EventKind::NoteSaved {
                    course,
                    lesson,
                    text,
                    hlc: Hlc { ms, count },
                    bases
                }
            ),
        (id(), id(), any::<bool>(), any::<i64>(), any::<u32>()).prop_map(
            |(course, lesson, on, ms, count)| EventKind::BookmarkSet {
                course,
                lesson,
                on,
                hlc: Hlc { ms, count },
            }
        ),
        id().prop_map(|course| EventKind::ProgressCleared { course, upto: None }),
        (
            id(),
            prop::collection::btree_map((0u128..4).prop_map(Uuid::from_u128), any::<u64>(), 0..4)
        )
            .prop_map(|(course, upto)| EventKind::ProgressCleared {
                course,
                upto: Some(upto),
            }),
        (
            id(),
            any::<bool>(),
            id(),
            prop::collection::btree_map(id(), prop::collection::btree_set(id(), 0..3), 0..4),
            any::<u32>(),
            any::<u32>()
        )
            .prop_map(|(course, post, form, answers, correct, total)| {
                EventKind::TestTaken {
                    course,
                    stage: if post { Stage::Post } else { Stage::Pre },
                    form,
                    answers,
                    correct,
                    total,
                }
            }),
        (
            id(),
            id(),
            prop::collection::btree_map(
                id(),
                prop_oneof![
                    any::<u8>().prop_map(SurveyAnswer::Rating),
                    // Any text: the four languages' letters, emoji, newlines.
                    "\\PC{0,40}(\n\\PC{0,10})?".prop_map(SurveyAnswer::Text),
                    prop::collection::btree_set(id(), 0..3).prop_map(SurveyAnswer::Choices),
                ],
                0..5
            )
        )
            .prop_map(|(course, survey, answers)| EventKind::SurveyAnswered {
                course,
                survey,
                answers
            }),
    ]
}

/// Events of up to three devices with distinct numbers, any times, some with ids that
/// are not derived (recorded before sync existed).
fn arbitrary_events() -> impl Strategy<Value = Vec<Event>> {
    prop::collection::vec(
        (
            0u128..3,
            1u64..50,
            any::<i64>(),
            any::<bool>(),
            any::<u128>(),
            arbitrary_kind(),
        ),
        0..40,
    )
    .prop_map(|raw| {
        let mut seen = BTreeSet::new();
        raw.into_iter()
            .filter(|(d, seq, ..)| seen.insert((*d, *seq)))
            .map(|(d, seq, at_ms, derived, id, kind)| {
                let device = Uuid::from_u128(d + 1);
                Event {
                    id: if derived {
                        Event::derived_id(device, seq)
                    } else {
                        Uuid::from_u128(id)
                    },
                    profile: PROFILE,
                    device,
                    seq,
                    at_ms,
                    kind,
                }
            })
            .collect()
    })
}

fn sorted(mut events: Vec<Event>) -> Vec<Event> {
    events.sort_by_key(|e| (e.device, e.seq));
    events
}

proptest! {
    #[test]
    fn every_event_survives_the_wire_exactly(events in arbitrary_events()) {
        let packed = pack(&Block::encode(&events));
        let block: Block = unpack(&packed, MAX_UNPACKED).unwrap();
        prop_assert_eq!(sorted(block.decode(PROFILE).unwrap()), sorted(events));
    }

    #[test]
    fn an_events_weight_bounds_what_it_adds_to_a_block(events in arbitrary_events()) {
        // The batch limits rely on this: the sum of weights never undercounts.
        let unpacked = postcard::to_allocvec(&Block::encode(&events)).unwrap().len();
        let weights: usize = events.iter().map(weight).sum();
        prop_assert!(unpacked <= 16 + weights, "{} bytes > {} by weight", unpacked, weights);
    }

    #[test]
    fn garbage_never_panics_and_is_refused_or_decodes_to_a_valid_block(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(block) = unpack::<Block>(&bytes, MAX_UNPACKED) {
            let _ = block.decode(PROFILE);
        }
    }
}

#[test]
fn survey_text_in_four_languages_survives_the_wire_byte_for_byte() {
    let texts = [
        "Nous avons organisé une réunion « portes ouvertes » : 40\u{a0}% de présence !",
        "Zorganizowano spotkanie w Płocku; ąęłńóśźż ĄĘŁŃÓŚŹŻ „cytat”",
        "Sihlangane nezakhamuzi ezikade zihlala khona nabasanda kufika 🙂",
        "=SUM(A1)\r\nline two\ttabbed",
    ];
    let events: Vec<Event> = texts
        .iter()
        .enumerate()
        .map(|(n, t)| {
            let seq = n as u64 + 1;
            let device = Uuid::from_u128(7);
            Event {
                id: Event::derived_id(device, seq),
                profile: PROFILE,
                device,
                seq,
                at_ms: 1_790_000_000_000 + n as i64,
                kind: EventKind::SurveyAnswered {
                    course: "perceptions-communication-media".into(),
                    survey: "follow-up".into(),
                    answers: BTreeMap::from([
                        ("how".to_string(), SurveyAnswer::Text(t.to_string())),
                        ("change".to_string(), SurveyAnswer::Rating(4)),
                        (
                            "areas".to_string(),
                            SurveyAnswer::Choices(BTreeSet::from(["social-cohesion".to_string()])),
                        ),
                    ]),
                },
            }
        })
        .collect();
    let packed = pack(&Block::encode(&events));
    let block: Block = unpack(&packed, MAX_UNPACKED).unwrap();
    assert_eq!(sorted(block.decode(PROFILE).unwrap()), events);
}

#[test]
fn a_batch_takes_events_until_their_weight_passes_the_limit_but_always_one() {
    let events = typical_events(Uuid::from_u128(1), 100, 0);
    let each: Vec<usize> = events.iter().map(weight).collect();
    let first_three: usize = each[..3].iter().sum();
    assert_eq!(fitting(&events, first_three), 3);
    assert_eq!(fitting(&events, first_three - 1), 2);
    assert_eq!(fitting(&events, usize::MAX), 100);
    // One event heavier than the limit still travels, alone.
    assert_eq!(fitting(&events, 1), 1);
    assert_eq!(fitting(&[], 1), 0);
}

#[test]
fn what_is_not_sync_data_is_refused_with_the_reason() {
    assert!(matches!(
        unpack::<Block>(b"not zlib at all", MAX_UNPACKED),
        Err(WireError::Compression(_))
    ));
    // A bomb: a few KB that inflate far beyond the limit.
    let bomb = pack(&vec![0u8; 2 * MAX_UNPACKED]);
    assert!(bomb.len() < 64 * 1024);
    assert_eq!(
        unpack::<Vec<u8>>(&bomb, MAX_UNPACKED),
        Err(WireError::TooLarge {
            limit: MAX_UNPACKED
        })
    );
    // Valid zlib, but not a block: trailing bytes after a value are refused too.
    let mut two = postcard_pair();
    two.push(7);
    assert!(matches!(
        unpack::<Block>(&pack_raw(&two), MAX_UNPACKED),
        Err(WireError::Decode(_))
    ));
    // Indexes beyond the string table, zero deltas and repeated devices.
    let events = typical_events(Uuid::from_u128(1), 3, 0);
    let mut block = Block::encode(&events);
    block.strings.truncate(1);
    assert_eq!(block.decode(PROFILE), Err(WireError::BadString));
    let mut block = Block::encode(&events);
    block.groups[0].events[1].seq_delta = 0;
    assert_eq!(block.decode(PROFILE), Err(WireError::BadSeq));
    let mut block = Block::encode(&events);
    block.groups.push(block.groups[0].clone());
    assert_eq!(block.decode(PROFILE), Err(WireError::DuplicateDevice));
}

/// An empty block's postcard bytes.
fn postcard_pair() -> Vec<u8> {
    postcard::to_stdvec(&Block::default()).unwrap()
}

fn pack_raw(raw: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(raw).unwrap();
    z.finish().unwrap()
}
