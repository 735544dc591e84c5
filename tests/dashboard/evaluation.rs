//! A cohort's evaluation from end to end: two laptops enroll with printed codes and are
//! given opposite test forms by the server; then, offline and on a clock the test moves,
//! each takes the pre-test, studies the whole curriculum, takes the post-test in the other
//! form and answers the reaction survey, and 91 days later the follow-up. They sync, and a
//! coordinator opens the cohort's evaluation page in French, sees each learner's gain, the
//! cohort's, the reactions, the follow-up and the free text, and downloads the CSV by
//! clicking.

use std::collections::BTreeMap;

use lphm_content::Course;
use lphm_desk::Which;
use lphm_progress::{Stage, SurveyAnswer};
use lphm_test_support::TestClock;
use lphm_tests::curriculum::{answers, complete, curriculum, form, CURRICULUM as COURSE};

use crate::harness::{on_both_backends, plain, say, Dashboard, Kind, Laptop};

const COHORT: &str = "Diourbel — mai 2026";
const AWA: &str = "Awa Ndiaye";
const MOUSSA: &str = "Moussa Diop";
const IMPROVE: &str =
    "Plus d’exemples de «\u{a0}villes moyennes\u{a0}», svp\u{a0}!\nEt des cartes.";
const HOW: &str = "Sihlangane nezakhamuzi zaseDiourbel; kwasiza kakhulu.";
const DAY_MS: i64 = 86_400_000;

on_both_backends!(a_coordinator_reads_a_cohorts_evaluation);

/// Takes the test of `stage` on the laptop with `right` answers right; returns its form.
fn take_test(laptop: &Laptop, course: &Course, stage: Stage, right: usize) -> String {
    let view = laptop.desk.test(COURSE, stage).unwrap();
    let form = form(course, &view.form);
    assert_eq!(
        view.questions.iter().map(|q| &q.id).collect::<Vec<_>>(),
        form.questions.iter().map(|q| &q.id).collect::<Vec<_>>(),
        "the laptop shows form {}'s questions",
        view.form
    );
    let outcome = laptop
        .desk
        .submit_test(COURSE, stage, answers(form, right))
        .unwrap();
    assert_eq!(outcome.score.correct as usize, right);
    view.form
}

fn survey(answers: &[(&str, SurveyAnswer)]) -> BTreeMap<String, SurveyAnswer> {
    answers
        .iter()
        .map(|(q, a)| (q.to_string(), a.clone()))
        .collect()
}

fn pick(ids: &[&str]) -> SurveyAnswer {
    SurveyAnswer::Choices(ids.iter().map(|s| s.to_string()).collect())
}

async fn a_coordinator_reads_a_cohorts_evaluation(kind: Kind) {
    let course = curriculum();
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

    // The laptops' clocks start 100 days ago, so that the follow-up, 91 days after the
    // course, is answered in the past of the server's clock.
    let start = lphm_desk::Clock::now_ms(&lphm_desk::SystemClock) - 100 * DAY_MS;
    // Awa: 4/12 before, 10/12 after (+50 points). Moussa: 6/12 before, 9/12 after (+25).
    let mut forms = BTreeMap::new();
    for (name, pre, post) in [(AWA, 4, 10), (MOUSSA, 6, 9)] {
        let clock = TestClock::new(start);
        let laptop = Laptop::with_clock(name, "Commune de Diourbel", Box::new(clock.clone()));
        laptop.enroll(&server.url, &codes[name]).await;
        // From here on the laptop works offline until its one sync at the end.
        let pre_form = take_test(&laptop, &course, Stage::Pre, pre);
        complete(&laptop.desk, &course);
        let post_form = take_test(&laptop, &course, Stage::Post, post);
        assert_ne!(
            pre_form, post_form,
            "{name} sits the other form after the course"
        );
        let reaction = if name == AWA {
            survey(&[
                ("relevance", SurveyAnswer::Rating(5)),
                ("clarity", SurveyAnswer::Rating(4)),
                ("other-cities", SurveyAnswer::Rating(5)),
                ("app", SurveyAnswer::Rating(4)),
                ("recommend", SurveyAnswer::Rating(5)),
                ("most-useful-module", pick(&["social-cohesion"])),
                ("improve", SurveyAnswer::Text(IMPROVE.into())),
            ])
        } else {
            survey(&[
                ("relevance", SurveyAnswer::Rating(4)),
                ("clarity", SurveyAnswer::Rating(4)),
                ("other-cities", SurveyAnswer::Rating(3)),
                ("app", SurveyAnswer::Rating(5)),
                ("recommend", SurveyAnswer::Rating(4)),
                ("most-useful-module", pick(&["human-security"])),
            ])
        };
        laptop
            .desk
            .submit_survey(COURSE, Which::Reaction, reaction)
            .unwrap();
        assert!(
            laptop.desk.follow_ups_due().unwrap().is_empty(),
            "no follow-up the day the course ends"
        );
        clock.advance(91 * DAY_MS);
        let due = laptop.desk.follow_ups_due().unwrap();
        assert_eq!(due.len(), 1, "91 days later the follow-up is due: {due:?}");
        let follow_up = if name == AWA {
            survey(&[
                ("applied", pick(&["yes-several"])),
                ("how", SurveyAnswer::Text(HOW.into())),
                ("obstacles", pick(&["time"])),
                ("change", SurveyAnswer::Rating(4)),
            ])
        } else {
            survey(&[
                ("applied", pick(&["not-yet"])),
                ("obstacles", pick(&["time"])),
                ("change", SurveyAnswer::Rating(2)),
            ])
        };
        laptop
            .desk
            .submit_survey(COURSE, Which::FollowUp, follow_up)
            .unwrap();
        laptop.sync().await;
        forms.insert(name, (pre_form, post_form));
    }
    assert_ne!(
        forms[AWA].0, forms[MOUSSA].0,
        "the server balanced the cohort: one learner takes each form first"
    );

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
    let (awa_pre, awa_post) = &forms[AWA];
    assert_eq!(
        plain(&rows[0][2]),
        format!("{awa_pre} 4/12 (33,3 %)"),
        "{rows:?}"
    );
    assert_eq!(
        plain(&rows[0][3]),
        format!("{awa_post} 10/12 (83,3 %)"),
        "{rows:?}"
    );
    assert_eq!(rows[0][4], "+50,0");
    assert_eq!(rows[1][4], "+25,0");
    let figures = b.table("[data-test='evaluation-learning'] tr").await;
    let gain = figures
        .iter()
        .find(|r| r[0] == say("fr", "evaluation-mean-gain"))
        .unwrap_or_else(|| panic!("{figures:?}"));
    assert_eq!(gain[1], "+37,5");
    let texts = b.all("[data-test='free-text'] blockquote").await;
    let mut shown = Vec::new();
    for t in &texts {
        shown.push(t.text().await.unwrap().replace('\u{a0}', " "));
    }
    // What the browser shows keeps the line break (white-space: pre-wrap); WebDriver
    // reads no-break spaces as spaces.
    assert_eq!(
        shown,
        [IMPROVE.replace('\u{a0}', " "), HOW.to_string()],
        "the reaction's and the follow-up's free text"
    );
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
        [AWA, "", "Diourbel", awa_pre, "4", "12", "33.3", awa_post, "10", "12", "83.3", "50.0"]
    );
    let improve = records[0]
        .iter()
        .position(|h| h == "reaction: improve")
        .unwrap();
    assert_eq!(records[1][improve], IMPROVE, "the free text to the byte");
    let how = records[0]
        .iter()
        .position(|h| h == "follow-up: how")
        .unwrap();
    assert_eq!(
        records[1][how], HOW,
        "the follow-up's free text to the byte"
    );
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
        ["2", "41,7 %", "79,2 %", "+37,5", "4,3", "50,0 %"],
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
