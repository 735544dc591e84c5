//! Text size (issue 15): a learner sets 200 % on the profiles screen (or with Ctrl and + −
//! 0), it is kept across a restart, and at 200 % every screen stays usable in every
//! language: nothing runs off the side of the window and no text is cut off. Screenshots of
//! each screen at 200 % are kept for looking at.

use fantoccini::key::Key;
use lphm_i18n::{Localizer, LANGUAGES};

use crate::harness::{App, Desktop};

const CURRICULUM: &str = "perceptions-communication-media";
const LESSON: &str = "hs-what-human-security-means";
const QUIZ: &str = "human-security-quiz";

/// The root font size in CSS pixels, as the window computes it.
async fn root_px(app: &App) -> f64 {
    app.eval(
        "return parseFloat(getComputedStyle(document.documentElement).fontSize)",
        vec![],
    )
    .await
    .as_f64()
    .unwrap()
}

/// What on the screen is unusable: the page wider than the window, or an element whose text
/// is cut off by its box (wider or taller than it, with the overflow hidden).
async fn problems(app: &App) -> Vec<String> {
    let found = app
        .eval(
            r#"
            const out = [];
            const doc = document.documentElement;
            if (doc.scrollWidth > window.innerWidth + 1)
              out.push(`the page is ${doc.scrollWidth}px wide in a ${window.innerWidth}px window`);
            for (const el of document.querySelectorAll("body *")) {
              const style = getComputedStyle(el);
              if (style.display === "none" || style.visibility === "hidden") continue;
              if (el.closest(".visually-hidden, .skip-link, select, option, svg, .term-panel-entry, .term-panel")) continue;
              const hides = ["hidden", "clip"].includes(style.overflowX) || ["hidden", "clip"].includes(style.overflowY);
              if (!hides || !el.textContent.trim()) continue;
              if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
                out.push(`${el.tagName.toLowerCase()}.${el.className} cuts off "${el.textContent.trim().slice(0, 40)}"`);
            }
            for (const el of document.querySelectorAll("main *, header *")) {
              const r = el.getBoundingClientRect();
              if (r.width > 0 && r.right > window.innerWidth + 1 && getComputedStyle(el).position !== "fixed")
                out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)}px, past the window's ${window.innerWidth}px`);
            }
            return out.slice(0, 10);
            "#,
            vec![],
        )
        .await;
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

async fn check(app: &App, screen: &str, lang: &str) {
    let found = problems(app).await;
    app.screenshot(&format!("200-{screen}-{lang}")).await;
    assert!(found.is_empty(), "{screen} ({lang}) at 200 %: {found:#?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_stays_usable_at_200_percent_in_every_language() {
    let desktop = Desktop::start("text-size");
    let app = desktop.launch().await;
    app.type_into("[data-test='profile-name']", "Bongani Mkhize-Wiśniewska")
        .await;
    app.click("[data-test='profile-create']").await;
    app.find("[data-test='catalogue']").await;
    let normal = root_px(&app).await;

    // Chosen on the profiles screen.
    app.click("[data-test='profile-button']").await;
    app.select("[data-test='text-size']", "200").await;
    crate::harness::eventually_px(&app, normal * 2.0).await;

    // Ctrl with − and + on any screen; Ctrl with 0 back to normal.
    app.click("[data-test='home']").await;
    app.find("[data-test='catalogue']").await;
    app.keys(&format!("{}-{}", Key::Control, Key::Null)).await;
    crate::harness::eventually_px(&app, normal * 1.75).await;
    app.keys(&format!("{}0{}", Key::Control, Key::Null)).await;
    crate::harness::eventually_px(&app, normal).await;
    for _ in 0..5 {
        app.keys(&format!("{}+{}", Key::Control, Key::Null)).await;
    }
    crate::harness::eventually_px(&app, normal * 2.0).await;

    // Kept across a restart.
    app.quit().await;
    let app = desktop.launch().await;
    app.find("[data-test='catalogue']").await;
    crate::harness::eventually_px(&app, normal * 2.0).await;

    for lang in LANGUAGES {
        let l10n = Localizer::new(lang).unwrap();
        app.select("[data-test='language']", lang).await;
        app.click("[data-test='home']").await;
        app.wait_text("main h1", &l10n.format("catalogue-title", &[]))
            .await;
        check(&app, "catalogue", lang).await;

        app.click(&format!("[data-test='course-overview-{CURRICULUM}']"))
            .await;
        app.find(&format!("[data-test='lesson-{LESSON}']")).await;
        check(&app, "course", lang).await;

        app.click(&format!("[data-test='lesson-{LESSON}']")).await;
        app.find("[data-test='lesson-body'] span.term").await;
        check(&app, "lesson", lang).await;
        app.click("[data-test='lesson-body'] span.term").await;
        app.find("[data-test='term-panel'] [data-test='term-card']")
            .await;
        check(&app, "lesson-glossary-entry", lang).await;
        app.click("[data-test='term-panel-close']").await;
        app.wait_gone("[data-test='term-panel']").await;

        app.click("[data-test='home']").await;
        app.click(&format!("[data-test='course-overview-{CURRICULUM}']"))
            .await;
        app.click(&format!("[data-test='quiz-{QUIZ}']")).await;
        app.find("[data-test='quiz-form']").await;
        check(&app, "quiz", lang).await;

        app.click("[data-test='glossary-button']").await;
        app.wait_text("main h1", &l10n.format("glossary-title", &[]))
            .await;
        check(&app, "glossary", lang).await;

        app.click("[data-test='sync-status']").await;
        app.find("[data-test='enroll-form']").await;
        check(&app, "sync", lang).await;

        app.click("[data-test='profile-button']").await;
        app.find("[data-test='text-size']").await;
        check(&app, "profiles", lang).await;

        app.click("[data-test='notes-button']").await;
        app.wait_text("main h1", &l10n.format("notes-title", &[]))
            .await;
        check(&app, "notes", lang).await;
    }
    app.quit().await;
}
