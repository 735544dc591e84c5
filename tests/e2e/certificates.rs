//! Certificates in the real window, from completion on a laptop to verification on the
//! server (issue 15): a learner who completed the starter course offline prints a
//! statement of completion, which `lphm certificate verify` refuses as unverified; the
//! laptop connects to a real `lphm-server` holding a programme key, syncs, and the
//! certificate arrives; it is saved as a PDF in each interface language (the learner's
//! name with its diacritics in the text, the pages rendered to PNG as artifacts), checks
//! offline, is refused once tampered with, and after a coordinator revokes it the server's
//! page and the laptop both say so.

use std::path::Path;
use std::process::Command;

use lphm_content::{load_course, DirSource};
use lphm_i18n::{Localizer, LANGUAGES};
use lphm_package::SecretKey;

use crate::harness::{keep_image, pdf_text, App, Desktop};
use crate::sync::{admin, Server};

const COURSE: &str = "starter-communication";
const NAME: &str = "Agnieszka Wróblewska-Łęczyńska";
const AUTHORITY: &str = "Urząd Miasta Płocka";

/// Completes the starter course on the laptop's own store, as a learner studying offline
/// would: every lesson read and marked done, every quiz passed.
fn study_the_whole_course(store_dir: &Path) {
    let desk = lphm_desk::Desk::open(
        store_dir,
        Box::new(lphm_test_support::TestClock::new(1_790_000_000_000)),
        1,
    )
    .unwrap();
    lphm_desk::install_builtin_courses(desk.store()).unwrap();
    desk.create_profile(lphm_desk::NewProfile {
        name: NAME.into(),
        authority: AUTHORITY.into(),
        role: "Urzędniczka".into(),
        lang: "en".into(),
    })
    .unwrap();
    let course = load_course(&DirSource::new(
        lphm_test_support::workspace_root().join("courses/starter"),
    ))
    .unwrap();
    assert_eq!(course.manifest.id, COURSE);
    for module in &course.manifest.modules {
        for lesson in &module.lessons {
            desk.record_time(COURSE, &lesson.id, 420).unwrap();
            desk.complete_lesson(COURSE, &lesson.id).unwrap();
        }
        if let Some(quiz) = &module.quiz {
            let answers = course.quizzes[quiz]
                .questions
                .iter()
                .map(|q| (q.id.clone(), q.correct.clone()))
                .collect();
            assert!(desk.submit_quiz(COURSE, quiz, answers).unwrap().passed);
        }
    }
}

fn run(program: &Path, args: &[&std::ffi::OsStr]) -> (bool, String) {
    let out = Command::new(program)
        .args(args)
        .env("LANG", "en_GB.UTF-8")
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// Saves the certificate (or statement) of the course page on show to `saved`, and keeps
/// a copy as `<name>.pdf` in `dir`.
async fn save(app: &App, saved: &Path, dir: &Path, name: &str) -> std::path::PathBuf {
    let _ = std::fs::remove_file(saved);
    app.click("[data-test='certificate-save']").await;
    // The file appears whole (written beside it, then renamed), so its presence is the
    // sign; the toast may still show the previous save's identical words.
    lphm_test_support::eventually(
        std::time::Duration::from_secs(20),
        format!("{} to be saved", saved.display()),
        || std::fs::read(saved),
    );
    let shown = saved.display().to_string();
    app.wait_text("[data-test='toast']", &shown).await;
    let copy = dir.join(format!("{name}.pdf"));
    std::fs::copy(saved, &copy).unwrap();
    copy
}

async fn course_page(app: &App) {
    app.click("[data-test='home']").await;
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.find("[data-test='certificate']").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_completed_course_brings_a_certificate_that_checks_and_can_be_revoked() {
    let server_dir = tempfile::tempdir().unwrap();
    let data = server_dir.path().join("data");
    let key = SecretKey::from_seed("UNITAR LPHM programme (test)", [9u8; 32]);
    let key_file = server_dir.path().join("programme.secret.json");
    std::fs::write(&key_file, key.to_file()).unwrap();
    let public_file = server_dir.path().join("programme.public.json");
    std::fs::write(&public_file, key.public().to_file()).unwrap();
    let learner = admin(
        &data,
        &["learner", "add", "--name", NAME, "--authority", AUTHORITY],
    )
    .trim()
    .to_string();
    let code = admin(&data, &["code", "new", "--learner", &learner])
        .trim()
        .to_string();
    let server = Server::serve(&data, &["--certificate-key".as_ref(), key_file.as_os_str()]);

    let out = tempfile::tempdir().unwrap();
    let saved = out.path().join("saved.pdf");
    let desktop = Desktop::start_with("certificates", &[("LPHM_SAVE_FILE", saved.as_os_str())]);
    study_the_whole_course(&desktop.store_dir());
    let artifacts = lphm_test_support::workspace_root().join("tests/artifacts/e2e/certificates");
    let lphm = lphm_test_support::workspace_binary("lphm", "lphm-cli");

    let app = desktop.launch().await;
    app.find("[data-test='catalogue']").await;

    // Offline, before any certificate: a statement of completion, marked as unverified.
    course_page(&app).await;
    let en = Localizer::new("en").unwrap();
    app.wait_text(
        "[data-test='certificate']",
        &en.format("certificate-complete-title", &[]),
    )
    .await;
    app.assert_accessible("course page with a statement to print")
        .await;
    app.screenshot("01-statement-offered").await;
    let statement = save(&app, &saved, out.path(), "statement").await;
    let text = pdf_text(&statement);
    assert!(
        text.contains(NAME),
        "the learner's name with its diacritics: {text}"
    );
    keep_image(&statement, &artifacts, "statement-en");
    let (ok, said) = run(
        &lphm,
        &[
            "certificate".as_ref(),
            "verify".as_ref(),
            statement.as_os_str(),
            "--trust".as_ref(),
            public_file.as_os_str(),
        ],
    );
    assert!(!ok, "a statement is no certificate: {said}");
    assert!(said.contains("statement of completion"), "{said}");

    // Connect and sync: the programme issues the certificate and it comes back.
    app.click("[data-test='sync-status']").await;
    app.type_into("[data-test='enroll-server']", &server.url)
        .await;
    app.type_into("[data-test='enroll-code']", &code).await;
    app.click("[data-test='enroll-consent']").await;
    app.click("[data-test='enroll-submit']").await;
    app.wait_text("[data-test='enroll-done']", NAME).await;
    app.click("[data-test='sync-now']").await;
    app.wait_text("[data-test='sync-result']", "Synced").await;
    course_page(&app).await;
    app.wait_text(
        "[data-test='certificate']",
        &en.format("certificate-issued-title", &[]),
    )
    .await;
    let url = app.text("[data-test='certificate-verify-url']").await;
    assert!(url.contains(&format!("{}/verify/", server.url)), "{url}");
    app.screenshot("02-certificate-issued").await;

    // The PDF in every interface language.
    let mut certificate = None;
    for lang in LANGUAGES {
        let l10n = Localizer::new(lang).unwrap();
        app.select("[data-test='language']", lang).await;
        app.wait_text(
            "[data-test='certificate']",
            &l10n.format("certificate-issued-title", &[]),
        )
        .await;
        app.screenshot(&format!("03-course-page-{lang}")).await;
        let pdf = save(&app, &saved, out.path(), &format!("certificate-{lang}")).await;
        let text = pdf_text(&pdf);
        assert!(text.contains(NAME), "{lang}: {text}");
        assert!(text.contains(AUTHORITY), "{lang}: {text}");
        keep_image(&pdf, &artifacts, &format!("certificate-{lang}"));
        certificate = Some(pdf);
    }
    let certificate = certificate.unwrap();

    // Checked offline against the programme's key; refused with any other key, and once
    // tampered with.
    let (ok, said) = run(
        &lphm,
        &[
            "certificate".as_ref(),
            "verify".as_ref(),
            certificate.as_os_str(),
            "--trust".as_ref(),
            public_file.as_os_str(),
        ],
    );
    assert!(ok, "{said}");
    assert!(
        said.contains(NAME) && said.contains("Valid certificate"),
        "{said}"
    );
    let (ok, said) = run(
        &lphm,
        &[
            "certificate".as_ref(),
            "verify".as_ref(),
            certificate.as_os_str(),
        ],
    );
    assert!(!ok, "the test key is not the programme's: {said}");
    assert!(said.contains("does not know"), "{said}");
    let mut bytes = std::fs::read(&certificate).unwrap();
    let cut = bytes.len() / 2;
    bytes.truncate(cut);
    let damaged = out.path().join("damaged.pdf");
    std::fs::write(&damaged, &bytes).unwrap();
    let (ok, said) = run(
        &lphm,
        &[
            "certificate".as_ref(),
            "verify".as_ref(),
            damaged.as_os_str(),
            "--trust".as_ref(),
            public_file.as_os_str(),
        ],
    );
    assert!(!ok, "{said}");

    // Revoked by a coordinator: the server's page says so, and the laptop with its next sync.
    let id = url.rsplit('/').next().unwrap().trim().to_string();
    let listed = admin(&data, &["certificate", "list"]);
    assert!(listed.contains(&id), "{listed}");
    admin(&data, &["certificate", "revoke", &id, "--reason", "test"]);
    let page = reqwest::get(format!("{}/verify/{id}?lang=pl", server.url))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("data-status=\"revoked\""), "{page}");
    app.select("[data-test='language']", "en").await;
    app.click("[data-test='sync-status']").await;
    app.click("[data-test='sync-now']").await;
    app.wait_text("[data-test='sync-result']", "Synced").await;
    course_page(&app).await;
    app.wait_text(
        "[data-test='certificate']",
        &en.format("certificate-revoked-title", &[]),
    )
    .await;
    app.screenshot("04-certificate-revoked").await;
    app.quit().await;
    server.stop();
}
