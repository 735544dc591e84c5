//! The learners' glossary in the real window, in every language (issue 14): a term in
//! lesson text opens its entry beside the text with the keyboard, the entry can be read in
//! another language than the lesson, Escape gives focus back to the term, the Glossary
//! screen is reached from the header and finds terms typed in any language, and axe finds
//! no serious problem on either.

use std::time::Duration;

use fantoccini::key::Key;
use lphm_content::{load_course, DirSource, Glossary};
use lphm_i18n::{Localizer, LANGUAGES};
use lphm_test_support::eventually_async;

use crate::harness::App;

const CURRICULUM: &str = "perceptions-communication-media";
/// A lesson whose text uses glossary terms in every language.
const LESSON: &str = "hs-what-human-security-means";

fn glossary() -> Glossary {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../courses/lphm-curriculum");
    load_course(&DirSource::new(dir))
        .unwrap_or_else(|e| panic!("{e}"))
        .glossary
        .expect("the curriculum has a glossary")
}

async fn attr(app: &App, css: &str, name: &str) -> String {
    app.eval(
        &format!("return document.querySelector(\"{css}\")?.getAttribute('{name}') ?? ''"),
        vec![],
    )
    .await
    .as_str()
    .unwrap_or_default()
    .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_glossary_works_in_the_window_in_every_language() {
    let g = glossary();
    let desktop = crate::harness::Desktop::start("glossary");
    let app = desktop.launch().await;
    app.type_into("[data-test='profile-name']", "Thandiwe Dlamini")
        .await;
    app.click("[data-test='profile-create']").await;
    app.find("[data-test='catalogue']").await;

    for (i, lang) in LANGUAGES.iter().copied().enumerate() {
        let other = LANGUAGES[(i + 1) % LANGUAGES.len()];
        let l10n = Localizer::new(lang).unwrap();
        app.select("[data-test='language']", lang).await;
        app.click("[data-test='home']").await;
        app.wait_text("main h1", &l10n.format("catalogue-title", &[]))
            .await;

        // A lesson of the curriculum, in the interface's language.
        app.click(&format!("[data-test='course-overview-{CURRICULUM}']"))
            .await;
        app.click(&format!("[data-test='lesson-{LESSON}']")).await;
        app.find("[data-test='lesson-body'] span.term").await;
        assert_eq!(attr(&app, "[data-test='lesson-body']", "lang").await, lang);
        app.wait_focus("main h1").await;

        // The first term, reached with Tab and opened with Enter.
        app.tab_to("[data-test='lesson-body'] span.term", false, 30)
            .await;
        let id = attr(&app, "[data-test='lesson-body'] span.term", "data-term").await;
        let term = g
            .term(&id)
            .unwrap_or_else(|| panic!("{lang}: the lesson links {id:?}, which the glossary has"));
        app.keys(&Key::Enter.to_string()).await;
        app.find("[data-test='term-panel'] [data-test='term-card']")
            .await;
        app.wait_focus("[data-test='term-panel'] .term-head").await;
        assert_eq!(
            attr(&app, "[data-test='lesson-body'] span.term", "aria-expanded").await,
            "true"
        );
        // Explanations in the lesson's language (chosen again: the choice of a language
        // for the glossary lasts the session).
        app.select("[data-test='term-panel-language']", lang).await;
        app.wait_content(
            "[data-test='term-panel'] [data-test='term-definition']",
            &term.definition.0[lang],
        )
        .await;
        app.wait_content("[data-test='term-panel'] .term-head", &term.term.0[lang])
            .await;
        // The four headwords side by side, each marked with its language.
        for l in LANGUAGES {
            app.wait_content(
                &format!("[data-test='term-panel'] .term-name[data-lang='{l}'] dd"),
                &term.term.0[*l],
            )
            .await;
        }
        app.assert_accessible(&format!("lesson with a glossary entry open ({lang})"))
            .await;
        app.screenshot(&format!("glossary-panel-{lang}")).await;

        // The same entry explained in another language; the lesson stays in its own.
        app.select("[data-test='term-panel-language']", other).await;
        app.wait_content(
            "[data-test='term-panel'] [data-test='term-definition']",
            &term.definition.0[other],
        )
        .await;
        assert_eq!(attr(&app, "[data-test='lesson-body']", "lang").await, lang);

        // Escape closes it and gives focus back to the term.
        app.click("[data-test='term-panel'] .term-head").await;
        app.keys(&Key::Escape.to_string()).await;
        app.wait_gone("[data-test='term-panel']").await;
        app.wait_focus(&format!(
            "[data-test='lesson-body'] span.term[data-term='{id}']"
        ))
        .await;

        // The Glossary screen, from the header.
        app.click("[data-test='glossary-button']").await;
        app.wait_text("main h1", &l10n.format("glossary-title", &[]))
            .await;
        app.select("[data-test='glossary-language']", lang).await;
        app.wait_content(
            &format!("#term-{id} [data-test='term-definition']"),
            &term.definition.0[lang],
        )
        .await;
        assert_eq!(app.count("[data-test='term-card']").await, g.terms.len());
        app.assert_accessible(&format!("glossary ({lang})")).await;
        app.screenshot(&format!("glossary-{lang}")).await;

        // Finding a term by its headword in another language.
        app.type_into("[data-test='glossary-filter']", &term.term.0[other])
            .await;
        eventually_async(
            Duration::from_secs(20),
            format!("{lang}: the list to narrow to what the {other} headword finds"),
            || async { app.count("[data-test='term-card']").await < g.terms.len() },
        )
        .await;
        assert_eq!(
            app.count(&format!("#term-{id}")).await,
            1,
            "{lang}: typing the {other} headword finds {id}"
        );
        app.type_into("[data-test='glossary-filter']", " zzzqqq")
            .await;
        app.find("[data-test='glossary-no-match']").await;
        assert_eq!(app.count("[data-test='term-card']").await, 0);
    }
    app.quit().await;
}
