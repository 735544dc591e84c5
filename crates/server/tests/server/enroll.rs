//! Enrollment: a one-time code turns into a device token, once, before it expires.

use lphm_server::model::DAY_MS;
use lphm_sync::protocol::codes;

use crate::harness::{on_both_backends, Kind, TestDevice, TestServer};

on_both_backends!(
    valid_code_gives_a_working_token,
    code_works_once,
    expired_code,
    invalid_codes,
    concurrent_redeems_one_wins,
    the_same_laptop_may_redeem_again,
    only_the_same_laptop_soon_may_redeem_again,
    guessing_codes_is_rate_limited
);

async fn valid_code_gives_a_working_token(kind: Kind) {
    let s = TestServer::start(kind).await;
    let learner = s.learner("Amina").await;
    let code = s.code(learner).await;
    assert!(
        code.len() == 14 && code.chars().filter(|c| *c == '-').count() == 2,
        "a code reads as XXXX-XXXX-XXXX: {code}"
    );
    // Typed in lower case with spaces instead of dashes, it still works.
    let typed = code.to_lowercase().replace('-', " ");
    let mut device = TestDevice::new();
    let res = s.try_enroll(&typed, &device).await.unwrap();
    assert_eq!((res.learner, res.name.as_str()), (learner, "Amina"));
    assert_eq!(res.authority, "Test Authority");
    assert!(res.token.len() >= 43, "32 random bytes in base64url");
    device.token = res.token;
    let pushed = s.push(&device, &device.events(1..=2)).await.unwrap();
    assert_eq!(pushed.acked, 2);
    let registered = s
        .backend()
        .device(learner, device.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(registered.key, device.key.verifying_key().to_bytes());
    assert_eq!(registered.last_sync_ms, Some(crate::harness::T0));
}

async fn code_works_once(kind: Kind) {
    let s = TestServer::start(kind).await;
    let learner = s.learner("Ben").await;
    let code = s.code(learner).await;
    s.try_enroll(&code, &TestDevice::new()).await.unwrap();
    s.try_enroll(&code, &TestDevice::new())
        .await
        .unwrap_err()
        .expect(409, codes::CODE_USED);
}

async fn expired_code(kind: Kind) {
    let s = TestServer::start(kind).await;
    let learner = s.learner("Chen").await;
    let code = s.code(learner).await;
    s.clock.advance(14 * DAY_MS - 1);
    let almost = s.code(learner).await;
    s.clock.advance(1);
    s.try_enroll(&code, &TestDevice::new())
        .await
        .unwrap_err()
        .expect(410, codes::CODE_EXPIRED);
    s.try_enroll(&almost, &TestDevice::new())
        .await
        .expect("a code made later is still valid");
}

async fn invalid_codes(kind: Kind) {
    let s = TestServer::start(kind).await;
    let learner = s.learner("Dara").await;
    let good = s.code(learner).await;
    let device = TestDevice::new();
    for code in [
        "",
        "K7QM-3XWA-PD9",
        "K7QM-3XWA-PD9RX",
        "UUUU-UUUU-UUUU",
        "K7QM-3XWA-PD9R",
    ] {
        s.try_enroll(code, &device)
            .await
            .unwrap_err()
            .expect(404, codes::CODE_INVALID);
    }
    // A device key that is not 32 bytes of hex is malformed, and leaves the code unused.
    for key in ["", "abcd", &"zz".repeat(32), &"ab".repeat(33)] {
        let res = s
            .http
            .post(s.endpoint("/v1/enroll"))
            .json(&lphm_sync::protocol::EnrollRequest {
                code: good.clone(),
                device: device.id,
                device_name: "x".into(),
                device_key: key.to_string(),
                proof: String::new(),
            })
            .send()
            .await
            .unwrap();
        crate::harness::Refusal::read(res)
            .await
            .expect(400, codes::BODY_MALFORMED);
    }
    let res = s
        .http
        .post(s.endpoint("/v1/enroll"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    crate::harness::Refusal::read(res)
        .await
        .expect(400, codes::BODY_MALFORMED);
    s.try_enroll(&good, &device)
        .await
        .expect("the code is still unused");
}

async fn concurrent_redeems_one_wins(kind: Kind) {
    let s = TestServer::start(kind).await;
    let learner = s.learner("Eli").await;
    for _ in 0..5 {
        let code = s.code(learner).await;
        let (a, b) = (TestDevice::new(), TestDevice::new());
        let (ra, rb) = tokio::join!(s.try_enroll(&code, &a), s.try_enroll(&code, &b));
        let wins = [&ra, &rb].iter().filter(|r| r.is_ok()).count();
        assert_eq!(wins, 1, "exactly one redeem wins: {ra:?} {rb:?}");
        let loser = if ra.is_err() { ra } else { rb };
        loser.unwrap_err().expect(409, codes::CODE_USED);
    }
}

/// A laptop whose answer was lost asks again with the same code: it gets a new token, the
/// first one (which it never received) stops working, and nothing is registered twice.
async fn the_same_laptop_may_redeem_again(kind: Kind) {
    let s = TestServer::start(kind).await;
    let learner = s.learner("Fatou").await;
    let code = s.code(learner).await;
    let mut device = TestDevice::new();
    let lost = s.try_enroll(&code, &device).await.unwrap();
    s.clock.advance(10 * 60 * 1000);
    let again = s
        .try_enroll(&code.to_lowercase(), &device)
        .await
        .expect("the same laptop, proven by its key, may ask again");
    assert_eq!(again.learner, learner);
    assert_ne!(again.token, lost.token);

    device.token = lost.token;
    s.push(&device, &device.events(1..=1))
        .await
        .unwrap_err()
        .expect(401, codes::TOKEN_REFUSED);
    device.token = again.token;
    assert_eq!(
        s.push(&device, &device.events(1..=2)).await.unwrap().acked,
        2
    );
    assert_eq!(s.backend().devices(Some(learner)).await.unwrap().len(), 1);
}

/// Who may not redeem a used code: another laptop, the same laptop id with another key or
/// without the proof, the same laptop after ENROLL_RETRY_MS, and a revoked laptop.
async fn only_the_same_laptop_soon_may_redeem_again(kind: Kind) {
    use lphm_sync::protocol::ENROLL_RETRY_MS;
    let s = TestServer::start(kind).await;
    let learner = s.learner("Gosia").await;
    let code = s.code(learner).await;
    let device = TestDevice::new();
    s.try_enroll(&code, &device).await.unwrap();

    s.try_enroll(&code, &TestDevice::new())
        .await
        .unwrap_err()
        .expect(409, codes::CODE_USED);
    // Someone who learnt the laptop's id signs with their own key.
    let mut impostor = TestDevice::new();
    impostor.id = device.id;
    s.try_enroll(&code, &impostor)
        .await
        .unwrap_err()
        .expect(409, codes::CODE_USED);
    // The right id and public key, but no proof of holding the private key.
    let res = s
        .http
        .post(s.endpoint("/v1/enroll"))
        .json(&lphm_sync::protocol::EnrollRequest {
            code: code.clone(),
            device: device.id,
            device_name: "x".into(),
            device_key: hex::encode(device.key.verifying_key().to_bytes()),
            proof: String::new(),
        })
        .send()
        .await
        .unwrap();
    crate::harness::Refusal::read(res)
        .await
        .expect(409, codes::CODE_USED);

    s.clock.advance(ENROLL_RETRY_MS);
    s.try_enroll(&code, &device)
        .await
        .expect("still within the window");
    s.clock.advance(1);
    s.try_enroll(&code, &device)
        .await
        .unwrap_err()
        .expect(409, codes::CODE_USED);

    let code = s.code(learner).await;
    let other = TestDevice::new();
    s.try_enroll(&code, &other).await.unwrap();
    assert!(s.backend().revoke_device(learner, other.id).await.unwrap());
    s.try_enroll(&code, &other)
        .await
        .unwrap_err()
        .expect(409, codes::CODE_USED);
}

/// Guessing codes: after a burst of 30 attempts a minute from one address, the next is
/// refused with 429, `sync-too-many-attempts` and `Retry-After`, even with a good code;
/// another address is not held back; a minute later the good code works. (Before, about
/// 2,700 guesses a second were answered.)
async fn guessing_codes_is_rate_limited(kind: Kind) {
    let s = TestServer::start(kind).await;
    let learner = s.learner("Hana").await;
    let good = s.code(learner).await;
    let device = TestDevice::new();
    let limit = lphm_server::EnrollLimit::default().per_address.get();
    for i in 0..limit {
        s.try_enroll(&format!("0000-0000-{i:04}"), &device)
            .await
            .unwrap_err()
            .expect(404, codes::CODE_INVALID);
    }
    let res = s.enroll_raw(&s.http, &good, &device).await;
    let retry: u64 = res
        .headers()
        .get("retry-after")
        .expect("says when to try again")
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    crate::harness::Refusal::read(res)
        .await
        .expect(429, codes::TOO_MANY_ATTEMPTS);

    // Another address (loopback has 127.0.0.0/8) is not held back.
    let other = reqwest::Client::builder()
        .local_address(std::net::IpAddr::from([127, 0, 0, 2]))
        .build()
        .unwrap();
    let res = s.enroll_raw(&other, "0000-0000-ZZZZ", &device).await;
    crate::harness::Refusal::read(res)
        .await
        .expect(404, codes::CODE_INVALID);

    s.clock.advance(60_000);
    let res = s
        .try_enroll(&good, &device)
        .await
        .expect("a minute later, the good code works");
    assert_eq!(res.learner, learner);
}
