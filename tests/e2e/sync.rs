//! Progress sync in the real window against a real `lphm-server` on 127.0.0.1: the learner
//! reads what is sent and agrees (without agreeing, nothing is sent; the statement reads in
//! the learner's language), connects with a coordinator's one-time code (a wrong code is
//! refused in words), studies,
//! writes a note and syncs; the server has the completion. With the server gone, the header
//! says the laptop is offline with changes waiting, in the learner's language, and the
//! progress can still leave as a file that the coordinator imports. A course the server
//! offers is downloaded and installed from the sync screen.

use std::path::Path;

use lphm_package::SecretKey;
pub(crate) use lphm_tests::server::{admin, Server};

use crate::harness::{App, Desktop};

const COURSE: &str = "starter-communication";
const LESSON: &str = "telling-the-story";
/// The course the server offers for download (the fixture `fallback-course`).
const REMOTE_COURSE: &str = "fixture-fallback";

/// The server offering the signed packages of `catalogue` and of the publisher `trust`.
fn serve_catalogue(data: &Path, catalogue: &Path, trust: &Path) -> Server {
    Server::serve(
        data,
        &[
            "--catalogue".as_ref(),
            catalogue.as_os_str(),
            "--trust".as_ref(),
            trust.as_os_str(),
        ],
    )
}

async fn clear(app: &App, css: &str) {
    app.find(css).await.clear().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_learner_connects_syncs_and_keeps_working_offline() {
    // The coordinator's side: a learner, a one-time code, and a course to offer, signed by
    // a publisher the laptop is told to trust.
    let server_dir = tempfile::tempdir().unwrap();
    let data = server_dir.path().join("data");
    let learner = admin(
        &data,
        &[
            "learner",
            "add",
            "--name",
            "Thandi Dlamini",
            "--authority",
            "eThekwini",
        ],
    )
    .trim()
    .to_string();
    let code = admin(&data, &["code", "new", "--learner", &learner])
        .trim()
        .to_string();
    let key = SecretKey::from_seed("Province publisher", [42u8; 32]);
    let catalogue = server_dir.path().join("catalogue");
    std::fs::create_dir_all(&catalogue).unwrap();
    let mut package = Vec::new();
    lphm_package::pack(
        &lphm_test_support::fixture("fallback-course"),
        &key,
        &mut package,
    )
    .unwrap();
    std::fs::write(catalogue.join("fixture-course.lphm"), &package).unwrap();
    let trust = server_dir.path().join("publisher.public.json");
    std::fs::write(&trust, key.public().to_file()).unwrap();
    let server = serve_catalogue(&data, &catalogue, &trust);

    let export = server_dir.path().join("progress.lphm-progress");
    let desktop = Desktop::start_with(
        "sync",
        &[
            ("LPHM_SAVE_FILE", export.as_os_str()),
            // Sync soon after a change rather than after 5 s, so the test need not wait.
            ("LPHM_SYNC_DEBOUNCE_MS", "300".as_ref()),
        ],
    );
    {
        // What field IT staff do once per laptop (`lphm trust add`).
        let desk = lphm_desk::Desk::open(
            &desktop.store_dir(),
            Box::new(lphm_test_support::TestClock::new(1_790_000_000_000)),
            1,
        )
        .unwrap();
        lphm_desk::trust_key(desk.store(), &key.public().to_file()).unwrap();
    }
    let app = desktop.launch().await;
    app.type_into("[data-test='profile-name']", "Thandi").await;
    app.click("[data-test='profile-create']").await;
    app.find("[data-test='catalogue']").await;

    // Not connected yet; the header says so and leads to the sync screen.
    app.wait_text("[data-test='sync-status']", "Not connected to a server")
        .await;
    app.screenshot("01-not-connected").await;
    app.click("[data-test='sync-status']").await;
    app.find("[data-test='sync-panel']").await;

    // A mistyped code is refused with words the learner can act on.
    app.type_into("[data-test='enroll-server']", &server.url)
        .await;
    app.type_into("[data-test='enroll-code']", "AAAA-BBBB-CCCC")
        .await;
    app.click("[data-test='enroll-consent']").await;
    app.click("[data-test='enroll-submit']").await;
    let refused = app
        .wait_text("[data-test='sync-error']", "This code is not valid")
        .await;
    assert!(refused.contains("coordinator"), "{refused}");
    app.screenshot("02-wrong-code").await;

    // The right code: the server's name for the learner appears.
    clear(&app, "[data-test='enroll-code']").await;
    app.type_into("[data-test='enroll-code']", &code).await;
    app.click("[data-test='enroll-submit']").await;
    app.wait_text("[data-test='enroll-done']", "Thandi Dlamini")
        .await;
    app.wait_text("[data-test='sync-learner']", "Thandi Dlamini")
        .await;
    app.wait_text("[data-test='sync-server']", &server.url)
        .await;
    app.wait_text(
        "[data-test='consent-agreed']",
        &format!("to send your progress to {}", server.url),
    )
    .await;
    app.screenshot("03-enrolled").await;

    // A lesson completed and a note written.
    app.click("[data-test='home']").await;
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.click(&format!("[data-test='lesson-{LESSON}']")).await;
    app.click("[data-test='complete']").await;
    app.wait_text("[data-test='save-status']", "Saved").await;
    app.type_into(
        "[data-test='note-text']",
        "Ask the ward councillor for the list of shelters.",
    )
    .await;
    app.click("[data-test='note-save']").await;
    app.wait_text("[data-test='note-saved']", "Saved").await;
    app.screenshot("04-lesson-note").await;

    // Sync now: nothing left waiting.
    app.click("[data-test='sync-status']").await;
    app.click("[data-test='sync-now']").await;
    app.wait_text("[data-test='sync-result']", "Synced.").await;
    app.wait_text("[data-test='sync-panel-status']", "Synced just now")
        .await;
    app.wait_text("[data-test='sync-status']", "Synced just now")
        .await;
    let status = app.text("[data-test='sync-status']").await;
    assert!(!status.contains("waiting"), "{status}");

    // The server offers a course; install it from here.
    app.wait_text(
        &format!("[data-test='remote-course'][data-course='{REMOTE_COURSE}']"),
        "Not on this computer yet",
    )
    .await;
    app.screenshot("05-synced").await;
    app.scroll_to("[data-test='remote-courses']").await;
    app.screenshot("06-remote-courses").await;
    app.click(&format!(
        "[data-test='remote-course'][data-course='{REMOTE_COURSE}'] [data-test='download-course']"
    ))
    .await;
    app.wait_text("[data-test='download-result']", "is installed")
        .await;
    app.wait_text(
        &format!("[data-test='remote-course'][data-course='{REMOTE_COURSE}']"),
        "Installed",
    )
    .await;
    app.screenshot("07-downloaded").await;

    // The server lost its connection to the laptop: progress goes on, and waits.
    server.stop();
    let report = admin(&data, &["report", "--learner", &learner]);
    let row = report
        .lines()
        .find(|l| l.contains(COURSE))
        .unwrap_or_else(|| panic!("the server has no progress in {COURSE}:\n{report}"));
    assert!(
        row.contains("Thandi Dlamini") && row.split_whitespace().any(|cell| cell == "1"),
        "the server counts the completed lesson: {report}"
    );

    app.click("[data-test='home']").await;
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.click(&format!("[data-test='lesson-{LESSON}']")).await;
    app.click("[data-test='step-next']").await;
    app.click("[data-test='complete']").await;
    app.wait_text("[data-test='save-status']", "Saved").await;
    app.wait_text("[data-test='sync-status']", "Offline — ")
        .await;
    // Time on the last lesson, the new lesson opened and completed: several changes.
    app.wait_text("[data-test='sync-status']", "changes waiting")
        .await;
    app.screenshot("08-offline").await;

    // In French, too.
    app.select("[data-test=\'language\']", "fr").await;
    app.wait_text("[data-test='sync-status']", "Hors connexion — ")
        .await;
    app.click("[data-test='sync-status']").await;
    app.wait_text(
        "[data-test='sync-panel-status']",
        "Impossible de joindre le serveur",
    )
    .await;
    app.screenshot("09-offline-fr").await;

    // No connection at all: the progress leaves as a file for the coordinator.
    app.click("[data-test='export-progress']").await;
    app.wait_text(
        "[data-test='export-result']",
        "enregistrées dans le fichier",
    )
    .await;
    app.screenshot("10-exported-fr").await;

    // The header's words fit in the other languages too.
    for lang in ["pl", "zu"] {
        let l10n = lphm_i18n::Localizer::new(lang).unwrap();
        // The words every variant starts with ("Brak połączenia", "Akukho ukuxhumana").
        let offline = l10n.format(
            "sync-indicator-offline",
            &[("count", fluent_bundle::FluentValue::from(0))],
        );
        app.select("[data-test=\'language\']", lang).await;
        app.wait_text("[data-test='sync-status']", &offline).await;
        app.screenshot(&format!("11-offline-{lang}")).await;
    }
    app.quit().await;
    let imported = admin(&data, &["import-bundle", export.to_str().unwrap()]);
    assert!(imported.contains("imported"), "{imported}");
}

/// Before connecting, the learner must agree to the statement of what is sent: an attempt
/// without the box is refused next to the box, which takes focus, and the server registers
/// nothing; the statement reads in Polish after a switch of language, what was typed stays;
/// ticking the box connects, and the sync screen says when the learner agreed and shows the
/// statement again on request.
#[tokio::test(flavor = "multi_thread")]
async fn a_learner_reads_what_is_sent_and_agrees_before_connecting() {
    let server_dir = tempfile::tempdir().unwrap();
    let data = server_dir.path().join("data");
    let learner = admin(
        &data,
        &[
            "learner",
            "add",
            "--name",
            "Ewa Nowak",
            "--authority",
            "Płock",
        ],
    )
    .trim()
    .to_string();
    let code = admin(&data, &["code", "new", "--learner", &learner])
        .trim()
        .to_string();
    let server = Server::serve(&data, &[]);
    let desktop = Desktop::start("consent");
    let app = desktop.launch().await;
    app.type_into("[data-test='profile-name']", "Ewa").await;
    app.click("[data-test='profile-create']").await;
    app.find("[data-test='catalogue']").await;
    app.click("[data-test='sync-status']").await;
    app.find("[data-test='enroll-form']").await;

    let en = lphm_i18n::Localizer::new("en").unwrap();
    app.wait_text(
        "[data-test='consent-statement']",
        &en.format("consent-sent-notes", &[]),
    )
    .await;
    app.type_into("[data-test='enroll-server']", &server.url)
        .await;
    app.type_into("[data-test='enroll-code']", &code).await;
    app.click("[data-test='enroll-submit']").await;
    app.wait_text(
        "[data-test='sync-error']",
        &en.format("error-consent-needed", &[]),
    )
    .await;
    app.wait_focus(
        "[data-test='enroll-consent'][aria-invalid='true'][aria-describedby='enroll-error']",
    )
    .await;
    app.screenshot("01-without-agreeing").await;
    let devices = admin(&data, &["device", "list"]);
    assert!(
        !devices.contains(&learner),
        "nothing was registered before the learner agreed: {devices}"
    );

    // The statement in Polish: a language switch redraws it, and keeps what was typed.
    let pl = lphm_i18n::Localizer::new("pl").unwrap();
    app.select("[data-test='language']", "pl").await;
    for id in [
        "consent-title",
        "consent-sent-progress",
        "consent-not-sent",
        "consent-who",
        "consent-rights",
    ] {
        app.wait_text("[data-test='consent-statement']", &pl.format(id, &[]))
            .await;
    }
    app.wait_text(
        "[data-test='enroll-form']",
        &pl.format("consent-agree", &[]),
    )
    .await;
    app.wait_text(
        "[data-test='sync-error']",
        &pl.format("error-consent-needed", &[]),
    )
    .await;
    let typed = app
        .eval(
            "return document.querySelector(\"[data-test='enroll-code']\").value",
            vec![],
        )
        .await;
    assert_eq!(typed.as_str(), Some(code.as_str()), "the code typed stays");
    app.assert_accessible("sync, statement in Polish").await;
    app.screenshot("02-statement-pl").await;

    app.click("[data-test='enroll-consent']").await;
    app.click("[data-test='enroll-submit']").await;
    app.wait_text("[data-test='enroll-done']", "Ewa Nowak")
        .await;
    let agreed = app
        .wait_text("[data-test='consent-agreed']", &server.url)
        .await;
    assert!(agreed.starts_with("Zgodę na wysyłanie"), "{agreed}");
    app.click("[data-test='consent-toggle']").await;
    app.wait_text(
        "[data-test='consent-statement']",
        &pl.format("consent-who", &[]),
    )
    .await;
    app.screenshot("03-agreed-pl").await;
    let devices = admin(&data, &["device", "list"]);
    assert!(devices.contains(&learner), "{devices}");
    app.quit().await;
    server.stop();
}
