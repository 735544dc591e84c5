//! Three laptops of one learner, random schedules: offline work, syncs, answers lost after
//! the server stored a request, requests cut half-way, the same batch twice. Whatever the
//! schedule, after everyone syncs twice all three hold exactly the same events, each event
//! ever recorded is on every laptop and on the server once, and they derive one state.

use std::collections::BTreeSet;

use lphm_test_support::proxy::Fault;
use proptest::prelude::*;
use uuid::Uuid;

use crate::harness::*;

#[derive(Debug, Clone)]
enum Step {
    /// Laptop `0` records `1` events of assorted kinds.
    Work(usize, usize),
    Sync(usize),
    /// The server stores the request but the answer is lost.
    SyncAnswerLost(usize),
    /// The request is cut after this many bytes.
    SyncCut(usize, usize),
    /// The laptop's unacknowledged events are sent again as they are, twice.
    Duplicate(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0..3usize, 1..40usize).prop_map(|(d, n)| Step::Work(d, n)),
        3 => (0..3usize).prop_map(Step::Sync),
        1 => (0..3usize).prop_map(Step::SyncAnswerLost),
        1 => (0..3usize, 50..600usize).prop_map(|(d, n)| Step::SyncCut(d, n)),
        1 => (0..3usize).prop_map(Step::Duplicate),
    ]
}

fn work(laptop: &Laptop, n: usize, salt: usize) {
    let lessons = [
        "why-perceptions-matter",
        "telling-the-story",
        "contact-and-words",
    ];
    for i in 0..n {
        let lesson = lessons[(i + salt) % lessons.len()];
        match (i + salt) % 4 {
            0 => drop(laptop.desk.complete_lesson(STARTER, lesson)),
            1 => drop(laptop.desk.record_time(STARTER, lesson, 1 + i as u32)),
            2 => drop(laptop.desk.open_lesson(STARTER, lesson)),
            _ => {
                let bases = laptop
                    .desk
                    .note(STARTER, lesson)
                    .unwrap()
                    .map(|n| n.bases)
                    .unwrap_or_default();
                laptop
                    .desk
                    .save_note(STARTER, lesson, &format!("note {salt}/{i}"), bases)
                    .unwrap();
            }
        }
    }
}

async fn run(steps: Vec<Step>) {
    let server = Server::sled().await;
    let proxy = proxy(&server).await;
    let (learner, first_code) = server.learner("Lerato").await;
    let laptops: Vec<Laptop> = (0..3).map(|i| Laptop::new("Lerato", 100 + i)).collect();
    // Each laptop enrolls with a one-time code of its own.
    laptops[0].enroll(&proxy.url(), &first_code).await;
    for laptop in &laptops[1..] {
        laptop
            .enroll(&proxy.url(), &server.code(learner).await)
            .await;
    }
    let mut recorded: BTreeSet<Uuid> = BTreeSet::new();
    for (i, step) in steps.into_iter().enumerate() {
        match step {
            Step::Work(d, n) => {
                let before = laptops[d].event_ids();
                work(&laptops[d], n, i);
                recorded.extend(laptops[d].event_ids().difference(&before).copied());
            }
            Step::Sync(d) => {
                proxy.set(Fault::Pass);
                laptops[d]
                    .desk
                    .sync_now()
                    .await
                    .expect("a plain sync succeeds");
            }
            Step::SyncAnswerLost(d) => {
                proxy.set(Fault::LoseResponse);
                let _ = laptops[d].desk.sync_now().await;
            }
            Step::SyncCut(d, n) => {
                proxy.set(Fault::CutRequestAfter(n));
                let _ = laptops[d].desk.sync_now().await;
            }
            Step::Duplicate(d) => {
                proxy.set(Fault::Pass);
                let l = &laptops[d];
                let events = l
                    .desk
                    .store()
                    .events_after(l.profile, l.desk.device(), 0, usize::MAX)
                    .unwrap();
                let en = l.desk.enrollment().unwrap().unwrap();
                for _ in 0..2 {
                    let body = lphm_sync::wire::pack(&lphm_sync::protocol::SyncRequest {
                        push: lphm_sync::wire::Block::encode(&events),
                        ..Default::default()
                    });
                    let r = reqwest::Client::new()
                        .post(format!("{}/v1/sync", en.server))
                        .bearer_auth(&en.token)
                        .body(body)
                        .send()
                        .await
                        .unwrap();
                    assert!(r.status().is_success());
                }
            }
        }
    }
    proxy.set(Fault::Pass);
    for _ in 0..2 {
        for laptop in &laptops {
            laptop
                .desk
                .sync_now()
                .await
                .expect("the final syncs succeed");
        }
    }
    assert_eq!(
        server.event_ids(learner).await,
        recorded,
        "the server holds every event once"
    );
    for (i, laptop) in laptops.iter().enumerate() {
        assert_eq!(
            laptop.event_ids(),
            recorded,
            "laptop {i} holds every event ever recorded"
        );
        assert_eq!(laptop.desk.sync_status().unwrap().waiting, 0);
        assert_eq!(
            laptop.summary(),
            laptops[0].summary(),
            "laptop {i} derives the same state"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]
    #[test]
    fn three_laptops_converge_with_every_event_whatever_the_schedule(steps in prop::collection::vec(step(), 1..14)) {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap()
            .block_on(run(steps));
    }
}
