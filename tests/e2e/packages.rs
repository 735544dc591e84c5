//! A course package imported from a file, as from a USB stick, in the real window: a
//! broken copy is refused with a clear message and nothing changes; a good copy installs
//! with its progress bar; the course is then removed from the course page.

use std::time::Duration;

use lphm_package::SecretKey;
use lphm_test_support::eventually_async;

use crate::harness::Desktop;

const COURSE: &str = "fixture-fallback";

#[tokio::test(flavor = "multi_thread")]
async fn a_package_from_a_stick_is_checked_installed_and_removed() {
    // The "stick": a folder with a package signed by a publisher the laptop was told to trust.
    let stick = tempfile::tempdir().unwrap();
    let package = stick.path().join("fixture-course.lphm");
    let key = SecretKey::from_seed("Province publisher", [42u8; 32]);
    let mut good = Vec::new();
    lphm_package::pack(
        &lphm_test_support::fixture("fallback-course"),
        &key,
        &mut good,
    )
    .unwrap();

    let desktop = Desktop::start_with("packages", &[("LPHM_PICK_FILE", package.as_os_str())]);
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
    let before = lphm_store::Store::open(&desktop.store_dir())
        .unwrap()
        .fingerprint()
        .unwrap();

    // A copy cut short, as when the stick is pulled out too early.
    std::fs::write(&package, &good[..good.len() / 2]).unwrap();
    let app = desktop.launch().await;
    app.type_into("[data-test='profile-name']", "Thandi Dlamini")
        .await;
    app.click("[data-test='profile-create']").await;
    app.find("[data-test='catalogue']").await;
    let courses_before = app.count("[data-test^='course-']").await;

    app.click("[data-test='import-button']").await;
    let text = app
        .wait_text(
            "[data-test='import-result']",
            "Nothing on this computer was changed",
        )
        .await;
    assert!(
        text.contains("incomplete") && text.contains("cut short"),
        "the learner is told what is wrong: {text}"
    );
    app.screenshot("01-truncated-refused").await;
    app.click("[data-test='import-close']").await;
    app.wait_gone("[data-test='import-panel']").await;
    assert_eq!(app.count("[data-test^='course-']").await, courses_before);

    // The whole package this time.
    std::fs::write(&package, &good).unwrap();
    app.click("[data-test='import-button']").await;
    let text = app
        .wait_text("[data-test='import-result']", "is installed")
        .await;
    assert!(text.contains("Fixture course"), "{text}");
    app.wait_text("[data-test='import-percent']", "100").await;
    app.screenshot("02-installed").await;
    app.click("[data-test='import-close']").await;
    app.find(&format!("[data-test='course-{COURSE}']")).await;

    // Its lesson written in English only says so in a French interface.
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.click("[data-test='lesson-english-only']").await;
    app.select("[data-test='language']", "fr").await;
    let notice = lphm_i18n::Localizer::new("fr")
        .unwrap()
        .format("lesson-fallback", &[("lang", "English".into())]);
    // The sentence up to the language's name.
    let words: String = notice.chars().take_while(|c| *c != '.').collect();
    app.wait_text("[data-test='fallback-notice']", &words).await;
    app.screenshot("03-fallback-notice").await;
    app.select("[data-test='language']", "en").await;
    app.click("[data-test='home']").await;

    // Remove it from its page; progress is kept unless asked.
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.click("[data-test='course-remove']").await;
    app.find("[data-test='remove-confirm']").await;
    app.screenshot("04-remove-confirm").await;
    app.click("[data-test='remove-yes']").await;
    app.wait_text("[data-test='toast']", "was removed").await;
    app.find("[data-test='catalogue']").await;
    app.wait_gone(&format!("[data-test='course-{COURSE}']"))
        .await;
    app.quit().await;

    // The refused import changed nothing; the removal took the course's files with it.
    // The app process may take a moment to exit and release the store.
    let store = eventually_async(
        Duration::from_secs(20),
        "the app to release its store",
        || async {
            match lphm_store::Store::open(&desktop.store_dir()) {
                Ok(store) => Ok(store),
                Err(e @ lphm_store::OpenError::Locked { .. }) => Err(e),
                Err(e) => panic!("{e}"),
            }
        },
    )
    .await;
    assert!(store.installed(COURSE).unwrap().is_none());
    assert_ne!(
        before,
        store.fingerprint().unwrap(),
        "the profile was created since"
    );
}
