//! HTTPS: enroll and sync over TLS with a self-signed certificate the client trusts.

use lphm_server::TlsFiles;

use crate::harness::{keys, on_both_backends, Kind, TestServer};

on_both_backends!(sync_over_https);

async fn sync_over_https(kind: Kind) {
    let s = TestServer::start_with(kind, |config, dir| {
        let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
        let (cert_file, key_file) = (dir.join("cert.pem"), dir.join("key.pem"));
        std::fs::write(&cert_file, cert.cert.pem()).unwrap();
        std::fs::write(&key_file, cert.signing_key.serialize_pem()).unwrap();
        config.tls = Some(TlsFiles {
            cert: cert_file,
            key: key_file,
        });
    })
    .await;
    assert!(s.url.starts_with("https://localhost:"), "{}", s.url);
    let (learner, a) = s.enrolled("Amina").await;
    let b = s.device(learner).await;
    assert_eq!(s.push(&a, &a.events(1..=5)).await.unwrap().acked, 5);
    let (pulled, _) = s.pull_all(&b, 0, 0).await;
    assert_eq!(keys(&pulled), keys(&a.events(1..=5)));

    // Plain HTTP to the TLS port gets nowhere.
    let plain = format!(
        "http://127.0.0.1:{}/v1/sync",
        s.server.as_ref().unwrap().local_addr().port()
    );
    let res = reqwest::Client::new().post(plain).send().await;
    assert!(res.is_err() || !res.unwrap().status().is_success());
}
