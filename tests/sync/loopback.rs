//! Two laptops of one learner and a real server: they converge, whatever arrives twice or
//! out of order; the status says what happened; the wrong code or a withdrawn token is
//! refused in words.

use lphm_progress::Event;
use lphm_sync::protocol::{SyncRequest, SyncResponse, MAX_UNPACKED, PACKED};
use lphm_sync::wire::{pack, unpack, Block};

use crate::harness::*;

/// Posts a raw exchange with `laptop`'s token, as a retrying or confused client would.
async fn raw_exchange(laptop: &Laptop, request: &SyncRequest) -> SyncResponse {
    let en = laptop.desk.enrollment().unwrap().unwrap();
    let response = reqwest::Client::new()
        .post(format!("{}/v1/sync", en.server))
        .bearer_auth(&en.token)
        .header("content-type", PACKED)
        .body(pack(request))
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success(), "{}", response.status());
    unpack(&response.bytes().await.unwrap(), MAX_UNPACKED).unwrap()
}

fn own_events(laptop: &Laptop) -> Vec<Event> {
    laptop
        .desk
        .store()
        .events_after(laptop.profile, laptop.desk.device(), 0, usize::MAX)
        .unwrap()
}

#[tokio::test]
async fn two_laptops_of_one_learner_converge_with_every_event_on_sled() {
    two_laptops_converge(Server::sled().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_laptops_of_one_learner_converge_with_every_event_on_postgresql() {
    two_laptops_converge(Server::postgres().await).await;
}

async fn two_laptops_converge(server: Server) {
    let (learner, code_a) = server.learner("Thandi Mkhize").await;
    let code_b = server.code(learner).await;
    let office = Laptop::new("Thandi", 1);
    let home = Laptop::new("Thandi M.", 2);
    office.enroll(&server.url(), &code_a).await;
    home.enroll(&server.url(), &code_b).await;
    assert_eq!(
        office.desk.enrollment().unwrap().unwrap().name,
        "Thandi Mkhize"
    );

    // Offline work on both, including a quiz and a note on the same lesson.
    office.study(STARTER, 1);
    home.study(CURRICULUM, 1);
    office
        .desk
        .save_note(
            STARTER,
            "telling-the-story",
            "Call the radio station",
            vec![],
        )
        .unwrap();
    home.desk
        .save_note(
            STARTER,
            "telling-the-story",
            "Prepare three key messages",
            vec![],
        )
        .unwrap();
    let recorded: Vec<_> = office
        .event_ids()
        .into_iter()
        .chain(home.event_ids())
        .collect();
    assert_eq!(
        office.desk.sync_status().unwrap().waiting,
        office.event_ids().len() as u64
    );

    let first = office.desk.sync_now().await.unwrap();
    assert_eq!(first.pushed, office.event_ids().len());
    let second = home.desk.sync_now().await.unwrap();
    assert_eq!(
        second.pulled, first.pushed,
        "home receives everything office sent"
    );
    let third = office.desk.sync_now().await.unwrap();
    assert_eq!(third.pulled, second.pushed);
    assert_eq!(third.pushed, 0, "nothing is sent twice");

    let all: std::collections::BTreeSet<_> = recorded.into_iter().collect();
    assert_eq!(
        office.event_ids(),
        all,
        "every event is on the office laptop"
    );
    assert_eq!(home.event_ids(), all, "every event is on the home laptop");
    assert_eq!(
        server.event_ids(learner).await,
        all,
        "and on the server, once each"
    );
    assert_eq!(office.summary(), home.summary());

    // The concurrent notes: both see the same winner and the other version beside it.
    let a = office
        .desk
        .note(STARTER, "telling-the-story")
        .unwrap()
        .unwrap();
    let b = home
        .desk
        .note(STARTER, "telling-the-story")
        .unwrap()
        .unwrap();
    assert_eq!(a, b);
    assert_eq!(a.conflicts.len(), 1, "the losing version is kept: {a:?}");
    let texts = [a.text.clone(), a.conflicts[0].text.clone()];
    assert!(texts.contains(&"Call the radio station".to_string()));
    assert!(texts.contains(&"Prepare three key messages".to_string()));
    // Saving a combined note on one laptop resolves it on both.
    office
        .desk
        .save_note(
            STARTER,
            "telling-the-story",
            "Radio, and three key messages",
            a.bases,
        )
        .unwrap();
    office.desk.sync_now().await.unwrap();
    home.desk.sync_now().await.unwrap();
    let b = home
        .desk
        .note(STARTER, "telling-the-story")
        .unwrap()
        .unwrap();
    assert_eq!(b.text, "Radio, and three key messages");
    assert!(b.conflicts.is_empty());

    // Bookmarks set on each laptop reach the other, and so does a removal: the last one
    // decides on both.
    office
        .desk
        .set_bookmark(STARTER, "telling-the-story", true)
        .unwrap();
    home.desk
        .set_bookmark(CURRICULUM, "ps-health-for-all", true)
        .unwrap();
    office.desk.sync_now().await.unwrap();
    home.desk.sync_now().await.unwrap();
    office.desk.sync_now().await.unwrap();
    let marked = |laptop: &Laptop| -> Vec<(String, String)> {
        let notes = laptop.desk.my_notes().unwrap();
        notes
            .entries
            .into_iter()
            .filter(|e| e.bookmarked)
            .map(|e| (e.course, e.lesson))
            .collect()
    };
    assert_eq!(marked(&office), marked(&home));
    assert_eq!(marked(&office).len(), 2);
    home.desk
        .set_bookmark(STARTER, "telling-the-story", false)
        .unwrap();
    home.desk.sync_now().await.unwrap();
    office.desk.sync_now().await.unwrap();
    assert_eq!(
        marked(&office),
        [(CURRICULUM.to_string(), "ps-health-for-all".to_string())],
        "removed on the home laptop, so removed on the office one"
    );
    assert_eq!(office.summary(), home.summary());

    let status = office.desk.sync_status().unwrap();
    assert!(status.enrolled && !status.syncing);
    assert_eq!(status.waiting, 0);
    assert!(status.last_ok_ms.is_some() && status.last_error.is_none());
}

#[tokio::test]
async fn duplicates_and_reordered_batches_change_nothing() {
    let server = Server::sled().await;
    let (learner, code_a) = server.learner("Jan Kowalski").await;
    let code_b = server.code(learner).await;
    let a = Laptop::new("Jan", 3);
    let b = Laptop::new("Jan", 4);
    a.enroll(&server.url(), &code_a).await;
    b.enroll(&server.url(), &code_b).await;
    a.record(30);
    let events = own_events(&a);

    // The second half first: the server keeps it but acknowledges nothing past the gap.
    let late = raw_exchange(
        &a,
        &SyncRequest {
            push: Block::encode(&events[15..]),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(late.acked, 0, "events 16..30 are held, 1..15 are missing");
    let early = raw_exchange(
        &a,
        &SyncRequest {
            push: Block::encode(&events[..15]),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(early.acked, 30, "the gap is filled");
    // The same batches again, and overlapping ones.
    for range in [0..30, 10..20, 29..30] {
        let again = raw_exchange(
            &a,
            &SyncRequest {
                push: Block::encode(&events[range]),
                ..Default::default()
            },
        )
        .await;
        assert_eq!(again.acked, 30);
    }
    assert_eq!(
        server.event_ids(learner).await.len(),
        30,
        "no event stored twice"
    );

    // The laptop's own sync (it never saw those answers) sends its batch once more and
    // learns that all is acknowledged; the server still holds each event once.
    a.desk.sync_now().await.unwrap();
    assert_eq!(a.desk.sync_status().unwrap().waiting, 0);
    assert_eq!(server.event_ids(learner).await.len(), 30);
    let pulled = b.desk.sync_now().await.unwrap();
    assert_eq!(pulled.pulled, 30);
    // Pulling from an old cursor again (a lost answer) adds nothing twice.
    let replay = raw_exchange(
        &b,
        &SyncRequest {
            pull_after: 0,
            ..Default::default()
        },
    )
    .await;
    b.desk
        .store()
        .merge_events(b.profile, &replay.pulled.decode(b.profile).unwrap())
        .unwrap();
    assert_eq!(b.event_ids(), a.event_ids());
}

#[tokio::test]
async fn a_wrong_or_used_code_and_a_withdrawn_token_are_refused_in_words() {
    let server = Server::sled().await;
    let (learner, code) = server.learner("Awa Ndiaye").await;
    let laptop = Laptop::new("Awa", 5);
    let other = Laptop::new("Someone", 6);

    let wrong = laptop
        .desk
        .enroll(
            &server.url(),
            "AAAA-BBBB-CCCC",
            "x",
            Some(lphm_desk::CONSENT_VERSION),
        )
        .await
        .unwrap_err();
    assert_eq!(wrong.code(), "sync-code-invalid");
    let bad_address = laptop
        .desk
        .enroll("http://", &code, "x", Some(lphm_desk::CONSENT_VERSION))
        .await
        .unwrap_err();
    assert_eq!(bad_address.code(), "sync-server-invalid");
    let not_enrolled = laptop.desk.sync_now().await.unwrap_err();
    assert_eq!(not_enrolled.code(), "sync-not-enrolled");
    // Codes are typed by hand: case and dashes do not matter.
    laptop
        .enroll(&server.url(), &code.to_lowercase().replace('-', " "))
        .await;
    let used = other
        .desk
        .enroll(&server.url(), &code, "x", Some(lphm_desk::CONSENT_VERSION))
        .await
        .unwrap_err();
    assert_eq!(used.code(), "sync-code-used");

    laptop.record(3);
    laptop.desk.sync_now().await.unwrap();
    laptop.record(2);
    let device = laptop.desk.device();
    assert!(server
        .backend()
        .revoke_device(learner, device)
        .await
        .unwrap());
    let refused = laptop.desk.sync_now().await.unwrap_err();
    assert_eq!(refused.code(), "sync-token-refused");
    let status = laptop.desk.sync_status().unwrap();
    assert_eq!(status.last_error.unwrap().code(), "sync-token-refused");
    assert_eq!(status.waiting, 2, "the unsent changes stay, waiting");
    // Each of these refusals reads as a sentence in every language (args as the desk
    // sends them).
    let english = lphm_i18n::Localizer::new("en").unwrap();
    for lang in lphm_i18n::LANGUAGES {
        let l10n = lphm_i18n::Localizer::new(lang).unwrap();
        for e in [&wrong, &bad_address, &not_enrolled, &used, &refused] {
            let id = format!("error-{}", e.code());
            let text = l10n.format(&id, &[]);
            assert_ne!(text, id, "{lang} has a message for {}", e.code());
            if *lang != "en" {
                assert_ne!(
                    text,
                    english.format(&id, &[]),
                    "{lang} translates {}",
                    e.code()
                );
            }
        }
    }
}

/// A server with its own certificate: the laptop trusts it only when given that
/// certificate (`SyncOptions::extra_root_pem`, `LPHM_SERVER_CA` in the app and the tool),
/// and refuses it in words otherwise.
#[tokio::test]
async fn a_server_with_its_own_certificate_is_trusted_only_when_told() {
    let data = tempfile::tempdir().unwrap();
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let (cert_file, key_file) = (data.path().join("cert.pem"), data.path().join("key.pem"));
    std::fs::write(&cert_file, cert.cert.pem()).unwrap();
    std::fs::write(&key_file, cert.signing_key.serialize_pem()).unwrap();
    let mut config = lphm_server::ServerConfig::new(lphm_server::BackendConfig::Sled {
        dir: data.path().join("server"),
    });
    config.tls = Some(lphm_server::TlsFiles {
        cert: cert_file,
        key: key_file,
    });
    let server = Server::start(config, Some(data)).await;
    let url = format!("https://localhost:{}", server.addr.port());
    let (learner, code) = server.learner("Ayesha").await;

    let untrusting = Laptop::new("Ayesha", 31);
    let refused = untrusting
        .desk
        .enroll(&url, &code, "x", Some(lphm_desk::CONSENT_VERSION))
        .await
        .unwrap_err();
    assert_eq!(refused.code(), "sync-certificate-untrusted", "{refused:?}");
    assert!(
        !lphm_desk::client::is_transient(&refused),
        "a person has to act"
    );
    let text = lphm_i18n::Localizer::new("fr").unwrap().format(
        "error-sync-certificate-untrusted",
        &[("server", url.clone().into())],
    );
    assert!(text.contains("certificat") && text.contains(&url), "{text}");

    let dir = tempfile::tempdir().unwrap();
    let desk = lphm_desk::Desk::open(
        dir.path(),
        Box::new(lphm_test_support::TestClock::new(1_790_000_000_000)),
        32,
    )
    .unwrap()
    .with_sync_options(lphm_desk::client::SyncOptions {
        extra_root_pem: Some(cert.cert.pem().into_bytes()),
        ..Default::default()
    });
    desk.create_profile(lphm_desk::NewProfile {
        name: "Ayesha".into(),
        authority: "Antwerp".into(),
        role: "Officer".into(),
        lang: "en".into(),
    })
    .unwrap();
    desk.enroll(&url, &code, "x", Some(lphm_desk::CONSENT_VERSION))
        .await
        .unwrap();
    desk.complete_lesson(STARTER, "telling-the-story").unwrap();
    assert_eq!(desk.sync_now().await.unwrap().pushed, 1);
    assert_eq!(server.event_ids(learner).await.len(), 1);
}
