//! A coordinator runs a cohort: logs in, creates it (a name with diacritics, a course,
//! dates, place, facilitator), adds two participants, prints their one-time codes and
//! reads them off the page; a laptop enrolls with one code, studies and syncs, and the
//! participant's progress and last sync appear on the cohort page; the progress exported
//! as CSV (a download) keeps the Polish name; the same pages in Polish; logging out.

use std::collections::BTreeMap;

use crate::harness::{on_both_backends, say, Dashboard, Kind, Laptop};

const COURSE: &str = "starter-communication";
const COHORT: &str = "Płock — maj 2026";
const ZANELE: &str = "Zanele Mkhize";
const LUCJA: &str = "Łucja Wróblewska";

on_both_backends!(a_coordinator_runs_a_cohort_in_the_browser);

/// The date part (`yyyy-mm-dd`) of the server's way of writing a time.
fn today() -> String {
    let now = lphm_desk::Clock::now_ms(&lphm_desk::SystemClock);
    lphm_server::admin::format_utc(now)[..10].to_string()
}

async fn a_coordinator_runs_a_cohort_in_the_browser(kind: Kind) {
    let d = Dashboard::start("cohort", kind, "en", &[]).await;
    let (server, b) = (&d.server, &d.browser);
    server.account("awa@diourbel.sn", "Awa Ndiaye", "administrator");

    // Log in by typing, as a person does.
    b.open("/login").await;
    assert_eq!(b.content("h1").await, say("en", "login-title"));
    b.type_into("#login", "awa@diourbel.sn").await;
    b.type_into("#password", crate::harness::PASSWORD).await;
    b.screenshot("01-login-en").await;
    b.click("[data-test='login-submit']").await;
    b.find("[data-test='dashboard-title']").await;
    assert_eq!(b.path().await, "/dashboard?lang=en");
    b.wait_content("[data-test='who']", "Awa Ndiaye").await;
    b.find("[data-test='no-cohorts']").await;
    b.assert_nothing_blocked(
        "the dashboard",
        ("header", "background-color", "rgb(255, 255, 255)"),
    )
    .await;

    // A cohort.
    b.type_into("#name", COHORT).await;
    b.click(&format!("input[name='course'][value='{COURSE}']"))
        .await;
    b.set_date("#starts", "2026-05-04").await;
    b.set_date("#ends", "2026-05-08").await;
    b.type_into("#place", "Płock, Urząd Miasta").await;
    b.type_into("#facilitator", "Katarzyna Nowak").await;
    b.screenshot("02-new-cohort-en").await;
    b.click("[data-test='cohort-create']").await;
    b.wait_content("[data-test='cohort-title']", COHORT).await;
    let cohort_page = b.path().await;
    assert!(
        cohort_page.starts_with("/dashboard/cohorts/") && cohort_page.ends_with("?lang=en"),
        "{cohort_page}"
    );
    b.wait_content(
        "main p.muted",
        "2026-05-04 – 2026-05-08 · Płock, Urząd Miasta · Katarzyna Nowak",
    )
    .await;
    b.find("[data-test='no-participants']").await;

    // Two participants.
    for (name, authority, city, country) in [
        (ZANELE, "eThekwini Municipality", "Durban", "South Africa"),
        (LUCJA, "Urząd Miasta Płocka", "Płock", "Polska"),
    ] {
        let before = b.count("[data-test='participant']").await;
        b.type_into("#name", name).await;
        b.type_into("#authority", authority).await;
        b.type_into("#city", city).await;
        b.type_into("#country", country).await;
        b.click("[data-test='participant-add']").await;
        lphm_test_support::eventually_async(
            std::time::Duration::from_secs(20),
            format!("{name} in the grid"),
            || async { b.count("[data-test='participant']").await == before + 1 },
        )
        .await;
    }
    let rows = b.table("[data-test='participant']").await;
    let never = say("en", "participant-never");
    assert_eq!(rows.len(), 2, "{rows:?}");
    // Sorted by name: Z before Ł (which sorts after z).
    assert_eq!(
        rows[0],
        [
            "Zanele Mkhize eThekwini Municipality",
            "Durban South Africa",
            "0/3",
            "0/3",
            never.as_str(),
            "0/0",
            say("en", "participant-studying").as_str(),
        ]
    );
    assert!(rows[1][0].starts_with(LUCJA), "{rows:?}");
    b.screenshot("03-participants-en").await;

    // The sheet of one-time codes, read off the page.
    b.click("[data-test='print-codes']").await;
    b.find("[data-test='codes']").await;
    assert_eq!(b.content("[data-test='codes-server']").await, server.url);
    let codes: BTreeMap<String, String> = b
        .table("[data-test='code-row']")
        .await
        .into_iter()
        .map(|r| (r[0].clone(), r[2].clone()))
        .collect();
    assert_eq!(codes.len(), 2, "{codes:?}");
    b.screenshot("04-codes-en").await;

    // Łucja's laptop enrolls with her code, she reads two lessons and syncs.
    let laptop = Laptop::new(LUCJA, "Urząd Miasta Płocka");
    let before = today();
    laptop.enroll(&server.url, &codes[LUCJA]).await;
    laptop.study(COURSE, &["why-perceptions-matter", "telling-the-story"]);
    laptop.sync().await;
    let after = today();

    // Her row shows it once the page is loaded again.
    b.open(&cohort_page).await;
    let rows = b.table("[data-test='participant']").await;
    let lucja = &rows[1];
    assert!(lucja[0].starts_with(LUCJA), "{rows:?}");
    assert_eq!(&lucja[2..4], ["2/3", "0/3"], "{lucja:?}");
    assert!(
        lucja[4].starts_with(&before) || lucja[4].starts_with(&after),
        "the last sync is today ({after}): {lucja:?}"
    );
    assert_eq!(lucja[5], "1/1", "one laptop, not revoked: {lucja:?}");
    assert_eq!(rows[0][4], never, "Zanele never synced: {rows:?}");
    b.screenshot("05-progress-en").await;

    // The progress as CSV, by clicking the link.
    let csv = b.download("[data-test='progress-csv']").await;
    let bytes = std::fs::read(&csv).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark first, for spreadsheet programs"
    );
    let text = String::from_utf8(bytes).expect("UTF-8");
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert!(
        lines[0].starts_with(&say("en", "participant-name")),
        "{text}"
    );
    let line = lines
        .iter()
        .find(|l| l.starts_with(LUCJA))
        .unwrap_or_else(|| panic!("the Polish name intact: {text}"));
    assert!(line.contains(",2/3,0/3,"), "{line}");
    eprintln!("dashboard: the CSV was saved as {}", csv.display());

    // The same pages in Polish, through the page's own language links.
    b.click("nav.languages a[hreflang='pl']").await;
    b.wait_content("main h2", &say("pl", "participants-title"))
        .await;
    assert!(b.path().await.ends_with("?lang=pl"));
    let rows = b.table("[data-test='participant']").await;
    assert_eq!(rows[0][4], say("pl", "participant-never"), "{rows:?}");
    assert_eq!(
        b.content("[data-test='logout']").await,
        say("pl", "dashboard-logout")
    );
    b.assert_nothing_blocked(
        "the cohort page",
        (".cell-part", "background-color", "rgb(255, 244, 214)"),
    )
    .await;
    b.screenshot("06-progress-pl").await;

    // Her own page, from her name in the grid: two lessons completed, in Polish.
    b.click("[data-test='participant']:nth-child(2) [data-test='learner-link']")
        .await;
    b.wait_content("[data-test='learner-name']", LUCJA).await;
    let history = b.table("[data-test='history'] tbody tr").await;
    let completed: Vec<&Vec<String>> = history
        .iter()
        .filter(|r| r[1].starts_with("Ukończenie lekcji"))
        .collect();
    assert_eq!(completed.len(), 2, "{history:?}");
    assert_eq!(b.count("[data-test='device']").await, 1);
    b.screenshot("06b-learner-pl").await;

    // The course across cohorts and cities, from the cohort's page.
    b.open(&cohort_page.replace("?lang=en", "?lang=pl")).await;
    b.click("[data-test='course-link']").await;
    let summary = b
        .wait_content("[data-test='course-summary']", "Osoby uczące się: 2;")
        .await;
    assert!(summary.contains("rozpoczęły: 1"), "{summary}");
    let cities = b.table("[data-test='course-city']").await;
    assert_eq!(cities.len(), 2, "Płock and Durban: {cities:?}");
    b.screenshot("06c-course-pl").await;
    b.open(&cohort_page.replace("?lang=en", "?lang=pl")).await;
    let csv = b.download("[data-test='progress-csv']").await;
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.trim_start_matches('\u{feff}')
            .starts_with(&say("pl", "participant-name")),
        "the CSV's headings in Polish: {text}"
    );
    assert!(text.contains(LUCJA), "{text}");

    b.click("header a[href='/dashboard?lang=pl']").await;
    b.wait_content(
        "[data-test='dashboard-title']",
        &say("pl", "dashboard-title"),
    )
    .await;
    assert_eq!(
        b.table("[data-test='cohorts'] tbody tr").await[0][0],
        COHORT
    );
    b.screenshot("07-dashboard-pl").await;

    // Log out: the login page, in Polish; the dashboard is closed again.
    b.log_out().await;
    assert_eq!(b.content("h1").await, say("pl", "login-title"));
    b.screenshot("08-logged-out-pl").await;
    b.open("/dashboard").await;
    b.find("[data-test='login-form']").await;
    assert_eq!(b.path().await, "/login");
}
