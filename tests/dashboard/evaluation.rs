//! A cohort's evaluation in the browser: two laptops enroll with printed codes, record a
//! pre-test, a post-test and the reaction survey (French free text), and sync; a coordinator
//! opens the cohort's evaluation page in French, sees the gain and the free text, and
//! downloads the CSV by clicking.

use std::collections::BTreeMap;

use lphm_progress::{EventKind, Stage, SurveyAnswer};

use crate::harness::{on_both_backends, plain, say, Dashboard, Kind, Laptop};

const COURSE: &str = "perceptions-communication-media";
const COHORT: &str = "Diourbel — mai 2026";
const AWA: &str = "Awa Ndiaye";
const MOUSSA: &str = "Moussa Diop";
const IMPROVE: &str =
    "Plus d’exemples de «\u{a0}villes moyennes\u{a0}», svp\u{a0}!\nEt des cartes.";

on_both_backends!(a_coordinator_reads_a_cohorts_evaluation);

/// Records `kind` on the laptop's store, as the app does when the learner finishes a test
/// or a survey.
fn record(laptop: &Laptop, kind: EventKind) {
    let store = laptop.desk.store();
    let profile = store.current_profile().unwrap().expect("a profile");
    let device = store.device_id(uuid::Uuid::new_v4()).unwrap();
    let now = lphm_desk::Clock::now_ms(&lphm_desk::SystemClock);
    store.append(profile, device, now, kind).unwrap();
}

fn test(stage: Stage, form: &str, correct: u32) -> EventKind {
    EventKind::TestTaken {
        course: COURSE.into(),
        stage,
        form: form.into(),
        answers: BTreeMap::new(),
        correct,
        total: 12,
    }
}

async fn a_coordinator_reads_a_cohorts_evaluation(kind: Kind) {
    let d = Dashboard::start("evaluation", kind, "fr", &[]).await;
    let (server, b) = (&d.server, &d.browser);
    server.account("coord@diourbel.sn", "Coordination", "coordinator");
    b.log_in("coord@diourbel.sn", Some("fr")).await;
    let cohort_page = b.create_cohort(COHORT, &[COURSE]).await;
    for name in [AWA, MOUSSA] {
        let before = b.count("[data-test='participant']").await;
        b.type_into("#name", name).await;
        b.type_into("#city", "Diourbel").await;
        b.click("[data-test='participant-add']").await;
        lphm_test_support::eventually_async(
            std::time::Duration::from_secs(20),
            format!("{name} in the grid"),
            || async { b.count("[data-test='participant']").await == before + 1 },
        )
        .await;
    }
    b.click("[data-test='print-codes']").await;
    b.find("[data-test='codes']").await;
    let codes: BTreeMap<String, String> = b
        .table("[data-test='code-row']")
        .await
        .into_iter()
        .map(|r| (r[0].clone(), r[2].clone()))
        .collect();

    // Awa: 4/12 before, 10/12 after (+50 points), and her view of the course. Moussa: 6/12
    // before, 9/12 after (+25).
    for (name, pre, post) in [(AWA, 4, 10), (MOUSSA, 6, 9)] {
        let laptop = Laptop::new(name, "Commune de Diourbel");
        laptop.enroll(&server.url, &codes[name]).await;
        record(&laptop, test(Stage::Pre, "pre-post-a", pre));
        record(&laptop, test(Stage::Post, "pre-post-b", post));
        if name == AWA {
            let answers = [
                ("relevance", SurveyAnswer::Rating(5)),
                ("clarity", SurveyAnswer::Rating(4)),
                ("improve", SurveyAnswer::Text(IMPROVE.into())),
            ];
            record(
                &laptop,
                EventKind::SurveyAnswered {
                    course: COURSE.into(),
                    survey: "reaction".into(),
                    answers: answers
                        .into_iter()
                        .map(|(q, a)| (q.to_string(), a))
                        .collect(),
                },
            );
        }
        laptop.sync().await;
    }

    // From the cohort page to its evaluation, in French.
    b.open(&cohort_page.replace("?lang=en", "?lang=fr")).await;
    b.click("[data-test='evaluation-link']").await;
    let title = b
        .wait_content("[data-test='evaluation-title']", "Évaluation")
        .await;
    assert!(title.contains("Évaluation"), "{title}");
    let rows = b.table("[data-test='evaluation-learner']").await;
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0][0], AWA);
    assert_eq!(plain(&rows[0][2]), "A 4/12 (33,3 %)", "{rows:?}");
    assert_eq!(plain(&rows[0][3]), "B 10/12 (83,3 %)", "{rows:?}");
    assert_eq!(rows[0][4], "+50,0");
    assert_eq!(rows[1][4], "+25,0");
    let figures = b.table("[data-test='evaluation-learning'] tr").await;
    let gain = figures
        .iter()
        .find(|r| r[0] == say("fr", "evaluation-mean-gain"))
        .unwrap_or_else(|| panic!("{figures:?}"));
    assert_eq!(gain[1], "+37,5");
    let texts = b.all("[data-test='free-text'] blockquote").await;
    assert_eq!(texts.len(), 1);
    // What the browser shows keeps the line break (white-space: pre-wrap); WebDriver
    // reads no-break spaces as spaces.
    let shown = texts[0].text().await.unwrap();
    assert_eq!(shown.replace('\u{a0}', " "), IMPROVE.replace('\u{a0}', " "));
    b.assert_nothing_blocked("the evaluation page", ("span.form", "font-weight", "700"))
        .await;
    b.screenshot("01-evaluation-fr").await;

    // The CSV by clicking, read back.
    let csv = b.download("[data-test='evaluation-csv']").await;
    let text = std::fs::read_to_string(&csv).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    let records: Vec<Vec<String>> = text_records(text);
    assert_eq!(records[0][3], say("fr", "evaluation-csv-pre-form"));
    assert_eq!(
        records[1][..12],
        [AWA, "", "Diourbel", "A", "4", "12", "33.3", "B", "10", "12", "83.3", "50.0"]
    );
    let improve = records[0]
        .iter()
        .position(|h| h == "reaction: improve")
        .unwrap();
    assert_eq!(records[1][improve], IMPROVE, "the free text to the byte");
    eprintln!(
        "dashboard: the evaluation CSV was saved as {}",
        csv.display()
    );

    // The course page: the cohort's row, linking back.
    b.click(&format!(
        "header a[href='{}']",
        cohort_page.replace("?lang=en", "?lang=fr")
    ))
    .await;
    b.click("[data-test='course-link']").await;
    let row = b.table("[data-test='course-evaluation']").await;
    // Spaces made plain by `table`: the page has a no-break space before "%".
    assert_eq!(
        row[0][1..7],
        ["2", "41,7 %", "79,2 %", "+37,5", "4,5", "–"],
        "{row:?}"
    );
    b.screenshot("02-course-fr").await;
}

/// A CSV's records (quoted cells with commas, quotes and line breaks read as one cell).
fn text_records(text: &str) -> Vec<Vec<String>> {
    let mut records = vec![vec![]];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            ('\r', false) => {}
            (',', false) => records.last_mut().unwrap().push(std::mem::take(&mut cell)),
            ('\n', false) => {
                records.last_mut().unwrap().push(std::mem::take(&mut cell));
                records.push(vec![]);
            }
            (c, _) => cell.push(c),
        }
    }
    if !cell.is_empty() {
        records.last_mut().unwrap().push(cell);
    }
    records.retain(|r| !r.is_empty());
    records
}
