//! Push, acknowledge and pull: duplicates, gaps, paging, restarts and concurrent devices.

use std::collections::BTreeMap;
use std::time::Duration;

use lphm_test_support::eventually_async_every;

use lphm_sync::protocol::SyncRequest;
use lphm_sync::wire::Block;

use crate::harness::{keys, on_both_backends, Kind, TestServer};

on_both_backends!(
    push_is_acked_and_stored_exactly,
    duplicate_push_is_ignored,
    pull_pages_with_cursor,
    own_events_are_not_returned,
    gaps_hold_back_acked,
    restart_keeps_everything,
    concurrent_pushes_are_pulled_exactly_once,
    history_checks_are_added_to_older_data,
);

async fn push_is_acked_and_stored_exactly(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner, device) = s.enrolled("Amina").await;
    let events = device.events(1..=10);
    let res = s.push(&device, &events).await.unwrap();
    assert_eq!(res.acked, 10);
    assert_eq!(res.cursor, 10, "own events advance the cursor");
    assert!(res.pulled.is_empty() && !res.more);
    assert_eq!(res.server_ms, crate::harness::T0);
    assert_eq!(s.stored(learner).await, events, "every field survives");
}

async fn duplicate_push_is_ignored(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner, device) = s.enrolled("Ben").await;
    let events = device.events(1..=5);
    assert_eq!(s.push(&device, &events).await.unwrap().acked, 5);
    // The same again (a lost answer), and an overlapping push.
    assert_eq!(s.push(&device, &events).await.unwrap().acked, 5);
    let res = s.push(&device, &device.events(4..=7)).await.unwrap();
    assert_eq!(res.acked, 7);
    assert_eq!(keys(&s.stored(learner).await), keys(&device.events(1..=7)));
}

async fn pull_pages_with_cursor(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner, a) = s.enrolled("Chen").await;
    let b = s.device(learner).await;
    let events = a.events(1..=23);
    s.push(&a, &events).await.unwrap();

    // Five at a time: 5, 5, 5, 5, 3, and `more` until the last page.
    let (mut after, mut check) = (0, 0);
    let mut pages = Vec::new();
    loop {
        let res = s
            .sync(
                &b,
                &SyncRequest {
                    push: Block::default(),
                    pull_after: after,
                    pull_limit: 5,
                    pull_check: check,
                    relay: Default::default(),
                },
            )
            .await
            .unwrap();
        assert!(!res.rewound);
        check = res.check;
        s.checks.lock().unwrap().insert(res.cursor, res.check);
        let page = res.pulled.decode(uuid::Uuid::nil()).unwrap();
        pages.push((page.len(), res.more));
        assert!(res.cursor > after || page.is_empty());
        after = res.cursor;
        assert_eq!(
            page,
            events[(pages.len() - 1) * 5..][..page.len()].to_vec(),
            "pages come in order, each field intact"
        );
        if !res.more {
            break;
        }
    }
    assert_eq!(
        pages,
        [(5, true), (5, true), (5, true), (5, true), (3, false)]
    );
    assert_eq!(after, 23);
    // Nothing new: an empty answer at the same cursor.
    let (again, cursor) = s.pull_all(&b, after, 5).await;
    assert!(again.is_empty());
    assert_eq!(cursor, 23);
    // Limit 0 means as many as the server allows.
    let (all, _) = s.pull_all(&b, 0, 0).await;
    assert_eq!(all, events);
}

async fn own_events_are_not_returned(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner, a) = s.enrolled("Dara").await;
    let b = s.device(learner).await;
    s.push(&a, &a.events(1..=3)).await.unwrap();
    s.push(&b, &b.events(1..=4)).await.unwrap();
    s.push(&a, &a.events(4..=5)).await.unwrap();

    let (to_a, cursor_a) = s.pull_all(&a, 0, 2).await;
    assert_eq!(keys(&to_a), keys(&b.events(1..=4)));
    assert_eq!(cursor_a, 9);
    let (to_b, cursor_b) = s.pull_all(&b, 0, 2).await;
    assert_eq!(keys(&to_b), keys(&a.events(1..=5)));
    assert_eq!(cursor_b, 9);
}

async fn gaps_hold_back_acked(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner, device) = s.enrolled("Eli").await;
    let res = s.push(&device, &device.events([1, 2, 4])).await.unwrap();
    assert_eq!(res.acked, 2, "4 is held but 3 is missing");
    let res = s.push(&device, &device.events([6])).await.unwrap();
    assert_eq!(res.acked, 2);
    let res = s.push(&device, &device.events([3])).await.unwrap();
    assert_eq!(res.acked, 4, "3 closes the gap up to 4; 5 is still missing");
    let res = s.push(&device, &device.events([5])).await.unwrap();
    assert_eq!(res.acked, 6);
    assert_eq!(s.stored(learner).await.len(), 6);
}

async fn restart_keeps_everything(kind: Kind) {
    let mut s = TestServer::start(kind).await;
    let (learner, a) = s.enrolled("Fatou").await;
    let b = s.device(learner).await;
    let events = a.events(1..=12);
    s.push(&a, &events).await.unwrap();
    let code = s.code(learner).await;

    s.restart().await;

    assert_eq!(
        s.push(&a, &[]).await.unwrap().acked,
        12,
        "the token still works"
    );
    let (pulled, cursor) = s.pull_all(&b, 0, 0).await;
    assert_eq!((pulled, cursor), (events, 12));
    s.try_enroll(&code, &crate::harness::TestDevice::new())
        .await
        .expect("an unused code survives a restart");
    s.push(&a, &a.events(13..=14)).await.unwrap();
    let (pulled, cursor) = s.pull_all(&b, 12, 0).await;
    assert_eq!((keys(&pulled), cursor), (keys(&a.events(13..=14)), 14));
}

/// Two devices push at once while a third pulls over and over with a small page: every
/// event arrives exactly once. This guards the rule that `server_seq` follows commit order.
async fn concurrent_pushes_are_pulled_exactly_once(kind: Kind) {
    const BATCHES: u64 = 25;
    const PER_BATCH: u64 = 40;
    let s = TestServer::start(kind).await;
    let (learner, a) = s.enrolled("Gift").await;
    let b = s.device(learner).await;
    let reader = s.device(learner).await;

    async fn push_all(s: &TestServer, device: &crate::harness::TestDevice) {
        let events = device.events(1..=BATCHES * PER_BATCH);
        for batch in events.chunks(PER_BATCH as usize) {
            s.push(device, batch).await.unwrap();
        }
    }
    let pushing = async { tokio::join!(push_all(&s, &a), push_all(&s, &b)) };
    let reading = async {
        let want = (2 * BATCHES * PER_BATCH) as usize;
        // (every event pulled so far with its count, the cursor)
        let state = std::sync::Mutex::new((BTreeMap::<(uuid::Uuid, u64), usize>::new(), 0));
        let pulled = &state;
        let reader = &reader;
        let s = &s;
        let what = format!("the reader to pull all {want} events");
        // Pulling again at once, while the pushes go on, is what the test is about.
        eventually_async_every(
            Duration::from_secs(120),
            Duration::ZERO,
            what,
            || async move {
                let after = pulled.lock().unwrap().1;
                let (page, cursor) = s.pull_all(reader, after, 17).await;
                assert!(cursor >= after, "the cursor never goes back");
                let mut pulled = pulled.lock().unwrap();
                pulled.1 = cursor;
                for e in page {
                    *pulled.0.entry((e.device, e.seq)).or_default() += 1;
                }
                if pulled.0.len() < want {
                    Err(format!("pulled {} of {want}", pulled.0.len()))
                } else {
                    Ok(())
                }
            },
        )
        .await;
        state.into_inner().unwrap()
    };
    let (_, (seen, after)) = tokio::join!(pushing, reading);
    assert_eq!(seen.len(), (2 * BATCHES * PER_BATCH) as usize);
    let repeated: Vec<_> = seen.iter().filter(|(_, n)| **n != 1).collect();
    assert!(repeated.is_empty(), "pulled more than once: {repeated:?}");
    let (rest, _) = s.pull_all(&reader, after, 17).await;
    assert!(rest.is_empty(), "nothing was skipped and left behind");
}

/// A server upgraded from a version without history checks computes them for the events
/// it holds, the same as it would have: a laptop's cursor stays valid (no pull from the
/// beginning) and new events follow on.
async fn history_checks_are_added_to_older_data(kind: Kind) {
    let mut s = TestServer::start(kind).await;
    let (learner, a) = s.enrolled("Hana").await;
    let b = s.device(learner).await;
    s.push(&a, &a.events(1..=12)).await.unwrap();
    let (_, cursor) = s.pull_all(&b, 0, 0).await;
    assert_eq!(cursor, 12);

    s.while_stopped(|config| match &config.backend {
        lphm_server::BackendConfig::Sled { dir } => {
            let db = sled::open(dir).unwrap();
            assert!(db.drop_tree("chains").unwrap(), "there were checks to drop");
            db.open_tree("meta").unwrap().remove("chains").unwrap();
            db.flush().unwrap();
        }
        lphm_server::BackendConfig::Postgres { url } => {
            lphm_test_support::postgres::shared().sql_on(
                url,
                "UPDATE events SET chain = NULL; DELETE FROM lphm_meta WHERE key = 'chains'",
            );
        }
    })
    .await;

    s.push(&a, &a.events(13..=14)).await.unwrap();
    // pull_all asserts that the cursor's check still matches.
    let (pulled, cursor) = s.pull_all(&b, 12, 0).await;
    assert_eq!((keys(&pulled), cursor), (keys(&a.events(13..=14)), 14));
}
