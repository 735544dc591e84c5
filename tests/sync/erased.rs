//! A learner erased on the server (GDPR), with real laptops on sled and PostgreSQL: the
//! laptop's next sync is refused with `learner-erased`, said in four languages; the
//! background sync stops trying that learner (another learner on the same laptop goes on
//! syncing); and every event the laptop holds is still there.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use lphm_desk::NewProfile;
use lphm_test_support::eventually_async;

use crate::harness::{now, Laptop, Server};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_erased_learner_s_laptop_is_told_stops_and_keeps_its_progress_on_sled() {
    erased(Server::sled().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_erased_learner_s_laptop_is_told_stops_and_keeps_its_progress_on_postgres() {
    erased(Server::postgres().await).await;
}

async fn erased(server: Server) {
    let (awa, awa_code) = server.learner("Awa Ndiaye").await;
    let (ben, ben_code) = server.learner("Ben Dlamini").await;
    // One laptop shared by two enrolled learners (an office laptop).
    let laptop = Laptop::new("Awa", 31);
    laptop.enroll(&server.url(), &awa_code).await;
    let ben_profile = laptop
        .desk
        .create_profile(NewProfile {
            name: "Ben".into(),
            authority: "City of Durban".into(),
            role: "Officer".into(),
            lang: "zu".into(),
        })
        .unwrap()
        .id;
    laptop.desk.switch_profile(ben_profile).unwrap();
    laptop.enroll(&server.url(), &ben_code).await;
    laptop.desk.switch_profile(laptop.profile).unwrap();

    laptop.record(3);
    laptop.desk.sync_now().await.unwrap();
    assert_eq!(server.event_ids(awa).await.len(), 3);

    lphm_server::privacy::erase(server.backend(), awa, now(), None, "the learner asked")
        .await
        .unwrap();
    laptop.record(2);
    let before = laptop.event_ids();
    let summary = laptop.summary();
    assert_eq!(before.len(), 5);

    let refused = laptop.desk.sync_now().await.unwrap_err();
    assert_eq!(refused.code(), "learner-erased", "{refused:?}");
    let status = laptop.desk.sync_status().unwrap();
    assert_eq!(status.last_error.unwrap().code(), "learner-erased");
    assert!(!lphm_desk::client::is_transient(&refused));
    assert!(lphm_desk::client::stops_sync(&refused));
    assert_eq!(
        laptop.desk.profiles_to_sync().unwrap(),
        vec![ben_profile],
        "the background sync leaves the erased learner alone"
    );
    let server_text = status.server.unwrap();
    for lang in lphm_i18n::LANGUAGES {
        let l10n = lphm_i18n::Localizer::new(lang).unwrap();
        let text = l10n.format(
            "error-learner-erased",
            &[("server", server_text.as_str().into())],
        );
        assert!(text.contains(&server_text), "{lang}: {text}");
    }

    // The background sync: Ben's progress goes through round after round; Awa's laptop
    // profile is never tried again.
    let tried: Arc<Mutex<HashMap<uuid::Uuid, usize>>> = Arc::default();
    let desk = Arc::new(laptop.desk);
    let seen = tried.clone();
    let worker = tokio::spawn(lphm_desk::client::run_worker(
        desk.clone(),
        lphm_desk::client::WorkerOptions {
            debounce: Duration::from_millis(20),
            period: Duration::from_millis(50),
            probe: Duration::from_millis(50),
            min_backoff: Duration::from_millis(10),
            max_backoff: Duration::from_millis(50),
            offline_fallback: Duration::from_millis(50),
        },
        move |profile| *seen.lock().unwrap().entry(profile).or_default() += 1,
    ));
    desk.switch_profile(ben_profile).unwrap();
    for round in 1..=3 {
        desk.record_time(crate::harness::STARTER, "telling-the-story", 30)
            .unwrap();
        let what = format!("Ben's event {round} to reach the server");
        eventually_async(Duration::from_secs(20), what, || async {
            server.event_ids(ben).await.len() >= round
                && tried
                    .lock()
                    .unwrap()
                    .get(&ben_profile)
                    .copied()
                    .unwrap_or(0)
                    > round
        })
        .await;
    }
    worker.abort();
    assert_eq!(
        tried.lock().unwrap().get(&laptop.profile),
        None,
        "the erased learner was not tried again"
    );

    // Nothing of the laptop's own progress was lost.
    assert_eq!(lphm_tests::event_ids(desk.store(), laptop.profile), before);
    assert_eq!(
        lphm_progress::Summary::from_events(&desk.store().events(laptop.profile).unwrap()),
        summary
    );
    assert!(server.event_ids(awa).await.is_empty());
}
