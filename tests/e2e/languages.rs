//! Each of the four interface languages in the real window: switched from the header at any
//! moment, with the strings the learner sees in that language, and a screenshot each.

use lphm_i18n::Localizer;

use crate::harness::Desktop;

const COURSE: &str = "starter-communication";

#[tokio::test(flavor = "multi_thread")]
async fn every_language_reads_in_the_window() {
    let desktop = Desktop::start("languages");
    let app = desktop.launch().await;
    app.type_into("[data-test='profile-name']", "Łucja Żółć-Ngubane")
        .await;
    app.type_into(
        "[data-test='profile-authority']",
        "Płock · eThekwini · Diourbel",
    )
    .await;
    app.click("[data-test='profile-create']").await;
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.click("[data-test='lesson-telling-the-story']").await;

    for lang in lphm_i18n::LANGUAGES {
        let l10n = Localizer::new(lang).unwrap();
        app.select("[data-test=\'language\']", lang).await;
        // The button, the window title and the breadcrumb all speak the new language.
        app.wait_text(
            "[data-test='complete']",
            &l10n.format("lesson-complete", &[]),
        )
        .await;
        app.wait_text(".crumbs", &l10n.format("catalogue-title", &[]))
            .await;
        assert_eq!(
            app.client.title().await.unwrap(),
            l10n.format("app-title", &[])
        );
        // The starter course is written in all four languages: nothing falls back to
        // English (the fallback notice is tested with an English-only course, packages.rs).
        assert_eq!(
            app.count("[data-test='fallback-notice']").await,
            0,
            "{lang}"
        );
        app.screenshot(&format!("lesson-{lang}")).await;
    }

    // The quiz, where plurals and true/false labels appear, in Polish.
    app.select("[data-test=\'language\']", "pl").await;
    app.click("[data-test='home']").await;
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.click("[data-test='quiz-perceptions-quiz']").await;
    let pl = Localizer::new("pl").unwrap();
    app.wait_text("[data-test='quiz-submit']", &pl.format("quiz-submit", &[]))
        .await;
    app.click("[data-test='quiz-submit']").await;
    let unanswered = pl.format(
        "error-quiz-unanswered",
        &[("count", fluent_bundle::FluentValue::from(5))],
    );
    assert!(unanswered.contains("5 pytań"), "{unanswered}");
    app.wait_text("[data-test='quiz-message']", &unanswered)
        .await;
    app.screenshot("quiz-pl").await;
    app.quit().await;
}
