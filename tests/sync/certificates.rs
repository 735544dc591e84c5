//! Certificates from completion on a laptop to the PDF, through a real server (sled and
//! PostgreSQL): a statement of completion before anything was issued, the programme's
//! certificate after a sync, one per learner and course whichever laptop syncs, a
//! revocation reaching the laptop, and the refusals a learner can meet.

use std::sync::Arc;

use lphm_content::{load_course, DirSource};
use lphm_desk::ErrorKind;
use lphm_package::SecretKey;
use lphm_server::certificates::Issuer;
use lphm_server::{BackendConfig, ServerConfig};

use crate::harness::{Laptop, Server, STARTER};

fn programme_key() -> SecretKey {
    SecretKey::from_seed("Test programme", [11; 32])
}

async fn server_with_key(backend: BackendConfig, dir: Option<tempfile::TempDir>) -> Server {
    let mut config = ServerConfig::new(backend);
    config.issuer = Some(Arc::new(Issuer {
        key: programme_key(),
        name: "UNITAR Learning Platform on Human Mobility".into(),
        public_url: String::new(),
        earlier_keys: vec![],
    }));
    Server::start(config, dir).await
}

/// Every lesson of the starter course done and every quiz passed.
fn complete_the_starter_course(laptop: &Laptop) {
    laptop.study(STARTER, 1);
    let course = load_course(&DirSource::new(
        lphm_test_support::workspace_root().join("courses/starter"),
    ))
    .unwrap();
    for (id, quiz) in &course.quizzes {
        let answers = quiz
            .questions
            .iter()
            .map(|q| (q.id.clone(), q.correct.clone()))
            .collect();
        assert!(
            laptop
                .desk
                .submit_quiz(STARTER, id, answers)
                .unwrap()
                .passed
        );
    }
}

async fn flow(server: Server) {
    let (learner, code) = server.learner("Nomvula Ngcobo").await;
    let a = Laptop::new("Nomvula", 1);

    // Not complete: nothing to print, and the course page says nothing about it.
    assert_eq!(a.desk.course(STARTER).unwrap().certificate, None);
    assert_eq!(
        a.desk.certificate_dialog(STARTER).unwrap_err().kind,
        ErrorKind::CertificateNotComplete {}
    );

    // Complete, never synced: a statement of completion, which checks as none.
    complete_the_starter_course(&a);
    let view = a.desk.course(STARTER).unwrap().certificate.unwrap();
    assert_eq!((view.state.as_str(), view.connected), ("complete", false));
    assert_eq!(view.id, None);
    let statement = a.desk.certificate_pdf(STARTER).unwrap();
    let refused =
        lphm_desk::check_certificate_file(&statement, "s.pdf", &[programme_key().public()])
            .unwrap_err();
    assert_eq!(
        refused.kind,
        ErrorKind::CertificateStatement {
            file: "s.pdf".into()
        }
    );

    // Synced: the programme's certificate comes back with the sync.
    a.enroll(&server.url(), &code).await;
    a.desk.sync_now().await.unwrap();
    let view = a.desk.course(STARTER).unwrap().certificate.unwrap();
    assert_eq!(view.state, "issued", "{view:?}");
    let id = view.id.clone().unwrap();
    assert_eq!(
        view.verify_url.as_deref(),
        Some(format!("{}/verify/{id}", server.url()).as_str())
    );
    let pdf = a.desk.certificate_pdf(STARTER).unwrap();
    let checked =
        lphm_desk::check_certificate_file(&pdf, "c.pdf", &[programme_key().public()]).unwrap();
    assert_eq!(checked.facts.id.to_string(), id);
    assert_eq!(checked.facts.learner, learner);
    assert_eq!(
        checked.facts.name, "Nomvula Ngcobo",
        "the server's name for the learner"
    );
    // The same file checked against another key is refused.
    let other = SecretKey::from_seed("Someone else", [12; 32]).public();
    assert_eq!(
        lphm_desk::check_certificate_file(&pdf, "c.pdf", &[other])
            .unwrap_err()
            .kind,
        ErrorKind::CertificateUnknownKey {
            file: "c.pdf".into()
        }
    );

    // A second laptop of the same learner gets the same certificate, not a new one.
    let b = Laptop::new("Nomvula on the office laptop", 2);
    b.enroll(&server.url(), &server.code(learner).await).await;
    b.desk.sync_now().await.unwrap();
    let on_b = b.desk.course(STARTER).unwrap().certificate.unwrap();
    assert_eq!(
        (on_b.state.as_str(), on_b.id.as_deref()),
        ("issued", Some(id.as_str()))
    );
    assert_eq!(
        server
            .backend()
            .certificates(Some(learner))
            .await
            .unwrap()
            .len(),
        1
    );

    // Saved where the learner chose; a place that cannot be written is refused in words.
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("certificate.pdf");
    a.desk.save_certificate(STARTER, &path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), pdf, "the same bytes");
    let nowhere = out.path().join("no-such-folder").join("certificate.pdf");
    let failed = a.desk.save_certificate(STARTER, &nowhere).unwrap_err();
    assert!(
        matches!(failed.kind, ErrorKind::CertificateSaveFailed { .. }),
        "{failed:?}"
    );

    // Revoked on the server: the laptop hears it at the next sync, keeps the record, and
    // prints only a statement from then on.
    let cert_id = id.parse().unwrap();
    assert!(server
        .backend()
        .revoke_certificate(cert_id, lphm_tests_now(), "test".into())
        .await
        .unwrap());
    a.desk.sync_now().await.unwrap();
    let view = a.desk.course(STARTER).unwrap().certificate.unwrap();
    assert_eq!(view.state, "revoked");
    let after = a.desk.certificate_pdf(STARTER).unwrap();
    assert_eq!(
        lphm_desk::check_certificate_file(&after, "r.pdf", &[programme_key().public()])
            .unwrap_err()
            .kind,
        ErrorKind::CertificateStatement {
            file: "r.pdf".into()
        }
    );
    assert_eq!(
        a.desk.store().certificates(a.profile).unwrap().len(),
        1,
        "kept for good"
    );
}

fn lphm_tests_now() -> i64 {
    crate::harness::now()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_completed_course_is_certified_once_revocable_and_printable_on_sled() {
    let dir = tempfile::tempdir().unwrap();
    let backend = BackendConfig::Sled {
        dir: dir.path().join("server"),
    };
    flow(server_with_key(backend, Some(dir)).await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_completed_course_is_certified_once_revocable_and_printable_on_postgres() {
    let url = tokio::task::spawn_blocking(lphm_test_support::postgres::database)
        .await
        .unwrap();
    flow(server_with_key(BackendConfig::Postgres { url }, None).await).await;
}
