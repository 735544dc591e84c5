//! Search in the real window (issue 15), in every language: a query typed in the header
//! with an inflected form, results in the course-text language first with the words found
//! marked, and a lesson result that opens the lesson at the passage.

use lphm_i18n::{Localizer, LANGUAGES};

use crate::harness::{App, Desktop};

/// A query per language that only language-aware matching answers: an English plural, a
/// French phrase typed without accents, a Polish inflected phrase, an isiZulu noun in the
/// singular (um-) where the lessons mostly have the plural (aba-).
fn query(lang: &str) -> &'static str {
    match lang {
        "en" => "entrepreneurs",
        "fr" => "cohesion sociale",
        "pl" => "handlu ludźmi",
        _ => "umfuduki",
    }
}

async fn in_view(app: &App, css: &str) -> bool {
    app.eval(
        "const e = document.querySelector(arguments[0]); if (!e) return false; const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;",
        vec![css.into()],
    )
    .await
        == true
}

#[tokio::test(flavor = "multi_thread")]
async fn search_finds_inflected_forms_and_opens_the_passage_in_every_language() {
    let desktop = Desktop::start("search");
    let app = desktop.launch().await;
    app.type_into("[data-test='profile-name']", "Zanele Ndlovu")
        .await;
    app.click("[data-test='profile-create']").await;
    app.find("[data-test='catalogue']").await;

    for lang in LANGUAGES {
        let l10n = Localizer::new(lang).unwrap();
        app.select("[data-test='language']", lang).await;
        app.click("[data-test='home']").await;
        app.wait_text("main h1", &l10n.format("catalogue-title", &[]))
            .await;

        app.eval(
            "document.querySelector(\"[data-test='search-input']\").value = ''",
            vec![],
        )
        .await;
        app.type_into("[data-test='search-input']", query(lang))
            .await;
        app.click("[data-test='search-input-go']").await;
        app.wait_text("main h1", &l10n.format("search-title", &[]))
            .await;
        app.find("[data-test='search-result']").await;
        // The course-text language (the interface's here) comes first.
        let first_lang = app
            .eval("return document.querySelector(\"[data-test='search-result']\").getAttribute('lang')", vec![])
            .await;
        assert_eq!(
            first_lang.as_str(),
            Some(*lang),
            "{lang}: results in the course-text language first"
        );
        assert!(
            app.count("[data-test='search-result'] [data-test='search-snippet'] b")
                .await
                > 0,
            "{lang}: the words found are marked"
        );
        app.assert_accessible(&format!("search results ({lang})"))
            .await;
        app.screenshot(&format!("search-{lang}")).await;

        // A lesson result opens the lesson at the passage.
        app.click(
            "[data-test='search-result'][data-kind='lesson'] [data-test='search-result-open']",
        )
        .await;
        app.find("[data-test='lesson-body'] mark[data-test='search-hit']")
            .await;
        assert!(
            in_view(&app, "mark[data-test='search-hit']").await,
            "{lang}: the passage is scrolled into view"
        );
        app.screenshot(&format!("search-opened-{lang}")).await;
    }
    app.quit().await;
}
