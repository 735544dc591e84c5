//! Who sees what, in the browser: a coordinator sees the cohorts given to them (here, the
//! one they made) and not an administrator's; typing the address of another's cohort, or
//! of its CSV, shows "not found" and downloads nothing; after logging out the dashboard
//! and a cohort's address show the login page. The browser asks for French
//! (`Accept-Language`), and every page answers in French without `?lang=`.

use crate::harness::{on_both_backends, say, Dashboard, Kind};

const COURSE: &str = "starter-communication";
const COORDINATOR: &str = "moussa.fall@diourbel.sn";
const ADMINISTRATOR: &str = "aissatou.sow@unitar.org";

on_both_backends!(a_coordinator_sees_only_their_cohorts_and_logging_out_closes_the_dashboard);

async fn a_coordinator_sees_only_their_cohorts_and_logging_out_closes_the_dashboard(kind: Kind) {
    let d = Dashboard::start("security", kind, "fr", &[]).await;
    let (server, b) = (&d.server, &d.browser);
    server.account(ADMINISTRATOR, "Aïssatou Sow", "administrator");
    server.account(COORDINATOR, "Moussa Fall", "coordinator");

    // No session: the dashboard sends the browser to the login page, in its language.
    b.open("/dashboard").await;
    b.find("[data-test='login-form']").await;
    assert_eq!(b.path().await, "/login");
    assert_eq!(b.content("h1").await, say("fr", "login-title"));
    b.screenshot("01-login-fr").await;

    // The coordinator makes cohort A; the administrator makes cohort B.
    b.log_in(COORDINATOR, None).await;
    b.wait_content(
        "[data-test='who']",
        &say("fr", "dashboard-role-coordinator"),
    )
    .await;
    let a = b.create_cohort("Diourbel — juin 2026", &[COURSE]).await;
    b.log_out().await;
    b.log_in(ADMINISTRATOR, None).await;
    let other = b.create_cohort("Durban — July 2026", &[COURSE]).await;
    b.open("/dashboard").await;
    assert_eq!(
        b.count("[data-test='cohort-link']").await,
        2,
        "an administrator sees every cohort"
    );
    b.log_out().await;

    // The coordinator sees A only, and B's address (typed, or its CSV's) is not found.
    b.log_in(COORDINATOR, None).await;
    let listed = b.table("[data-test='cohorts'] tbody tr").await;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0][0], "Diourbel — juin 2026");
    b.screenshot("02-coordinator-dashboard-fr").await;
    let not_found = say("fr", "cohort-not-found");
    b.open(&other).await;
    assert_eq!(b.content("[data-test='not-found']").await, not_found);
    b.screenshot("03-other-cohort-fr").await;
    let csv = other.replace('?', "/progress.csv?");
    b.open(&csv).await;
    assert_eq!(b.content("[data-test='not-found']").await, not_found);
    assert_eq!(
        std::fs::read_dir(b.downloads.path()).unwrap().count(),
        0,
        "nothing downloaded"
    );
    b.open(&a).await;
    b.wait_content("[data-test='cohort-title']", "Diourbel — juin 2026")
        .await;

    // Logged out: neither the dashboard nor a cohort's address opens.
    b.log_out().await;
    for path in ["/dashboard", a.as_str()] {
        b.open(path).await;
        b.find("[data-test='login-form']").await;
        assert_eq!(b.path().await, "/login", "{path} after logging out");
    }
    b.screenshot("04-logged-out-fr").await;
}
