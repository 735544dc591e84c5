//! Hostile or broken requests: each gets a clear 4xx with its code, nothing is stored, and
//! the server answers the next good request.

use std::io::Write;

use lphm_sync::protocol::{codes, SyncRequest, MAX_BODY, MAX_PUSH_EVENTS, MAX_UNPACKED};
use lphm_sync::wire::{self, Block, Group, WireEvent, WireKind};

use crate::harness::{on_both_backends, Kind, TestDevice, TestServer};

on_both_backends!(
    bad_sync_bodies_are_refused,
    unknown_paths,
    implausible_values_are_refused
);

fn zlib(bytes: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(bytes).unwrap();
    z.finish().unwrap()
}

fn request(push: Block) -> Vec<u8> {
    wire::pack(&SyncRequest {
        push,
        pull_after: 0,
        pull_limit: 0,
        pull_check: 0,
        relay: Default::default(),
    })
}

/// A block of `device` with one event whose kind is `kind`.
fn one(device: &TestDevice, strings: Vec<String>, kind: WireKind) -> Block {
    Block {
        strings,
        groups: vec![Group {
            device: device.id,
            events: vec![WireEvent {
                seq_delta: 1,
                dt_ms: 0,
                id: None,
                kind,
            }],
        }],
    }
}

async fn bad_sync_bodies_are_refused(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner, device) = s.enrolled("Amina").await;
    let watcher = s.device(learner).await;

    let many = device.events(1..=MAX_PUSH_EVENTS as u64 + 1);
    let mut pseudo = 0x2545_F491_4F6C_DD1Du64;
    let noise: Vec<u8> = (0..MAX_BODY + 10)
        .map(|_| {
            pseudo ^= pseudo << 13;
            pseudo ^= pseudo >> 7;
            pseudo ^= pseudo << 17;
            pseudo as u8
        })
        .collect();
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        ("empty body", vec![], 400, codes::BODY_MALFORMED),
        (
            "not compressed",
            b"hello, server".to_vec(),
            400,
            codes::BODY_MALFORMED,
        ),
        (
            "garbage compression",
            [0x78, 0x9c, 0xff, 0xfe, 0x00, 0x12, 0x34].to_vec(),
            400,
            codes::BODY_MALFORMED,
        ),
        (
            "truncated",
            request(Block::encode(&device.events(1..=3)))[..20].to_vec(),
            400,
            codes::BODY_MALFORMED,
        ),
        (
            "compressed garbage",
            zlib(&[0xff; 64]),
            400,
            codes::BODY_MALFORMED,
        ),
        (
            "trailing bytes",
            zlib(&[postcard_request(), vec![0, 0, 0]].concat()),
            400,
            codes::BODY_MALFORMED,
        ),
        (
            "a zlib bomb",
            zlib(&vec![0u8; MAX_UNPACKED + 1024]),
            413,
            codes::BODY_TOO_LARGE,
        ),
        ("over MAX_BODY", noise, 413, codes::BODY_TOO_LARGE),
        (
            "too many events",
            request(Block::encode(&many)),
            413,
            codes::TOO_MANY_EVENTS,
        ),
        (
            "string index out of range",
            request(one(
                &device,
                vec!["c".into()],
                WireKind::Opened {
                    course: 0,
                    lesson: 7,
                },
            )),
            400,
            codes::BODY_MALFORMED,
        ),
        (
            "an id longer than MAX_ID",
            request(one(
                &device,
                vec!["c".repeat(201), "l".into()],
                WireKind::Opened {
                    course: 0,
                    lesson: 1,
                },
            )),
            400,
            codes::BODY_MALFORMED,
        ),
        (
            "a note longer than MAX_TEXT",
            request(one(
                &device,
                vec!["c".into(), "l".into()],
                WireKind::Note {
                    course: 0,
                    lesson: 1,
                    text: "n".repeat(64 * 1024 + 1),
                    hlc_dms: 0,
                    hlc_count: 0,
                    bases: vec![],
                },
            )),
            400,
            codes::BODY_MALFORMED,
        ),
        (
            "seq 0",
            request(zero_seq(&device)),
            400,
            codes::BODY_MALFORMED,
        ),
    ];
    for (what, body, status, code) in cases {
        let res = s.post_sync(Some(&device.token), body).await;
        let refusal = crate::harness::Refusal::read(res).await;
        assert_eq!(
            (refusal.status.as_u16(), refusal.body.code.as_str()),
            (status, code),
            "{what}: {refusal:?}"
        );
        assert!(
            s.stored(learner).await.is_empty(),
            "{what}: nothing is stored"
        );
        let (pulled, cursor) = s.pull_all(&watcher, 0, 0).await;
        assert!(pulled.is_empty() && cursor == 0, "{what}: nothing to pull");
    }
    // The server carries on.
    let res = s.push(&device, &device.events(1..=3)).await.unwrap();
    assert_eq!(res.acked, 3);
}

/// A well-formed request, postcard only (no zlib).
fn postcard_request() -> Vec<u8> {
    let packed = request(Block::default());
    let mut raw = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::ZlibDecoder::new(&packed[..]), &mut raw).unwrap();
    raw
}

fn zero_seq(device: &TestDevice) -> Block {
    let mut b = one(
        device,
        vec!["c".into(), "l".into()],
        WireKind::Opened {
            course: 0,
            lesson: 1,
        },
    );
    b.groups[0].events[0].seq_delta = 0;
    b
}

async fn unknown_paths(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (_, device) = s.enrolled("Ben").await;
    let body = request(Block::default());
    let cases = [
        ("POST", "/v2/sync", 404, codes::VERSION_UNKNOWN),
        ("POST", "/v0/sync", 404, codes::VERSION_UNKNOWN),
        ("GET", "/", 404, codes::VERSION_UNKNOWN),
        ("GET", "/sync", 404, codes::VERSION_UNKNOWN),
        ("POST", "/v1/push", 404, codes::NOT_FOUND),
        ("GET", "/v1", 404, codes::NOT_FOUND),
        ("GET", "/v1/sync", 405, codes::NOT_FOUND),
    ];
    for (method, path, status, code) in cases {
        let res = s
            .http
            .request(method.parse().unwrap(), s.endpoint(path))
            .bearer_auth(&device.token)
            .body(body.clone())
            .send()
            .await
            .unwrap();
        let refusal = crate::harness::Refusal::read(res).await;
        assert_eq!(
            (refusal.status.as_u16(), refusal.body.code.as_str()),
            (status, code),
            "{method} {path}"
        );
    }
    s.push(&device, &device.events(1..=1))
        .await
        .expect("still serving");
}

/// Well-formed events no app could have recorded: a reading time of 4.29·10⁹ s, a quiz
/// score above its question count, a course id no course can have. Each push is refused
/// with `sync-value-invalid` naming the event, nothing of it is stored, and a progress file
/// carrying one is refused too. (Before, all were stored and counted in the report.)
async fn implausible_values_are_refused(kind: Kind) {
    use lphm_progress::{Event, EventKind, MAX_SITTING_SECONDS};
    let s = TestServer::start(kind).await;
    let (learner, device) = s.enrolled("Chen").await;
    let good = device.events(1..=2);
    let bad = |kind: EventKind| {
        let mut e = device.events(3..=3).remove(0);
        e.kind = kind;
        e
    };
    let time = |seconds| EventKind::TimeSpent {
        course: "course-1".into(),
        lesson: "lesson-1".into(),
        seconds,
    };
    let quiz = |correct, total, answered: usize| EventKind::QuizAttempted {
        course: "course-1".into(),
        quiz: "quiz-1".into(),
        answers: (0..answered)
            .map(|i| (format!("q{i}"), ["a".to_string()].into()))
            .collect(),
        correct,
        total,
        passed: true,
    };
    // An event that takes the identity of another device's event.
    let mut forged = device.events(3..=3).remove(0);
    forged.id = Event::derived_id(uuid::Uuid::new_v4(), 1);
    let cases: Vec<(Event, &str)> = vec![
        (forged, "is not the one derived from its device and number"),
        (bad(time(u32::MAX)), "4294967295 s"),
        (bad(time(MAX_SITTING_SECONDS + 1)), "14401 s"),
        (bad(time(0)), "0 s"),
        (bad(quiz(7, 5, 1)), "7 correct answers out of 5"),
        (bad(quiz(0, 0, 0)), "0 questions"),
        (bad(quiz(1, 2, 3)), "3 questions answered"),
        (
            bad(EventKind::LessonOpened {
                course: "../../etc".into(),
                lesson: "lesson-1".into(),
            }),
            "\"../../etc\" is not a course",
        ),
        (
            bad(EventKind::LessonCompleted {
                course: "course-1".into(),
                lesson: "Lesson One".into(),
            }),
            "\"Lesson One\"",
        ),
    ];
    for (event, says) in cases {
        let mut push = good.clone();
        push.push(event.clone());
        let refusal = s.push(&device, &push).await.unwrap_err();
        refusal.expect(400, codes::VALUE_INVALID);
        assert!(
            refusal.body.detail.contains("event 3") && refusal.body.detail.contains(says),
            "names the event and the value ({says}): {}",
            refusal.body.detail
        );
        assert!(
            s.stored(learner).await.is_empty(),
            "nothing of the push stored"
        );
        let file = crate::bundle::bundle_of_events(&device, Some(learner), &push);
        let err = lphm_server::admin::import_bundle(s.backend(), &file, None, crate::harness::T0)
            .await
            .unwrap_err();
        assert!(err.to_string().contains(says), "{err}");
        assert!(s.stored(learner).await.is_empty());
    }
    // The limits themselves are fine.
    let mut push = good.clone();
    push.push(bad(time(MAX_SITTING_SECONDS)));
    assert_eq!(s.push(&device, &push).await.unwrap().acked, 3);
}
