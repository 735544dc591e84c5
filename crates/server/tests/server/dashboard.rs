//! The dashboard's door, through real HTTP on both backends: no session leads to the login
//! page (in four languages); a wrong password is refused in words and audited without the
//! password; the right one opens a session cookie that is `HttpOnly` and `SameSite=Strict`;
//! logging out needs the session's CSRF token; failed logins are limited; a login posted
//! from another site is refused.

use lphm_server::accounts::{hash_password, Account, Role};
use reqwest::header;
use reqwest::redirect::Policy;
use uuid::Uuid;

use crate::harness::{on_both_backends, Kind, TestServer, T0};

pub(crate) const PASSWORD: &str = "a long enough passphrase";

pub(crate) async fn with_account(kind: Kind) -> (TestServer, Account, reqwest::Client) {
    let server = TestServer::start(kind).await;
    let account = Account {
        id: Uuid::new_v4(),
        login: "awa@diourbel.sn".into(),
        name: "Awa Ndiaye".into(),
        role: Role::Coordinator,
        password_hash: hash_password(PASSWORD),
        created_ms: T0,
        disabled: false,
    };
    server.backend().add_account(account.clone()).await.unwrap();
    let client = reqwest::Client::builder()
        .redirect(Policy::none())
        .build()
        .unwrap();
    (server, account, client)
}

async fn log_in(
    server: &TestServer,
    client: &reqwest::Client,
    login: &str,
    password: &str,
) -> reqwest::Response {
    client
        .post(server.endpoint("/login?lang=en"))
        .form(&[("login", login), ("password", password)])
        .send()
        .await
        .unwrap()
}

/// The session cookie a successful login set, as `name=value`.
fn cookie(res: &reqwest::Response) -> String {
    let set = res.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_string();
    for part in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(set.contains(part), "{set}");
    }
    assert!(!set.contains("Secure"), "plain HTTP here: {set}");
    set.split(';').next().unwrap().to_string()
}

on_both_backends!(
    no_session_leads_to_the_login_page_in_four_languages,
    a_login_opens_a_session_and_logging_out_needs_its_csrf_token,
    failed_logins_are_limited_and_audited_without_the_password,
);

async fn no_session_leads_to_the_login_page_in_four_languages(kind: Kind) {
    let (server, _, client) = with_account(kind).await;
    for path in ["/dashboard", "/dashboard?lang=fr"] {
        let res = client.get(server.endpoint(path)).send().await.unwrap();
        assert!(res.status().is_redirection(), "{path}: {}", res.status());
        assert_eq!(res.headers()[header::LOCATION], "/login");
    }
    let forged = client
        .get(server.endpoint("/dashboard"))
        .header(header::COOKIE, "lphm_session=not-a-session")
        .send()
        .await
        .unwrap();
    assert!(
        forged.status().is_redirection(),
        "a made-up cookie opens nothing"
    );
    for lang in lphm_i18n::LANGUAGES {
        let l10n = lphm_i18n::Localizer::new(lang).unwrap();
        let res = client
            .get(server.endpoint(&format!("/login?lang={lang}")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let csp = res.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_string();
        assert!(csp.contains("default-src 'none'"), "{csp}");
        let html = res.text().await.unwrap();
        assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{html}");
        assert!(html.contains(&l10n.format("login-title", &[])), "{lang}");
        assert!(!html.contains("<script"), "no script");
    }
}

async fn a_login_opens_a_session_and_logging_out_needs_its_csrf_token(kind: Kind) {
    let (server, account, client) = with_account(kind).await;
    let res = log_in(&server, &client, "  AWA@diourbel.sn ", PASSWORD).await;
    assert!(res.status().is_redirection(), "{}", res.status());
    assert_eq!(res.headers()[header::LOCATION], "/dashboard?lang=en");
    let session = cookie(&res);

    let page = client
        .get(server.endpoint("/dashboard?lang=pl"))
        .header(header::COOKIE, &session)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Awa Ndiaye"), "{html}");
    assert!(html.contains("<html lang=\"pl\""));
    let csrf = html
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the logout form carries the CSRF token")
        .to_string();

    // A forged token is refused and the session stays.
    let forged = client
        .post(server.endpoint("/logout"))
        .header(header::COOKIE, &session)
        .form(&[("csrf", "forged")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    let still = client
        .get(server.endpoint("/dashboard"))
        .header(header::COOKIE, &session)
        .send()
        .await
        .unwrap();
    assert_eq!(still.status(), 200, "still signed in");

    let out = client
        .post(server.endpoint("/logout"))
        .header(header::COOKIE, &session)
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert!(out.status().is_redirection());
    let after = client
        .get(server.endpoint("/dashboard"))
        .header(header::COOKIE, &session)
        .send()
        .await
        .unwrap();
    assert!(
        after.status().is_redirection(),
        "the old cookie opens nothing now"
    );
    let log = server.backend().audit_log(10).await.unwrap();
    let actions: Vec<(&str, Option<Uuid>)> =
        log.iter().map(|e| (e.action.as_str(), e.account)).collect();
    assert_eq!(
        actions,
        [("logout", Some(account.id)), ("login", Some(account.id))]
    );

    // A login posted from another site's page is refused.
    let other = client
        .post(server.endpoint("/login"))
        .header(header::ORIGIN, "https://evil.example")
        .form(&[("login", "awa@diourbel.sn"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 403);
    assert!(other.headers().get(header::SET_COOKIE).is_none());
}

async fn failed_logins_are_limited_and_audited_without_the_password(kind: Kind) {
    let (server, _, client) = with_account(kind).await;
    let en = lphm_i18n::Localizer::new("en").unwrap();
    for _ in 0..lphm_server::dashboard::limit::FAILURES {
        let res = log_in(&server, &client, "awa@diourbel.sn", "wrong password 123").await;
        assert_eq!(res.status(), 401);
        let html = res.text().await.unwrap();
        assert!(html.contains(&en.format("login-refused", &[])), "{html}");
    }
    // A login nobody has is refused the same way.
    let nobody = log_in(&server, &client, "nobody@example.org", PASSWORD).await;
    assert_eq!(nobody.status(), 401);

    // Now even the right password waits.
    let held = log_in(&server, &client, "awa@diourbel.sn", PASSWORD).await;
    assert_eq!(held.status(), 429);
    assert!(held.headers().get(header::RETRY_AFTER).is_some());
    assert!(held.headers().get(header::SET_COOKIE).is_none());
    server
        .clock
        .advance(lphm_server::dashboard::limit::WINDOW_MS);
    let later = log_in(&server, &client, "awa@diourbel.sn", PASSWORD).await;
    assert!(
        later.status().is_redirection(),
        "after the window: {}",
        later.status()
    );

    let log = server.backend().audit_log(100).await.unwrap();
    let refused = log.iter().filter(|e| e.action == "login-refused").count();
    assert_eq!(refused, lphm_server::dashboard::limit::FAILURES + 1);
    for e in &log {
        assert!(!e.subject.contains("wrong password"), "{e:?}");
        assert!(!e.subject.contains("passphrase"), "{e:?}");
    }
}

/// Logs `login` in and returns (its session cookie, the CSRF token of its pages).
pub(crate) async fn session_of(
    server: &TestServer,
    client: &reqwest::Client,
    login: &str,
) -> (String, String) {
    let res = log_in(server, client, login, PASSWORD).await;
    assert!(res.status().is_redirection(), "{login}: {}", res.status());
    let session = cookie(&res);
    let html = client
        .get(server.endpoint("/dashboard"))
        .header(header::COOKIE, &session)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = html
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    (session, csrf)
}

pub(crate) async fn post(
    server: &TestServer,
    client: &reqwest::Client,
    session: &str,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    client
        .post(server.endpoint(path))
        .header(header::COOKIE, session)
        .form(form)
        .send()
        .await
        .unwrap()
}

pub(crate) async fn get(
    server: &TestServer,
    client: &reqwest::Client,
    session: &str,
    path: &str,
) -> (u16, String) {
    let res = client
        .get(server.endpoint(path))
        .header(header::COOKIE, session)
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

on_both_backends!(a_coordinator_runs_a_cohort_and_sees_no_other);

/// A coordinator makes a cohort, adds participants and prints their codes, which enroll a
/// laptop; another coordinator sees none of it (the list, the page, the forms, the codes),
/// and a forged CSRF token changes nothing.
async fn a_coordinator_runs_a_cohort_and_sees_no_other(kind: Kind) {
    let (server, _, client) = with_account(kind).await;
    server
        .backend()
        .add_account(Account {
            id: Uuid::new_v4(),
            login: "jan@plock.pl".into(),
            name: "Jan Nowak".into(),
            role: Role::Coordinator,
            password_hash: hash_password(PASSWORD),
            created_ms: T0,
            disabled: false,
        })
        .await
        .unwrap();
    let (awa, awa_csrf) = session_of(&server, &client, "awa@diourbel.sn").await;
    let (jan, jan_csrf) = session_of(&server, &client, "jan@plock.pl").await;

    let forged = post(
        &server,
        &client,
        &awa,
        "/dashboard/cohorts",
        &[("csrf", "x"), ("name", "Forged")],
    )
    .await;
    assert_eq!(forged.status(), 403);
    let made = post(
        &server,
        &client,
        &awa,
        "/dashboard/cohorts",
        &[
            ("csrf", &awa_csrf),
            ("name", "Antwerp, May 2013"),
            ("course", "perceptions-communication-media"),
            ("course", "not-a-course"),
            ("starts", "2013-05-13"),
            ("ends", "2013-05-17"),
            ("place", "Antwerpen"),
            ("facilitator", "UNITAR"),
        ],
    )
    .await;
    assert!(made.status().is_redirection(), "{}", made.status());
    let page = made.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_string();
    let id = page
        .trim_start_matches("/dashboard/cohorts/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let cohort = server
        .backend()
        .cohort(id.parse().unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        cohort.courses,
        ["perceptions-communication-media"],
        "unknown courses dropped"
    );
    assert_eq!(
        server.backend().cohorts().await.unwrap().len(),
        1,
        "the forged one was not made"
    );

    for (name, city) in [
        ("Anna Kowalska", "Płock"),
        ("Thandi <b>Dlamini</b>", "Durban"),
        ("=HYPERLINK(\"http://evil.example\")", "-2+3"),
    ] {
        let added = post(
            &server,
            &client,
            &awa,
            &format!("/dashboard/cohorts/{id}/participants"),
            &[
                ("csrf", &awa_csrf),
                ("name", name),
                ("authority", "City"),
                ("city", city),
                ("country", "X"),
            ],
        )
        .await;
        assert!(added.status().is_redirection());
    }
    let (status, html) = get(
        &server,
        &client,
        &awa,
        &format!("/dashboard/cohorts/{id}?lang=fr"),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        html.matches("data-test=\"participant\"").count(),
        3,
        "{html}"
    );
    assert!(
        html.contains("Thandi &#60;b&#62;Dlamini") || html.contains("Thandi &lt;b&gt;Dlamini"),
        "escaped: {html}"
    );
    assert!(!html.contains("<b>Dlamini"));
    let (_, list) = get(&server, &client, &awa, "/dashboard").await;
    assert!(list.contains("Antwerp, May 2013"));

    // Jan sees nothing of it.
    let (_, his) = get(&server, &client, &jan, "/dashboard").await;
    assert!(!his.contains("Antwerp"), "{his}");
    let (status, _) = get(&server, &client, &jan, &format!("/dashboard/cohorts/{id}")).await;
    assert_eq!(status, 404);
    let sneak = post(
        &server,
        &client,
        &jan,
        &format!("/dashboard/cohorts/{id}/participants"),
        &[("csrf", &jan_csrf), ("name", "Intruder")],
    )
    .await;
    assert_eq!(sneak.status(), 404);
    let codes = post(
        &server,
        &client,
        &jan,
        &format!("/dashboard/cohorts/{id}/codes"),
        &[("csrf", &jan_csrf)],
    )
    .await;
    assert_eq!(codes.status(), 404);
    assert_eq!(
        server
            .backend()
            .participants(cohort.id)
            .await
            .unwrap()
            .len(),
        3
    );
    let (status, _) = get(
        &server,
        &client,
        &jan,
        &format!("/dashboard/cohorts/{id}/progress.csv"),
    )
    .await;
    assert_eq!(status, 404, "nor its CSV");

    // Awa prints the codes; one enrolls a laptop as that participant.
    let sheet = post(
        &server,
        &client,
        &awa,
        &format!("/dashboard/cohorts/{id}/codes?lang=pl"),
        &[("csrf", &awa_csrf)],
    )
    .await;
    assert_eq!(sheet.status(), 200);
    let sheet = sheet.text().await.unwrap();
    let codes: Vec<String> = sheet
        .split("data-test=\"code\">")
        .skip(1)
        .map(|rest| rest.split('<').next().unwrap().to_string())
        .collect();
    assert_eq!(codes.len(), 3, "{sheet}");
    let device = crate::harness::TestDevice::new();
    let enrolled = server
        .try_enroll(&codes[0], &device)
        .await
        .expect("a printed code enrolls");
    let people = server.backend().participants(cohort.id).await.unwrap();
    assert!(
        people.iter().any(|p| p.learner == enrolled.learner),
        "the laptop is a participant's"
    );

    // The laptop syncs a finished lesson: the grid shows it; a fortnight later with nothing
    // more, every participant is stuck.
    let mut device = device;
    device.token = enrolled.token;
    let manifest: lphm_content::Manifest = serde_json::from_str(include_str!(
        "../../../../courses/lphm-curriculum/course.json"
    ))
    .unwrap();
    let first = &manifest.modules[0].lessons[0];
    server
        .push(
            &device,
            &[lphm_progress::Event {
                id: lphm_progress::Event::derived_id(device.id, 1),
                profile: Uuid::nil(),
                device: device.id,
                seq: 1,
                at_ms: T0,
                kind: lphm_progress::EventKind::LessonCompleted {
                    course: manifest.id.clone(),
                    lesson: first.id.clone(),
                },
            }],
        )
        .await
        .unwrap();
    let (_, html) = get(
        &server,
        &client,
        &awa,
        &format!("/dashboard/cohorts/{id}?lang=en"),
    )
    .await;
    let cells = html.matches("data-test=\"cell\"").count();
    assert_eq!(
        cells,
        3 * manifest.modules.len(),
        "a cell per participant and module: {html}"
    );
    let total = manifest.modules[0].lessons.len();
    assert!(
        html.contains(&format!(">1/{total}<")),
        "the lesson done shows: {html}"
    );
    assert!(
        html.contains("3 participants: 0% completed every course"),
        "{html}"
    );
    assert!(
        !html.contains("stuck (no progress"),
        "nobody is stuck yet: {html}"
    );

    // The grid as CSV: a byte-order mark, the letters of every language, formulas defused.
    let res = client
        .get(server.endpoint(&format!("/dashboard/cohorts/{id}/progress.csv?lang=pl")))
        .header(header::COOKIE, &awa)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()[header::CONTENT_TYPE],
        "text/csv; charset=utf-8"
    );
    let bytes = res.bytes().await.unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark first"
    );
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header_row = reader.headers().unwrap().clone();
    assert_eq!(&header_row[0], "Imię i nazwisko", "{text}");
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), 3);
    let names: Vec<&str> = records.iter().map(|r| &r[0]).collect();
    assert!(
        names.contains(&"'=HYPERLINK(\"http://evil.example\")"),
        "{names:?}"
    );
    assert!(
        records.iter().any(|r| &r[2] == "'-2+3"),
        "a city that looks like a sum: {text}"
    );
    assert!(
        names.contains(&"Anna Kowalska") && text.contains("Płock"),
        "{text}"
    );
    assert!(
        records
            .iter()
            .any(|r| r.iter().any(|c| c == format!("1/{total}"))),
        "{text}"
    );

    server.clock.advance(15 * 24 * 60 * 60 * 1000);
    let (status, _) = get(&server, &client, &awa, "/dashboard").await;
    assert_eq!(status, 303, "a fortnight later the session has expired");
    let (awa, _) = session_of(&server, &client, "awa@diourbel.sn").await;
    let (_, later) = get(
        &server,
        &client,
        &awa,
        &format!("/dashboard/cohorts/{id}?lang=en"),
    )
    .await;
    assert_eq!(later.matches("stuck (no progress").count(), 3, "{later}");

    let log = server.backend().audit_log(50).await.unwrap();
    for action in [
        "cohort-create",
        "participant-add",
        "cohort-view",
        "codes-print",
        "csv-export",
    ] {
        assert!(log.iter().any(|e| e.action == action), "{action} audited");
    }
}
