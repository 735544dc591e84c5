//! The learner's day: first start, a lesson, a quiz failed then passed, French, quit,
//! restart, and everything is where it was.

use crate::harness::{workspace_root, App, Desktop};

const COURSE: &str = "starter-communication";
const LESSON: &str = "telling-the-story";
const QUIZ: &str = "perceptions-quiz";

/// `(question id, correct choice ids, a wrong choice id)` from the course source.
pub(crate) fn quiz_key() -> Vec<(String, Vec<String>, String)> {
    let path = workspace_root().join(format!("courses/starter/quizzes/{QUIZ}.json"));
    let quiz: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    quiz["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let correct: Vec<String> = q["correct"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap().to_string())
                .collect();
            let choices: Vec<String> = match q["choices"].as_array() {
                Some(cs) if !cs.is_empty() => cs
                    .iter()
                    .map(|c| c["id"].as_str().unwrap().to_string())
                    .collect(),
                _ => vec!["true".into(), "false".into()],
            };
            let wrong = choices.into_iter().find(|c| !correct.contains(c)).unwrap();
            (q["id"].as_str().unwrap().to_string(), correct, wrong)
        })
        .collect()
}

pub(crate) async fn answer(app: &App, right: bool) {
    for (q, correct, wrong) in quiz_key() {
        let picks = if right { correct } else { vec![wrong] };
        for choice in picks {
            app.click(&format!("[data-test='answer-{q}-{choice}']"))
                .await;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_learner_studies_quits_and_finds_everything_again() {
    let desktop = Desktop::start("learner");
    let app = desktop.launch().await;

    // First start: pick a language and create a profile.
    app.wait_text("h1", "Welcome to LPHM").await;
    app.screenshot("01-welcome").await;
    app.click("[data-test='profile-create']").await;
    app.wait_text("[data-test='form-error']", "enter your name")
        .await;
    app.type_into("[data-test='profile-name']", "Awa Ndiaye")
        .await;
    app.type_into("[data-test='profile-authority']", "Commune de Diourbel")
        .await;
    app.type_into("[data-test='profile-role']", "Social cohesion officer")
        .await;
    app.click("[data-test='profile-create']").await;

    // Catalogue with the starter course and its progress.
    app.find(&format!("[data-test='course-{COURSE}']")).await;
    app.wait_text(
        &format!("[data-test='course-{COURSE}'] [data-test='course-progress']"),
        "0 of 8",
    )
    .await;
    app.screenshot("02-catalogue").await;

    // A lesson, marked complete.
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.click(&format!("[data-test='lesson-{LESSON}']")).await;
    let title = app.text("[data-test='lesson-title']").await;
    assert!(!title.is_empty());
    app.find("[data-test='lesson-body'] h2").await;
    app.click("[data-test='complete']").await;
    app.wait_text("[data-test='save-status']", "Saved on this computer")
        .await;
    app.screenshot("03-lesson-completed").await;

    // The quiz: submitted empty, failed, then passed.
    app.click("[data-test='home']").await;
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.click(&format!("[data-test='quiz-{QUIZ}']")).await;
    app.click("[data-test='quiz-submit']").await;
    app.wait_text("[data-test='quiz-message']", "nothing was recorded")
        .await;
    assert_eq!(
        app.count("[data-test='quiz-history'] li").await,
        0,
        "an empty submission records no attempt"
    );
    answer(&app, false).await;
    app.click("[data-test='quiz-submit']").await;
    app.find("[data-test='quiz-failed']").await;
    app.screenshot("04-quiz-failed").await;
    app.click("[data-test='quiz-retry']").await;
    answer(&app, true).await;
    app.click("[data-test='quiz-submit']").await;
    app.find("[data-test='quiz-passed']").await;
    app.wait_text("[data-test='quiz-history']", "Your 2 attempts")
        .await;
    assert_eq!(
        app.count("[data-test='quiz-history'] li").await,
        2,
        "both attempts are kept"
    );
    app.screenshot("05-quiz-passed").await;

    // Back to the lesson, then French, without a restart.
    app.click("[data-test='step-prev']").await;
    app.wait_text("[data-test='lesson-title']", "words").await;
    app.click("[data-test='home']").await;
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.click(&format!("[data-test='lesson-{LESSON}']")).await;
    app.wait_text("[data-test='complete']", "Completed").await;
    app.select("[data-test=\'language\']", "fr").await;
    app.wait_text("[data-test='complete']", "Terminée").await;
    let french_title = app.text("[data-test='lesson-title']").await;
    assert_ne!(french_title, title, "the lesson itself switches to French");
    let window_title = app.client.title().await.unwrap();
    assert!(
        window_title.contains("Plateforme"),
        "document title in French: {window_title}"
    );
    app.screenshot("06-lesson-french").await;
    assert_no_network(&app).await;
    app.quit().await;

    // Restart with the same data: the same lesson, in French, still complete.
    let app = desktop.launch().await;
    app.wait_text("[data-test='lesson-title']", &french_title)
        .await;
    app.wait_text("[data-test='complete']", "Terminée").await;
    app.screenshot("07-reopened").await;
    app.click("[data-test='home']").await;
    app.wait_text(
        &format!("[data-test='course-{COURSE}'] [data-test='course-progress']"),
        "2 étapes terminées sur 8",
    )
    .await;
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.find("[data-test='module-perceptions']").await;
    assert_eq!(
        app.count("[data-test='module-perceptions'] li.done").await,
        2,
        "the completed lesson and the passed quiz are still ticked"
    );
    app.screenshot("08-course-after-restart").await;
    app.quit().await;
}

/// The window cannot reach the network: the content security policy refuses a fetch, an
/// image and a stylesheet from outside the app, and a listener standing in for "the
/// network" (on loopback, the only address tests may use) never sees a connection.
async fn assert_no_network(app: &App) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let script = r#"
        const [base, done] = arguments;
        const img = new Promise((ok) => { const i = new Image(); i.onload = () => ok("loaded"); i.onerror = () => ok("blocked"); i.src = base + "/image.png"; });
        const css = new Promise((ok) => { const l = document.createElement("link"); l.rel = "stylesheet"; l.onload = () => ok("loaded"); l.onerror = () => ok("blocked"); l.href = base + "/style.css"; document.head.append(l); });
        const xhr = fetch(base + "/data").then(() => "loaded", () => "blocked");
        Promise.all([xhr, img, css]).then(done);
    "#;
    let outcome = app
        .client
        .execute_async(script, vec![base.clone().into()])
        .await
        .unwrap();
    assert_eq!(
        outcome,
        serde_json::json!(["blocked", "blocked", "blocked"]),
        "requests to {base} must be refused"
    );
    match listener.accept() {
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
        other => panic!("the window connected to {base}: {other:?}"),
    }
}
