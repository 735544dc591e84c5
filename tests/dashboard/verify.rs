//! The certificate verification page in a browser: a learner completes the starter course
//! on a laptop and syncs with a server holding the programme's key; `/verify/<id>` shows
//! the certificate as valid with the learner's name, in the browser's language (Polish)
//! and in French through the page's language link, with its styles applied and nothing
//! blocked by its content security policy; an unknown number and a revoked certificate
//! say so.

use lphm_content::{load_course, DirSource};
use lphm_package::SecretKey;

use crate::harness::{on_both_backends, say, Dashboard, Kind, Laptop};

const COURSE: &str = "starter-communication";
const NAME: &str = "Agnieszka Wróblewska-Łęczyńska";
const AUTHORITY: &str = "Urząd Miasta Płocka";

on_both_backends!(a_certificate_checks_in_the_browser_in_two_languages);

/// Every lesson of the starter course read and every quiz passed.
fn complete_the_course(laptop: &Laptop) {
    let course = load_course(&DirSource::new(
        lphm_test_support::workspace_root().join("courses/starter"),
    ))
    .unwrap();
    assert_eq!(course.manifest.id, COURSE);
    for module in &course.manifest.modules {
        let lessons: Vec<&str> = module.lessons.iter().map(|l| l.id.as_str()).collect();
        laptop.study(COURSE, &lessons);
        if let Some(quiz) = &module.quiz {
            let answers = course.quizzes[quiz]
                .questions
                .iter()
                .map(|q| (q.id.clone(), q.correct.clone()))
                .collect();
            assert!(
                laptop
                    .desk
                    .submit_quiz(COURSE, quiz, answers)
                    .unwrap()
                    .passed
            );
        }
    }
}

async fn a_certificate_checks_in_the_browser_in_two_languages(kind: Kind) {
    let keys = tempfile::tempdir().unwrap();
    let key_file = keys.path().join("programme.secret.json");
    std::fs::write(
        &key_file,
        SecretKey::from_seed("UNITAR LPHM programme (test)", [9u8; 32]).to_file(),
    )
    .unwrap();
    let d = Dashboard::start(
        "verify",
        kind,
        "pl",
        &["--certificate-key".as_ref(), key_file.as_os_str()],
    )
    .await;
    let (server, b) = (&d.server, &d.browser);

    let learner = server.admin(&["learner", "add", "--name", NAME, "--authority", AUTHORITY]);
    let code = server.admin(&["code", "new", "--learner", learner.trim()]);
    let laptop = Laptop::new(NAME, AUTHORITY);
    laptop.enroll(&server.url, code.trim()).await;
    complete_the_course(&laptop);
    laptop.sync().await;
    let id = laptop
        .desk
        .course(COURSE)
        .unwrap()
        .certificate
        .and_then(|c| c.id)
        .expect("the sync brought the certificate");

    // In the browser's language, Polish.
    b.open(&format!("/verify/{id}")).await;
    assert_eq!(b.content("h1").await, say("pl", "verify-title"));
    assert_eq!(
        b.content("[data-status='valid']").await,
        say("pl", "verify-valid")
    );
    let main = b.content("main").await;
    assert!(main.contains(NAME) && main.contains(AUTHORITY), "{main}");
    b.assert_nothing_blocked(
        "the verification page",
        (".verdict", "background-color", "rgb(230, 244, 234)"),
    )
    .await;
    b.screenshot("01-valid-pl").await;

    // In French, through the page's own link.
    b.click("nav a[hreflang='fr']").await;
    b.wait_content("h1", &say("fr", "verify-title")).await;
    assert_eq!(
        b.content("[data-status='valid']").await,
        say("fr", "verify-valid")
    );
    assert!(b.content("main").await.contains(NAME));
    b.assert_nothing_blocked(
        "the verification page in French",
        ("dt", "font-weight", "600"),
    )
    .await;
    b.screenshot("02-valid-fr").await;

    // A number the programme never issued.
    b.open(&format!("/verify/{}?lang=fr", uuid::Uuid::new_v4()))
        .await;
    assert_eq!(
        b.content("[data-status='unknown']").await,
        say("fr", "verify-unknown")
    );
    b.screenshot("03-unknown-fr").await;

    // Revoked by a coordinator: the same address says so.
    server.admin(&["certificate", "revoke", &id, "--reason", "wydany omyłkowo"]);
    b.open(&format!("/verify/{id}")).await;
    assert_eq!(
        b.content("[data-status='revoked']").await,
        say("pl", "verify-revoked")
    );
    assert!(b.content("main").await.contains("wydany omyłkowo"));
    b.screenshot("04-revoked-pl").await;
}
