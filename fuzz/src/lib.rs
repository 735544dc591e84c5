//! The bodies of the fuzz targets, as plain functions, and the seeds of their corpora.
//!
//! Each target's module depends only on crates its reader's own tests can use, so those
//! tests replay the committed seeds and regressions with `#[path]` on every test run,
//! without cargo-fuzz or nightly (`docs/fuzzing.md`).

use std::io::Read;

use lphm_progress::{Event, EventKind, Hlc};
use lphm_sync::bundle::{BundleBody, MAGIC};
use lphm_sync::protocol::SyncRequest;
use lphm_sync::wire::{self, Block};
use uuid::Uuid;

pub mod package_reader;
pub mod sync_body;

use sync_body::{device_key, zlib_stored, DEVICE};

/// Seeds for the `sync_body` corpus: (file name, input). `valid-*` inputs are accepted,
/// `refused-*` inputs are not.
pub fn sync_seeds() -> Vec<(String, Vec<u8>)> {
    let events = events(DEVICE);
    let request = |push: Block, pull_after: u64| SyncRequest {
        push,
        pull_after,
        pull_limit: 500,
        pull_check: 0,
        relay: Block::default(),
    };
    let other = self::events(Uuid::from_u128(9));
    let all = request(Block::encode(&events), 0);
    let one_of_each = [
        ("valid-all-kinds", all.clone()),
        ("valid-pull-only", request(Block::default(), 42)),
        ("valid-one-event", request(Block::encode(&events[..1]), 7)),
        ("valid-relay", {
            let mut req = request(Block::encode(&events[..2]), 0);
            req.relay = Block::encode(&other);
            req.pull_check = 0x5eed;
            req
        }),
        ("refused-relay-of-own-events", {
            let mut req = request(Block::default(), 0);
            req.relay = Block::encode(&events);
            req
        }),
        ("refused-foreign-event-id", {
            let mut foreign = events.clone();
            foreign[0].id = Uuid::from_u128(0x01d);
            request(Block::encode(&foreign), 0)
        }),
        ("refused-implausible-quiz", {
            let mut quiz = events.clone();
            if let EventKind::QuizAttempted { correct, .. } = &mut quiz[2].kind {
                *correct = 3;
            }
            request(Block::encode(&quiz), 0)
        }),
        ("refused-other-device", request(Block::encode(&other), 0)),
        ("refused-two-groups", {
            let mut both = events.clone();
            both.extend(other.clone());
            request(Block::encode(&both), 0)
        }),
        ("refused-bad-string-index", {
            let mut block = Block::encode(&events);
            block.strings.truncate(1);
            request(block, 0)
        }),
    ];
    let mut seeds = Vec::new();
    for (name, req) in one_of_each {
        let packed = wire::pack(&req);
        seeds.push((format!("{name}-packed"), [&[0u8][..], &packed].concat()));
        seeds.push((
            format!("{name}-postcard"),
            [&[1u8][..], &unzlib(&packed)].concat(),
        ));
    }
    seeds.push(("refused-not-zlib".into(), b"\0not zlib at all".to_vec()));

    let key = device_key();
    let body = BundleBody {
        learner: Some(Uuid::from_u128(0x1ea)),
        device: DEVICE,
        device_key: key.public().bytes(),
        learner_name: "Awa Ndiaye".into(),
        created_ms: 1_790_000_000_000,
        events: Block::encode(&events),
    };
    let packed = wire::pack(&body);
    let mut file = MAGIC.to_vec();
    file.extend(key.public().bytes());
    file.extend(&packed);
    file.extend(key.sign(&file));
    seeds.push(("valid-bundle-file".into(), [&[2u8][..], &file].concat()));
    seeds.push((
        "valid-bundle-body".into(),
        [&[3u8][..], &unzlib(&packed)].concat(),
    ));
    let stranger = BundleBody {
        device_key: [1; 32],
        ..body
    };
    seeds.push((
        "refused-bundle-other-key".into(),
        [&[3u8][..], &unzlib(&wire::pack(&stranger))].concat(),
    ));
    // The stored-block wrapper the target uses, checked against a real decoder.
    assert_eq!(unzlib(&zlib_stored(b"stored")), b"stored");
    seeds
}

/// One event of every kind, recorded on `device`, numbered 1, 2, 3…
fn events(device: Uuid) -> Vec<Event> {
    let at = 1_790_000_000_000;
    let course = || "perceptions-communication-media".to_string();
    let lesson = || "first-lesson".to_string();
    let kinds = vec![
        EventKind::LessonOpened {
            course: course(),
            lesson: lesson(),
        },
        EventKind::TimeSpent {
            course: course(),
            lesson: lesson(),
            seconds: 95,
        },
        EventKind::QuizAttempted {
            course: course(),
            quiz: "basics-quiz".into(),
            answers: [("q1".to_string(), ["a".to_string()].into())].into(),
            correct: 1,
            total: 2,
            passed: false,
        },
        EventKind::NoteSaved {
            course: course(),
            lesson: lesson(),
            text: "Ask about the radio programme.".into(),
            hlc: Hlc {
                ms: at + 3,
                count: 1,
            },
            bases: vec![Uuid::from_u128(0xba5e)],
        },
        EventKind::LessonCompleted {
            course: course(),
            lesson: lesson(),
        },
        EventKind::ProgressCleared {
            course: course(),
            upto: None,
        },
        EventKind::ProgressCleared {
            course: course(),
            upto: Some([(device, 6), (Uuid::from_u128(0xd2), 40)].into()),
        },
    ];
    kinds
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let seq = i as u64 + 1;
            Event {
                id: Event::derived_id(device, seq),
                profile: Uuid::nil(),
                device,
                seq,
                at_ms: at + 1000 * i as i64,
                kind,
            }
        })
        .collect()
}

fn unzlib(packed: &[u8]) -> Vec<u8> {
    let mut raw = Vec::new();
    flate2::read::ZlibDecoder::new(packed)
        .read_to_end(&mut raw)
        .expect("our own zlib");
    raw
}
