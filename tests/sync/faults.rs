//! Broken connections: a request cut half-way, an answer lost after the server stored the
//! request, a server restarted in the middle of a sync, a server that cannot be reached.
//! Each time the sync fails in words, nothing is lost or stored twice, and the next sync
//! finishes the job re-sending at most the batch that was in flight.

use std::time::Duration;

use lphm_test_support::eventually_async;
use lphm_test_support::proxy::Fault;

use crate::harness::*;

const BATCH: usize = 1_000;

#[tokio::test]
async fn a_request_cut_half_way_loses_and_duplicates_nothing() {
    let server = Server::sled().await;
    let proxy = proxy(&server).await;
    let (learner, code) = server.learner("Piotr Nowak").await;
    let laptop = Laptop::new("Piotr", 11);
    laptop.enroll(&proxy.url(), &code).await;
    laptop.record(1_200);

    proxy.set(Fault::CutRequestAfter(700));
    let cut = laptop.desk.sync_now().await.unwrap_err();
    assert!(
        ["sync-offline", "sync-bad-response"].contains(&cut.code()),
        "a cut reads as the network's fault: {cut:?}"
    );
    // Batches before the cut are stored and acknowledged; nothing of the cut one is.
    let waiting = laptop.desk.sync_status().unwrap().waiting;
    assert!(waiting > 0, "the cut batch is still waiting");
    assert_eq!(
        server.event_ids(learner).await.len() as u64,
        1_200 - waiting,
        "a half request stores nothing"
    );

    let done = laptop.desk.sync_now().await.unwrap();
    assert_eq!(done.pushed as u64, waiting);
    assert_eq!(server.event_ids(learner).await, laptop.event_ids());
    assert_eq!(laptop.desk.sync_status().unwrap().waiting, 0);
}

#[tokio::test]
async fn a_lost_answer_and_a_server_restart_mid_sync_resend_at_most_one_batch_on_sled() {
    lost_answer_and_restart(Server::sled().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_lost_answer_and_a_server_restart_mid_sync_resend_at_most_one_batch_on_postgresql() {
    lost_answer_and_restart(Server::postgres().await).await;
}

async fn lost_answer_and_restart(mut server: Server) {
    let proxy = proxy(&server).await;
    let (learner, code) = server.learner("Sipho Dlamini").await;
    let laptop = Laptop::new("Sipho", 12);
    laptop.enroll(&proxy.url(), &code).await;
    laptop.record(3 * BATCH);

    // First exchange passes; the second is stored by the server but its answer is lost.
    let sync = laptop.desk.sync_now();
    let (result, ()) = tokio::join!(sync, proxy.set_after_next_answer(Fault::LoseResponse));
    let lost = result.unwrap_err();
    assert!(
        ["sync-offline", "sync-bad-response", "sync-timeout"].contains(&lost.code()),
        "{lost:?}"
    );
    let acked_before = 3 * BATCH as u64 - laptop.desk.sync_status().unwrap().waiting;
    let on_server = server.event_ids(learner).await.len() as u64;
    assert!(
        on_server > acked_before,
        "the server stored the batch whose answer was lost"
    );

    server.restart().await;
    let up_before = proxy.bytes_up();
    let done = laptop.desk.sync_now().await.unwrap();
    assert_eq!(
        server.event_ids(learner).await,
        laptop.event_ids(),
        "all there, once each"
    );
    let resent = on_server - acked_before;
    assert!(
        resent <= BATCH as u64,
        "re-sent {resent} events, at most one batch"
    );
    assert_eq!(done.pushed as u64, 3 * BATCH as u64 - acked_before);
    println!(
        "after the lost answer: {} events re-sent, {} bytes up to finish",
        resent,
        proxy.bytes_up() - up_before
    );
}

#[tokio::test]
async fn an_unreachable_server_is_reported_offline_and_nothing_is_lost() {
    let server = Server::sled().await;
    let proxy = proxy(&server).await;
    let (learner, code) = server.learner("Marie Dubois").await;
    let laptop = Laptop::new("Marie", 13);
    laptop.enroll(&proxy.url(), &code).await;
    laptop.record(5);
    proxy.set(Fault::Down);
    let offline = laptop.desk.sync_now().await.unwrap_err();
    assert!(
        ["sync-offline", "sync-bad-response"].contains(&offline.code()),
        "{offline:?}"
    );
    let status = laptop.desk.sync_status().unwrap();
    assert_eq!(status.waiting, 5);
    assert_eq!(status.last_error.as_ref().unwrap().code(), offline.code());
    assert!(
        lphm_desk::client::is_transient(&offline),
        "retried by the background sync"
    );

    proxy.restore().await;
    laptop.desk.sync_now().await.unwrap();
    assert_eq!(server.event_ids(learner).await.len(), 5);
    let status = laptop.desk.sync_status().unwrap();
    assert!(status.last_error.is_none(), "a success clears the error");
}

#[tokio::test]
async fn the_background_sync_sends_new_events_and_resumes_when_the_link_returns() {
    let server = Server::sled().await;
    let proxy = proxy(&server).await;
    let (learner, code) = server.learner("Nomvula Zulu").await;
    let laptop = Laptop::new("Nomvula", 14);
    laptop.enroll(&proxy.url(), &code).await;
    let desk = std::sync::Arc::new(laptop.desk);
    let worker = tokio::spawn(lphm_desk::client::run_worker(
        desk.clone(),
        lphm_desk::client::WorkerOptions {
            debounce: std::time::Duration::from_millis(50),
            period: std::time::Duration::from_secs(3600),
            probe: std::time::Duration::from_millis(100),
            min_backoff: std::time::Duration::from_secs(60),
            max_backoff: std::time::Duration::from_secs(600),
            offline_fallback: std::time::Duration::from_secs(600),
        },
        |_| {},
    ));
    // Until the server holds `n` events and the laptop has its answer (else the link could
    // go down between the two, and the first event would still wait).
    let wait_for = |n: usize| {
        let (server, desk) = (&server, &desk);
        async move {
            let what = format!("the server to acknowledge {n} events");
            eventually_async(Duration::from_secs(20), what, || async {
                server.event_ids(learner).await.len() >= n
                    && desk.sync_status().unwrap().waiting == 0
            })
            .await
        }
    };
    desk.record_time(STARTER, "telling-the-story", 30).unwrap();
    wait_for(1).await;

    // The link goes down: the next event waits, the status says offline.
    proxy.set(Fault::Down);
    desk.complete_lesson(STARTER, "telling-the-story").unwrap();
    eventually_async(
        Duration::from_secs(20),
        "the failure to be shown",
        || async { desk.sync_status().unwrap().last_error.is_some() },
    )
    .await;
    assert_eq!(desk.sync_status().unwrap().waiting, 1);
    // The link returns: the probe notices it long before the one-minute backoff ends.
    proxy.set(Fault::Pass);
    wait_for(2).await;
    worker.abort();
}

/// The answer to an enrollment is lost (the server registered the laptop and made a token
/// the laptop never received): typing the same code again on the same laptop works,
/// instead of burning the one-time code.
#[tokio::test]
async fn a_lost_enrollment_answer_does_not_burn_the_code() {
    let server = Server::sled().await;
    let proxy = proxy(&server).await;
    let (learner, code) = server.learner("Awa Ndiaye").await;
    let laptop = Laptop::new("Awa", 13);
    laptop.record(3);

    proxy.set(Fault::LoseResponse);
    let lost = laptop
        .desk
        .enroll(
            &proxy.url(),
            &code,
            "test laptop",
            Some(lphm_desk::CONSENT_VERSION),
        )
        .await
        .unwrap_err();
    assert!(
        ["enroll-offline", "sync-bad-response"].contains(&lost.code()),
        "a lost answer reads as the network's fault, in words for a learner not yet connected: {lost:?}"
    );
    assert!(!laptop.desk.sync_status().unwrap().enrolled);
    let registered = server.backend().devices(Some(learner)).await.unwrap();
    assert_eq!(registered.len(), 1, "the server did register the laptop");

    proxy.set(Fault::Pass);
    let enrollment = laptop
        .desk
        .enroll(
            &proxy.url(),
            &code,
            "test laptop",
            Some(lphm_desk::CONSENT_VERSION),
        )
        .await
        .expect("the same laptop may redeem its code again");
    assert_eq!(enrollment.learner, learner);
    let done = laptop.desk.sync_now().await.unwrap();
    assert_eq!(done.pushed, 3);
    assert_eq!(server.event_ids(learner).await, laptop.event_ids());
    assert_eq!(
        server.backend().devices(Some(learner)).await.unwrap().len(),
        1,
        "still one registration"
    );

    // Another laptop with the same code is still refused.
    let other = Laptop::new("Someone else", 14);
    let refused = other
        .desk
        .enroll(
            &proxy.url(),
            &code,
            "test laptop",
            Some(lphm_desk::CONSENT_VERSION),
        )
        .await
        .unwrap_err();
    assert_eq!(refused.code(), "sync-code-used");
}
