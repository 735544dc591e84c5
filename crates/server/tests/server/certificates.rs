//! Certificates: a learner whose synced events complete a course gets one signed
//! certificate (and only one), fetched with `GET /v1/certificates`; `/verify/<id>` says
//! valid, revoked or unknown in four languages; a server without a key issues nothing.

use std::sync::Arc;

use lphm_content::Manifest;
use lphm_package::SecretKey;
use lphm_progress::{Event, EventKind};
use lphm_server::certificates::Issuer;
use lphm_server::control::{self, Request};
use lphm_sync::protocol::Certificates;
use uuid::Uuid;

use crate::harness::{on_both_backends, Kind, TestDevice, TestServer, T0};

pub(crate) fn programme_key() -> SecretKey {
    SecretKey::from_seed("Test programme", [7; 32])
}

pub(crate) async fn server_with_key(kind: Kind) -> TestServer {
    TestServer::start_with(kind, |config, _| {
        config.issuer = Some(Arc::new(Issuer {
            key: programme_key(),
            name: "UNITAR Learning Platform on Human Mobility".into(),
            public_url: "https://lphm.example.org".into(),
            earlier_keys: vec![],
        }))
    })
    .await
}

pub(crate) fn starter() -> Manifest {
    serde_json::from_str(include_str!("../../../../courses/starter/course.json")).unwrap()
}

/// Every event that completes `m` for `device`: each lesson read and done, each quiz
/// passed; one day apart from 2024-01-01, the last on `days` days later.
pub(crate) fn completing(device: &TestDevice, m: &Manifest) -> Vec<Event> {
    let mut kinds = Vec::new();
    for module in &m.modules {
        for lesson in &module.lessons {
            kinds.push(EventKind::TimeSpent {
                course: m.id.clone(),
                lesson: lesson.id.clone(),
                seconds: 600,
            });
            kinds.push(EventKind::LessonCompleted {
                course: m.id.clone(),
                lesson: lesson.id.clone(),
            });
        }
        if let Some(quiz) = &module.quiz {
            kinds.push(EventKind::QuizAttempted {
                course: m.id.clone(),
                quiz: quiz.clone(),
                answers: Default::default(),
                correct: 5,
                total: 5,
                passed: true,
            });
        }
    }
    kinds
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let seq = i as u64 + 1;
            Event {
                id: Event::derived_id(device.id, seq),
                profile: Uuid::nil(),
                device: device.id,
                seq,
                at_ms: T0 + i as i64 * 3_600_000,
                kind,
            }
        })
        .collect()
}

async fn certificates(server: &TestServer, device: &TestDevice) -> Certificates {
    let res = server
        .http
        .get(server.endpoint("/v1/certificates"))
        .bearer_auth(&device.token)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.status());
    res.json().await.unwrap()
}

pub(crate) async fn page(server: &TestServer, path: &str, accept: Option<&str>) -> (u16, String) {
    let mut req = server.http.get(server.endpoint(path));
    if let Some(a) = accept {
        req = req.header("accept-language", a);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    assert_eq!(
        res.headers()["content-type"],
        "text/html; charset=utf-8",
        "{path}"
    );
    (status, res.text().await.unwrap())
}

on_both_backends!(
    progress_stored_without_a_push_is_certified_by_the_sweep,
    a_completed_course_gets_one_signed_certificate,
    the_verification_page_says_valid_revoked_or_unknown_in_four_languages,
    a_server_without_a_certificate_key_issues_nothing,
);

async fn a_completed_course_gets_one_signed_certificate(kind: Kind) {
    let server = server_with_key(kind).await;
    let learner = lphm_server::admin::add_learner(
        server.backend(),
        "Agnieszka Wróblewska-Łęczyńska",
        "Urząd Miasta Płocka",
        T0,
    )
    .await
    .unwrap()
    .id;
    let device = server.device(learner).await;
    let m = starter();
    let events = completing(&device, &m);
    let (last, before) = events.split_last().unwrap();

    server.push(&device, before).await.unwrap();
    let none = certificates(&server, &device).await;
    assert!(
        none.certificates.is_empty(),
        "one step short of complete: no certificate yet"
    );
    assert_eq!(
        none.key.as_deref(),
        Some(programme_key().public().to_file().as_str()),
        "the key that signs them comes along"
    );

    server
        .push(&device, std::slice::from_ref(last))
        .await
        .unwrap();
    let got = certificates(&server, &device).await;
    assert_eq!(got.certificates.len(), 1, "{got:?}");
    let issued = &got.certificates[0];
    assert_eq!(issued.course, m.id);
    assert!(!issued.revoked);
    let c = lphm_certificate::verify(&issued.jwt, &[programme_key().public()]).unwrap();
    let f = &c.facts;
    assert_eq!(f.id, issued.id);
    assert_eq!(f.learner, learner);
    assert_eq!(f.name, "Agnieszka Wróblewska-Łęczyńska");
    assert_eq!(f.authority, "Urząd Miasta Płocka");
    assert_eq!(f.course_title, m.title.0["en"]);
    assert_eq!(f.modules.len(), m.modules.len());
    let lessons: usize = m.modules.iter().map(|md| md.lessons.len()).sum();
    assert_eq!(f.study_seconds, 600 * lessons as u64);
    let last_day = jiff::Timestamp::from_millisecond(last.at_ms)
        .unwrap()
        .strftime("%Y-%m-%d")
        .to_string();
    assert_eq!(f.completed_on, last_day, "the day the last step was done");
    assert_eq!(
        f.verify_url,
        format!("https://lphm.example.org/verify/{}", issued.id)
    );

    // Syncing again, or from a second laptop, never issues a second one.
    server
        .push(&device, std::slice::from_ref(last))
        .await
        .unwrap();
    let other = server.device(learner).await;
    server.push(&other, &completing(&other, &m)).await.unwrap();
    let again = certificates(&server, &other).await;
    assert_eq!(again.certificates, got.certificates);

    // Another learner sees only their own (none).
    let (_, stranger) = server.enrolled("Nomvula Ngcobo").await;
    assert!(certificates(&server, &stranger)
        .await
        .certificates
        .is_empty());
}

async fn the_verification_page_says_valid_revoked_or_unknown_in_four_languages(kind: Kind) {
    let server = server_with_key(kind).await;
    let learner = lphm_server::admin::add_learner(
        server.backend(),
        "Hélène <b>Ndiaye</b>",
        "Commune de Diourbel",
        T0,
    )
    .await
    .unwrap()
    .id;
    let device = server.device(learner).await;
    server
        .push(&device, &completing(&device, &starter()))
        .await
        .unwrap();
    let id = certificates(&server, &device).await.certificates[0].id;
    let path = format!("/verify/{id}");

    for lang in lphm_i18n::LANGUAGES {
        let l10n = lphm_i18n::Localizer::new(lang).unwrap();
        let (status, html) = page(&server, &format!("{path}?lang={lang}"), None).await;
        assert_eq!(status, 200, "{lang}");
        assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
        assert!(html.contains("data-status=\"valid\""), "{lang}: {html}");
        assert!(
            html.contains(&l10n.format("verify-valid", &[])),
            "{lang}: says valid in its language"
        );
        assert!(
            html.contains("Hélène &lt;b&gt;Ndiaye&lt;/b&gt;"),
            "{lang}: the name, escaped: {html}"
        );
        assert!(!html.contains("<b>Ndiaye"), "{lang}: never as markup");
        assert!(html.contains("Commune de Diourbel"));
    }
    // The browser's language when no ?lang= is given.
    let (_, html) = page(&server, &path, Some("pl-PL,pl;q=0.9,en;q=0.5")).await;
    assert!(html.contains("<html lang=\"pl\""), "{html}");
    let (_, html) = page(&server, &path, Some("de-DE")).await;
    assert!(
        html.contains("<html lang=\"en\""),
        "a language we lack: English"
    );

    // Revoked by a coordinator: it says so, with the reason, from now on.
    let answer = control::execute(
        server.backend(),
        T0 + 86_400_000,
        Request::CertificateRevoke {
            id,
            reason: "issued to the wrong person".into(),
        },
        None,
    )
    .await
    .unwrap();
    assert!(answer.contains(&id.to_string()), "{answer}");
    for lang in lphm_i18n::LANGUAGES {
        let l10n = lphm_i18n::Localizer::new(lang).unwrap();
        let (status, html) = page(&server, &format!("{path}?lang={lang}"), None).await;
        assert_eq!(status, 200);
        assert!(html.contains("data-status=\"revoked\""), "{lang}: {html}");
        assert!(html.contains(&l10n.format("verify-revoked", &[])), "{lang}");
        assert!(html.contains("issued to the wrong person"), "{lang}");
    }
    let listed = control::execute(
        server.backend(),
        T0,
        Request::CertificateList { learner: None },
        None,
    )
    .await
    .unwrap();
    assert!(listed.contains("revoked"), "{listed}");
    assert!(
        certificates(&server, &device).await.certificates[0].revoked,
        "the laptop hears of it with its next sync"
    );
    let unknown = control::execute(
        server.backend(),
        T0,
        Request::CertificateRevoke {
            id: Uuid::new_v4(),
            reason: String::new(),
        },
        None,
    )
    .await
    .unwrap_err();
    assert!(unknown.to_string().contains("no certificate"), "{unknown}");

    // Unknown: a number never issued, or not a number at all.
    for bad in [
        format!("/verify/{}", Uuid::new_v4()),
        "/verify/not-a-number".into(),
    ] {
        for lang in lphm_i18n::LANGUAGES {
            let l10n = lphm_i18n::Localizer::new(lang).unwrap();
            let (status, html) = page(&server, &format!("{bad}?lang={lang}"), None).await;
            assert_eq!(status, 404, "{bad}");
            assert!(html.contains("data-status=\"unknown\""), "{bad}: {html}");
            assert!(html.contains(&l10n.format("verify-unknown", &[])), "{lang}");
        }
    }
}

async fn a_server_without_a_certificate_key_issues_nothing(kind: Kind) {
    let server = TestServer::start(kind).await;
    let (_, device) = server.enrolled("Jan De Smedt").await;
    server
        .push(&device, &completing(&device, &starter()))
        .await
        .unwrap();
    let got = certificates(&server, &device).await;
    assert_eq!(got, Certificates::default());
}

/// A progress file a coordinator imported (from the command line, possibly another
/// process on PostgreSQL) is stored without a push: the sweep finds the learner whose
/// progress changed and issues the certificate.
async fn progress_stored_without_a_push_is_certified_by_the_sweep(kind: Kind) {
    let server = TestServer::start_with(kind, |config, _| {
        config.issuer = Some(Arc::new(Issuer {
            key: programme_key(),
            name: "UNITAR Learning Platform on Human Mobility".into(),
            public_url: String::new(),
            earlier_keys: vec![],
        }));
        config.certificate_sweep = std::time::Duration::from_millis(50);
    })
    .await;
    let (learner, device) = server.enrolled("Awa Ndiaye").await;
    server
        .backend()
        .ingest(learner, completing(&device, &starter()))
        .await
        .unwrap();
    let issued = lphm_test_support::eventually_async(
        std::time::Duration::from_secs(30),
        "the sweep to issue the certificate",
        || async {
            let c = server.backend().certificates(Some(learner)).await.unwrap();
            (c.len() == 1).then_some(c)
        },
    )
    .await;
    let c = lphm_certificate::verify(&issued[0].jwt, &[programme_key().public()]).unwrap();
    assert_eq!(c.facts.name, "Awa Ndiaye");
    assert_eq!(
        c.facts.verify_url,
        format!("{}/verify/{}", server.url, issued[0].id),
        "no public address configured: the one it listens on"
    );
}
