//! Tokens: a token reaches only its own learner's records; missing, unknown and revoked
//! tokens are refused.

use lphm_sync::protocol::{codes, SyncRequest};
use lphm_sync::wire::Block;

use crate::harness::{keys, on_both_backends, Kind, TestServer};

on_both_backends!(
    learners_are_isolated,
    push_for_another_device_is_refused,
    revoked_device_is_refused,
    revoking_a_shared_laptop_for_one_learner,
    missing_and_unknown_tokens
);

async fn learners_are_isolated(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner_a, a1) = s.enrolled("Amina").await;
    let a2 = s.device(learner_a).await;
    let (learner_b, b1) = s.enrolled("Ben").await;
    let b2 = s.device(learner_b).await;
    s.push(&a1, &a1.events(1..=4)).await.unwrap();
    s.push(&b1, &b1.events(1..=6)).await.unwrap();

    let (to_a2, cursor) = s.pull_all(&a2, 0, 0).await;
    assert_eq!(
        keys(&to_a2),
        keys(&a1.events(1..=4)),
        "A sees only A's events"
    );
    assert_eq!(cursor, 4, "numbers are per learner");
    let (to_b2, _) = s.pull_all(&b2, 0, 0).await;
    assert_eq!(keys(&to_b2), keys(&b1.events(1..=6)));

    // A's token pushes: the events land under A whatever they say.
    s.push(&a2, &a2.events(1..=2)).await.unwrap();
    assert_eq!(s.stored(learner_a).await.len(), 6);
    assert_eq!(s.stored(learner_b).await.len(), 6);
    let (to_b2, _) = s.pull_all(&b2, 0, 0).await;
    assert_eq!(to_b2.len(), 6);
}

async fn push_for_another_device_is_refused(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner_a, a1) = s.enrolled("Chen").await;
    let a2 = s.device(learner_a).await;
    let (learner_b, b1) = s.enrolled("Dara").await;
    // B's device's events with A's token; A's other device's events; both in one push.
    for events in [
        b1.events(1..=2),
        a2.events(1..=2),
        [a1.events(1..=1), b1.events(1..=1)].concat(),
    ] {
        s.push(&a1, &events)
            .await
            .unwrap_err()
            .expect(403, codes::WRONG_DEVICE);
    }
    assert!(s.stored(learner_a).await.is_empty());
    assert!(s.stored(learner_b).await.is_empty());
}

async fn revoked_device_is_refused(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner, a) = s.enrolled("Eli").await;
    let b = s.device(learner).await;
    // A second token for the same laptop, from a second code.
    let mut a_again = crate::harness::TestDevice::new();
    a_again.id = a.id;
    a_again.key = a.key.clone();
    let code = s.code(learner).await;
    a_again.token = s.try_enroll(&code, &a_again).await.unwrap().token;
    s.push(&a, &a.events(1..=2)).await.unwrap();

    assert!(s.backend().revoke_device(learner, a.id).await.unwrap());
    for token_holder in [&a, &a_again] {
        s.push(token_holder, &a.events(3..=3))
            .await
            .unwrap_err()
            .expect(401, codes::TOKEN_REFUSED);
    }
    assert_eq!(s.stored(learner).await.len(), 2);
    assert!(
        s.backend()
            .device(learner, a.id)
            .await
            .unwrap()
            .unwrap()
            .revoked
    );
    s.push(&b, &b.events(1..=1))
        .await
        .expect("other devices carry on");
    assert!(!s
        .backend()
        .revoke_device(learner, uuid::Uuid::new_v4())
        .await
        .unwrap());
}

async fn missing_and_unknown_tokens(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner, device) = s.enrolled("Fatou").await;
    let body = lphm_sync::wire::pack(&SyncRequest {
        push: Block::encode(&device.events(1..=1)),
        pull_after: 0,
        pull_limit: 0,
        pull_check: 0,
        relay: Default::default(),
    });
    let cases: [(Option<&str>, &str); 4] = [
        (None, codes::TOKEN_MISSING),
        (Some("not-a-token"), codes::TOKEN_REFUSED),
        (Some(""), codes::TOKEN_REFUSED),
        (Some(&"A".repeat(43)), codes::TOKEN_REFUSED),
    ];
    for (token, code) in cases {
        let res = s.post_sync(token, body.clone()).await;
        crate::harness::Refusal::read(res).await.expect(401, code);
    }
    for path in ["/v1/catalogue", "/v1/packages/x.lphm"] {
        let res = s.http.get(s.endpoint(path)).send().await.unwrap();
        crate::harness::Refusal::read(res)
            .await
            .expect(401, codes::TOKEN_MISSING);
    }
    assert!(s.stored(learner).await.is_empty());
}

/// One laptop, two officials sharing it (two profiles, each enrolled): revoking it for one
/// leaves the other's registration and token working. (Before, `revoke` took every
/// learner's registration of that device id.)
async fn revoking_a_shared_laptop_for_one_learner(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (amina, a) = s.enrolled("Amina").await;
    let ben = s.learner("Ben").await;
    let mut b = crate::harness::TestDevice::new();
    b.id = a.id;
    b.key = a.key.clone();
    b.token = s.try_enroll(&s.code(ben).await, &b).await.unwrap().token;

    let err = lphm_server::admin::revoke_device(s.backend(), a.id, None)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("--learner"),
        "says what to do: {err}"
    );
    assert_eq!(
        lphm_server::admin::revoke_device(s.backend(), a.id, Some(amina))
            .await
            .unwrap(),
        amina
    );
    s.push(&a, &a.events(1..=1))
        .await
        .unwrap_err()
        .expect(401, codes::TOKEN_REFUSED);
    s.push(&b, &b.events(1..=2))
        .await
        .expect("Ben's profile on the same laptop carries on");
    assert!(
        !s.backend()
            .device(ben, b.id)
            .await
            .unwrap()
            .unwrap()
            .revoked
    );
    assert!(
        s.backend()
            .device(amina, a.id)
            .await
            .unwrap()
            .unwrap()
            .revoked
    );
}
