//! Personal data (GDPR), on both backends: the export holds everything kept about one
//! learner and no secret; erasing removes their progress, laptops, unused codes and cohort
//! places, blanks their name on their record and certificates (the verification page no
//! longer shows it), keeps a tombstone and an audit entry, and refuses their laptops and old
//! codes with `learner-erased`; only administrators may export or erase from the dashboard,
//! with the session's CSRF token; the command line does both.

use lphm_server::accounts::{hash_password, Account, AuditEntry, Role};
use lphm_server::cohorts::{Cohort, Participant};
use lphm_server::{privacy, StoreError};
use lphm_sync::protocol::SyncRequest;
use lphm_sync::wire::Block;
use reqwest::header;
use reqwest::redirect::Policy;
use uuid::Uuid;

use crate::certificates::{completing, page, server_with_key, starter};
use crate::dashboard::{get, post, session_of, PASSWORD};
use crate::harness::{on_both_backends, storage, Kind, TestDevice, TestServer, T0};

on_both_backends!(
    the_export_holds_everything_about_the_learner_and_no_secret,
    erasing_leaves_a_tombstone_and_refuses_the_laptops_in_words,
    only_administrators_export_and_erase_from_the_dashboard,
    the_command_line_exports_and_erases,
);

const NAME: &str = "Awa Ndiaye";

/// A learner in a cohort, with one laptop that completed the starter course (so they have
/// a certificate), an unused code, and an audit entry about them.
struct Setup {
    server: TestServer,
    learner: Uuid,
    cohort: Uuid,
    device: TestDevice,
    events: usize,
}

async fn setup(kind: Kind) -> Setup {
    let server = server_with_key(kind).await;
    let backend = server.backend();
    let learner = lphm_server::admin::add_learner(backend, NAME, "Commune de Diourbel", T0)
        .await
        .unwrap()
        .id;
    let cohort = Cohort {
        id: Uuid::new_v4(),
        name: "Antwerp, May 2013".into(),
        courses: vec![starter().id],
        starts: "2013-05-06".into(),
        ends: "2013-05-10".into(),
        place: "Antwerp".into(),
        facilitator: "Jan Peeters".into(),
        created_ms: T0,
    };
    backend.add_cohort(cohort.clone()).await.unwrap();
    backend
        .add_participant(Participant {
            cohort: cohort.id,
            learner,
            city: "Diourbel".into(),
            country: "Senegal".into(),
        })
        .await
        .unwrap();
    backend
        .audit(AuditEntry {
            at_ms: T0,
            account: None,
            action: "participant-add".into(),
            subject: format!("{} {learner}", cohort.id),
        })
        .await
        .unwrap();
    let device = server.device(learner).await;
    let events = completing(&device, &starter());
    server.push(&device, &events).await.unwrap();
    server.code(learner).await;
    assert_eq!(
        backend.certificates(Some(learner)).await.unwrap().len(),
        1,
        "completing the course earned a certificate"
    );
    Setup {
        events: events.len(),
        server,
        learner,
        cohort: cohort.id,
        device,
    }
}

async fn the_export_holds_everything_about_the_learner_and_no_secret(kind: Kind) {
    let s = setup(kind).await;
    let text = privacy::export(s.server.backend(), s.learner, T0 + 1000)
        .await
        .unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(text.contains("\n  \""), "pretty-printed: {text}");
    let about = json["about"].as_str().unwrap();
    assert!(
        about.contains(&s.learner.to_string()) && about.contains("2024-01-01T00:00:01Z"),
        "what the file is and when it was made: {about}"
    );
    assert_eq!(json["learner"]["name"], NAME, "names as stored");
    assert_eq!(json["learner"]["authority"], "Commune de Diourbel");
    assert_eq!(json["learner"]["erased"], serde_json::Value::Null);
    assert_eq!(json["cohorts"][0]["cohort_name"], "Antwerp, May 2013");
    assert_eq!(json["cohorts"][0]["city"], "Diourbel");
    assert_eq!(json["cohorts"][0]["country"], "Senegal");
    assert_eq!(json["devices"][0]["device_id"], s.device.id.to_string());
    assert_eq!(json["devices"][0]["revoked"], false);
    let codes = json["enrollment_codes"].as_array().unwrap();
    assert_eq!(codes.len(), 2, "the one used and the one not: {codes:?}");
    assert_eq!(codes.iter().filter(|c| c["used"].is_null()).count(), 1);
    let events = json["progress_events"].as_array().unwrap();
    assert_eq!(events.len(), s.events);
    let first: lphm_progress::Event = serde_json::from_value(events[0].clone()).unwrap();
    assert_eq!(first.id, completing(&s.device, &starter())[0].id);
    assert_eq!(json["certificates"][0]["course"], starter().id);
    let audit = json["audit_entries"].as_array().unwrap();
    assert!(
        audit.iter().any(|e| e["action"] == "participant-add"),
        "{audit:?}"
    );
    // No secret: not the token, not its hash, not the laptop's key.
    let token_hash = hex::encode(lphm_server::model::hash_secret(&s.device.token));
    for secret in [
        s.device.token.clone(),
        token_hash,
        hex::encode(s.device.key.verifying_key().to_bytes()),
    ] {
        assert!(!text.contains(&secret), "the export holds no secret");
    }
    for key in ["hash", "token", "jwt", "key"] {
        assert!(!text.contains(&format!("\"{key}\"")), "no {key} field");
    }
}

async fn erasing_leaves_a_tombstone_and_refuses_the_laptops_in_words(kind: Kind) {
    let s = setup(kind).await;
    let backend = s.server.backend();
    let cert = backend.certificates(Some(s.learner)).await.unwrap()[0].clone();
    let (_, before) = page(&s.server, &format!("/verify/{}?lang=en", cert.id), None).await;
    assert!(before.contains(NAME), "the page named the learner before");
    // An old used code, to type again after the erasure.
    let old_code = s.server.code(s.learner).await;
    let other = TestDevice::new();
    s.server.try_enroll(&old_code, &other).await.unwrap();

    let digest = &backend.digests(&[s.learner]).await.unwrap()[0].1;
    assert_eq!(
        digest.events, s.events as u64,
        "the dashboard's digest held them"
    );

    let done = privacy::erase(backend, s.learner, T0 + 5000, None, "the learner asked")
        .await
        .unwrap();
    assert_eq!((done.events, done.devices, done.cohorts), (s.events, 2, 1));
    assert_eq!((done.codes, done.certificates), (1, 1));

    assert!(backend.events(s.learner).await.unwrap().is_empty());
    let gone = backend.digests(&[s.learner]).await.unwrap();
    assert_eq!(gone[0].1, lphm_server::digest::Digest::default());
    assert_eq!(gone[0].0.name, "");
    assert!(backend.devices(Some(s.learner)).await.unwrap().is_empty());
    assert!(backend.participants(s.cohort).await.unwrap().is_empty());
    let rows = lphm_server::admin::report(backend, Some(s.learner), None)
        .await
        .unwrap();
    assert!(
        rows.iter().all(|r| r.course.is_empty()),
        "no progress left: {rows:?}"
    );
    let tomb = backend.learner(s.learner).await.unwrap().unwrap();
    assert_eq!(
        (tomb.name.as_str(), tomb.authority.as_str()),
        ("", ""),
        "blanked"
    );
    assert_eq!(tomb.erased_ms, Some(T0 + 5000));
    assert_eq!(tomb.erased_reason.as_deref(), Some("the learner asked"));
    let kept = backend.certificate(cert.id).await.unwrap().unwrap();
    assert_eq!(
        (kept.course, kept.issued_ms, kept.jwt.as_str()),
        (cert.course, cert.issued_ms, ""),
        "number, course and date kept; the signed credential with the name gone"
    );
    let log = backend.audit_log(50).await.unwrap();
    let entry = log
        .iter()
        .find(|e| e.action == "learner-erase")
        .expect("the erasure is audited");
    assert_eq!(entry.subject, s.learner.to_string(), "no name in the log");
    let export = privacy::export(backend, s.learner, T0 + 6000)
        .await
        .unwrap();
    assert!(!export.contains(NAME) && !export.contains("Diourbel"));

    // The verification page still answers, without the name.
    for lang in lphm_i18n::LANGUAGES {
        let (status, html) =
            page(&s.server, &format!("/verify/{}?lang={lang}", cert.id), None).await;
        assert_eq!(status, 200, "{lang}");
        assert!(html.contains("data-status=\"erased\""), "{lang}: {html}");
        assert!(!html.contains("Ndiaye"), "{lang}: the name is gone");
    }

    // The laptop: push, pull, certificates and its old code are refused in words.
    let refused = s
        .server
        .push(&s.device, &s.device.events([100]))
        .await
        .unwrap_err();
    refused.expect(410, "learner-erased");
    let pull = SyncRequest {
        push: Block::default(),
        pull_after: 0,
        pull_limit: 10,
        pull_check: 0,
        relay: Default::default(),
    };
    s.server
        .sync(&s.device, &pull)
        .await
        .unwrap_err()
        .expect(410, "learner-erased");
    for path in ["/v1/certificates", "/v1/catalogue"] {
        let res = s
            .server
            .http
            .get(s.server.endpoint(path))
            .bearer_auth(&s.device.token)
            .send()
            .await
            .unwrap();
        crate::harness::Refusal::read(res)
            .await
            .expect(410, "learner-erased");
    }
    let res = s.server.post_sync(Some("not a token at all"), vec![]).await;
    assert_eq!(res.status(), 401, "other tokens are still just refused");
    s.server
        .try_enroll(&old_code, &other)
        .await
        .unwrap_err()
        .expect(410, "learner-erased");
    assert!(matches!(
        lphm_server::admin::new_code(backend, s.learner, 14, T0).await,
        Err(StoreError::LearnerErased(_))
    ));
    assert!(matches!(
        privacy::erase(backend, s.learner, T0, None, "again").await,
        Err(StoreError::LearnerErased(_))
    ));
    // The other learners are untouched.
    let (ben, ben_device) = s.server.enrolled("Ben Dlamini").await;
    s.server
        .push(&ben_device, &ben_device.events(1..=3))
        .await
        .unwrap();
    assert_eq!(s.server.stored(ben).await.len(), 3);
}

async fn with_accounts(kind: Kind) -> (Setup, Account, reqwest::Client) {
    let s = setup(kind).await;
    let mut admin = None;
    for (login, role) in [
        ("admin@unitar.org", Role::Administrator),
        ("jan@plock.pl", Role::Coordinator),
    ] {
        let account = Account {
            id: Uuid::new_v4(),
            login: login.into(),
            name: login.into(),
            role,
            password_hash: hash_password(PASSWORD),
            created_ms: T0,
            disabled: false,
        };
        s.server
            .backend()
            .add_account(account.clone())
            .await
            .unwrap();
        admin.get_or_insert(account);
    }
    // The coordinator even has the learner's cohort: a learner's data is still not theirs.
    let jan = s
        .server
        .backend()
        .account_by_login("jan@plock.pl")
        .await
        .unwrap()
        .unwrap();
    s.server
        .backend()
        .give_cohort(s.cohort, jan.id)
        .await
        .unwrap();
    let client = reqwest::Client::builder()
        .redirect(Policy::none())
        .build()
        .unwrap();
    (s, admin.unwrap(), client)
}

async fn only_administrators_export_and_erase_from_the_dashboard(kind: Kind) {
    let (s, admin, client) = with_accounts(kind).await;
    let server = &s.server;
    let (jan, jan_csrf) = session_of(server, &client, "jan@plock.pl").await;
    let (root, root_csrf) = session_of(server, &client, "admin@unitar.org").await;
    let export = format!("/dashboard/learners/{}/export.json", s.learner);
    let erase = format!("/dashboard/learners/{}/erase", s.learner);

    // A coordinator: "not found", as for a cohort not given to them.
    for path in [&export, &erase] {
        let (status, html) = get(server, &client, &jan, path).await;
        assert_eq!(status, 404, "{path}");
        assert!(html.contains("data-test=\"not-found\""), "{html}");
    }
    let res = post(
        server,
        &client,
        &jan,
        &erase,
        &[("csrf", &jan_csrf), ("reason", "x")],
    )
    .await;
    assert_eq!(res.status(), 404);
    let (status, _) = get(
        server,
        &client,
        &root,
        &format!("/dashboard/learners/{}/erase", Uuid::new_v4()),
    )
    .await;
    assert_eq!(status, 404, "an unknown learner");

    // An administrator downloads the file, audited.
    let res = client
        .get(server.endpoint(&export))
        .header(header::COOKIE, &root)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let disposition = res.headers()[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    let json: serde_json::Value = res.json().await.unwrap();
    assert_eq!(json["learner"]["name"], NAME);
    let log = server.backend().audit_log(50).await.unwrap();
    assert!(log.iter().any(|e| e.action == "learner-export"
        && e.account == Some(admin.id)
        && e.subject == s.learner.to_string()));

    // The confirmation page: the name, what goes and stays, the reason, the CSRF token.
    for lang in lphm_i18n::LANGUAGES {
        let (status, html) = get(server, &client, &root, &format!("{erase}?lang={lang}")).await;
        assert_eq!(status, 200, "{lang}");
        assert!(html.contains(NAME), "{lang}");
        assert!(html.contains("name=\"reason\""), "{lang}");
        assert!(html.contains(&format!("value=\"{root_csrf}\"")), "{lang}");
    }
    // A forged token and an empty reason change nothing.
    let res = post(
        server,
        &client,
        &root,
        &erase,
        &[("csrf", "forged"), ("reason", "asked")],
    )
    .await;
    assert_eq!(res.status(), 403);
    let res = post(
        server,
        &client,
        &root,
        &erase,
        &[("csrf", &root_csrf), ("reason", " ")],
    )
    .await;
    assert_eq!(res.status(), 400);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("data-test=\"erase-error\""));
    let learner = server.backend().learner(s.learner).await.unwrap().unwrap();
    assert_eq!(learner.erased_ms, None, "nothing erased yet");

    let res = post(
        server,
        &client,
        &root,
        &format!("{erase}?lang=fr"),
        &[("csrf", &root_csrf), ("reason", "demande de l'apprenant")],
    )
    .await;
    assert!(res.status().is_redirection(), "{}", res.status());
    let to = res.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(to, "/dashboard?lang=fr&done=learner-erased");
    let (_, home) = get(server, &client, &root, &to).await;
    let notice = lphm_i18n::Localizer::new("fr")
        .unwrap()
        .format("learner-erased-notice", &[]);
    assert!(home.contains("data-test=\"notice\""), "{home}");
    let unescaped = home.replace("&#x27;", "'").replace("&#39;", "'");
    assert!(unescaped.contains(&notice), "{home}");
    let learner = server.backend().learner(s.learner).await.unwrap().unwrap();
    assert!(learner.erased_ms.is_some() && learner.name.is_empty());
    assert!(server
        .backend()
        .audit_log(50)
        .await
        .unwrap()
        .iter()
        .any(|e| e.action == "learner-erase" && e.account == Some(admin.id)));
    // Asked again: the page says it was done, with no form.
    let (_, html) = get(server, &client, &root, &erase).await;
    assert!(html.contains("data-test=\"erased-already\""), "{html}");
    assert!(!html.contains("name=\"reason\""));
}

async fn the_command_line_exports_and_erases(kind: Kind) {
    let (storage, dir) = storage(kind);
    let ok = |args: &[&str]| crate::cli::run(&storage, args, true).0;
    let fails = |args: &[&str]| crate::cli::run(&storage, args, false).1;
    let id = ok(&[
        "learner",
        "add",
        "--name",
        "Nomvula Zulu",
        "--authority",
        "eThekwini",
    ])
    .trim()
    .to_string();
    ok(&["code", "new", "--learner", &id]);

    let out = dir.path().join("nomvula.json");
    let said = ok(&["learner", "export", &id, "--out", out.to_str().unwrap()]);
    assert!(said.contains("nomvula.json"), "{said}");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(json["learner"]["name"], "Nomvula Zulu");
    assert_eq!(json["enrollment_codes"].as_array().unwrap().len(), 1);
    let printed: serde_json::Value =
        serde_json::from_str(&ok(&["learner", "export", &id])).unwrap();
    assert!(printed["about"].as_str().unwrap().contains(&id));

    let why = fails(&["learner", "erase", &id, "--reason", " "]);
    assert!(why.contains("--reason"), "{why}");
    let said = ok(&["learner", "erase", &id, "--reason", "the learner asked"]);
    assert!(said.starts_with(&format!("erased learner {id}")), "{said}");
    assert!(fails(&["learner", "erase", &id, "--reason", "again"]).contains("erased"));
    assert!(fails(&["code", "new", "--learner", &id]).contains("erased"));
    let list = ok(&["learner", "list"]);
    assert!(list.contains(&format!("{id}  (erased ")), "{list}");
    assert!(!list.contains("Nomvula"), "{list}");
    let unknown = fails(&["learner", "export", &Uuid::new_v4().to_string()]);
    assert!(unknown.contains("no learner"), "{unknown}");

    // The audit log says both happened, without the name.
    let backend = lphm_server::Backend::open(&storage).await.unwrap();
    let log = backend.audit_log(10).await.unwrap();
    backend.close().await.unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert!(actions.contains(&"learner-export") && actions.contains(&"learner-erase"));
    assert!(log.iter().all(|e| !e.subject.contains("Nomvula")));
}
