//! The learner's agreement before enrolling: without it (or with an older statement's),
//! the laptop sends nothing at all and says `consent-needed`; with it, the version agreed
//! to and its date are kept with the enrollment, reported in the status, and still there
//! after the app is closed and opened again. On sled and on PostgreSQL.

use lphm_desk::{Consent, CONSENT_VERSION};

use crate::harness::*;

#[tokio::test]
async fn enrolling_asks_for_the_learners_agreement_on_sled() {
    enrolling_asks_for_agreement(Server::sled().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn enrolling_asks_for_the_learners_agreement_on_postgresql() {
    enrolling_asks_for_agreement(Server::postgres().await).await;
}

async fn enrolling_asks_for_agreement(server: Server) {
    let (learner, code) = server.learner("Awa Ndiaye").await;
    // Through a proxy that counts what passes: "nothing sent" means not one byte.
    let proxy = proxy(&server).await;
    let laptop = Laptop::new("Awa", 11);
    laptop.record(2);

    for agreed in [None, Some(CONSENT_VERSION - 1), Some(CONSENT_VERSION + 1)] {
        let refused = laptop
            .desk
            .enroll(&proxy.url(), &code, "laptop", agreed)
            .await
            .unwrap_err();
        assert_eq!(refused.code(), "consent-needed", "{agreed:?}: {refused:?}");
    }
    assert_eq!(
        proxy.bytes_up(),
        0,
        "nothing reaches the server before the learner agrees"
    );
    assert!(server
        .backend()
        .devices(Some(learner))
        .await
        .unwrap()
        .is_empty());
    let status = laptop.desk.sync_status().unwrap();
    assert!(!status.enrolled);
    assert_eq!(status.consent, None);

    let before = laptop.desk.sync_status().unwrap().now_ms;
    let enrollment = laptop
        .desk
        .enroll(&proxy.url(), &code, "laptop", Some(CONSENT_VERSION))
        .await
        .unwrap();
    let consent = enrollment.consent.expect("the agreement is kept");
    assert_eq!(consent.version, CONSENT_VERSION);
    assert!(
        before < consent.agreed_ms && consent.agreed_ms <= enrollment.enrolled_ms,
        "agreed when enrolling, by the desk's clock: {before} < {} <= {}",
        consent.agreed_ms,
        enrollment.enrolled_ms
    );
    assert_eq!(laptop.desk.sync_status().unwrap().consent, Some(consent));
    assert_eq!(
        server.backend().devices(Some(learner)).await.unwrap().len(),
        1
    );
    laptop.desk.sync_now().await.unwrap();
    assert_eq!(server.event_ids(learner).await, laptop.event_ids());

    // Kept in the store: the app closed and opened again reports the same agreement.
    let Laptop { desk, dir, .. } = laptop;
    drop(desk);
    let desk = open_desk_at(dir.path(), 12, 0);
    let status = desk.sync_status().unwrap();
    assert!(status.enrolled);
    assert_eq!(
        status.consent,
        Some(Consent {
            version: CONSENT_VERSION,
            agreed_ms: consent.agreed_ms
        })
    );
}
