//! One learner's page and the chores on it, through real HTTP on both backends: the
//! coordinator of the learner's cohort sees their progress, laptops, certificates and
//! history (never a note's text); another coordinator gets "not found" on the page and on
//! every form; revoking a laptop stops its sync; revoking a certificate shows on the
//! verification page; a progress file uploaded in the browser is imported once, and a
//! damaged or foreign one is refused in words with nothing imported. The audit log page is
//! the administrators'.

use lphm_server::accounts::{hash_password, Account, Role};
use lphm_server::cohorts::{Cohort, Participant};
use lphm_server::model::CertificateRecord;
use reqwest::header;
use uuid::Uuid;

use crate::bundle::bundle_of;
use crate::dashboard::{get, session_of, with_account, PASSWORD};
use crate::harness::{on_both_backends, Kind, TestDevice, T0};

on_both_backends!(a_learners_page_with_the_chores_of_a_coordinator);

async fn a_learners_page_with_the_chores_of_a_coordinator(kind: Kind) {
    let (server, awa, client) = with_account(kind).await;
    let b = server.backend();
    for (login, role) in [
        ("jan@plock.pl", Role::Coordinator),
        ("admin@unitar.org", Role::Administrator),
    ] {
        b.add_account(Account {
            id: Uuid::new_v4(),
            login: login.into(),
            name: login.into(),
            role,
            password_hash: hash_password(PASSWORD),
            created_ms: T0,
            disabled: false,
        })
        .await
        .unwrap();
    }
    let cohort = Cohort {
        id: Uuid::new_v4(),
        name: "Diourbel, mai 2026".into(),
        courses: vec!["course-1".into()],
        starts: String::new(),
        ends: String::new(),
        place: "Diourbel".into(),
        facilitator: "UNITAR".into(),
        created_ms: T0,
    };
    b.add_cohort(cohort.clone()).await.unwrap();
    b.give_cohort(cohort.id, awa.id).await.unwrap();
    let (learner, laptop) = server.enrolled("Fatou Sarr").await;
    b.add_participant(Participant {
        cohort: cohort.id,
        learner,
        city: "Diourbel".into(),
        country: "Sénégal".into(),
    })
    .await
    .unwrap();
    // Events 1–5: opened, completed, time, a quiz, a note ("note 4 ✓" is its text).
    server.push(&laptop, &laptop.events(1..=5)).await.unwrap();
    let certificate = Uuid::new_v4();
    b.add_certificate(CertificateRecord {
        id: certificate,
        learner,
        course: "starter-communication".into(),
        jwt: "not checked here".into(),
        issued_ms: T0,
        revoked_ms: None,
        revoked_reason: None,
    })
    .await
    .unwrap();

    let page = format!("/dashboard/learners/{learner}?lang=en");
    let (awa_s, awa_csrf) = session_of(&server, &client, "awa@diourbel.sn").await;
    let (status, html) = get(&server, &client, &awa_s, &page).await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Fatou Sarr") && html.contains("Diourbel, mai 2026"));
    assert!(html.contains("The latest 5 events of 5."), "{html}");
    assert!(html.contains("Completed “lesson-1”"), "{html}");
    assert!(html.contains("Saved a note on “lesson-4” (its text stays private)"));
    assert!(
        !html.contains("note 4"),
        "a note's text is the learner's own"
    );
    assert!(html.contains(&laptop.id.to_string()[..8]));
    assert!(
        !html.contains("data-test=\"erase-link\""),
        "erasing is the administrators'"
    );

    // Another coordinator: not found on the page and on every form.
    let (jan_s, jan_csrf) = session_of(&server, &client, "jan@plock.pl").await;
    let (status, html) = get(&server, &client, &jan_s, &page).await;
    assert_eq!(status, 404, "{html}");
    for path in [
        format!("/dashboard/learners/{learner}/devices/{}/revoke", laptop.id),
        format!("/dashboard/learners/{learner}/certificates/{certificate}/revoke"),
    ] {
        let res = client
            .post(server.endpoint(&path))
            .header(header::COOKIE, &jan_s)
            .form(&[("csrf", jan_csrf.as_str()), ("reason", "no")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 404, "{path}");
    }
    assert!(b
        .devices(Some(learner))
        .await
        .unwrap()
        .iter()
        .all(|d| !d.revoked));
    assert!(b
        .certificate(certificate)
        .await
        .unwrap()
        .unwrap()
        .revoked_ms
        .is_none());
    // The audit log is the administrators'.
    let (status, _) = get(&server, &client, &awa_s, "/dashboard/audit").await;
    assert_eq!(status, 404);

    // A forged CSRF token changes nothing.
    let revoke = format!(
        "/dashboard/learners/{learner}/devices/{}/revoke?lang=en",
        laptop.id
    );
    let res = client
        .post(server.endpoint(&revoke))
        .header(header::COOKIE, &awa_s)
        .form(&[("csrf", "forged")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert!(b
        .devices(Some(learner))
        .await
        .unwrap()
        .iter()
        .all(|d| !d.revoked));

    // Upload a progress file: the laptop's later events, once; again, nothing new.
    let file = bundle_of(&laptop, Some(learner), 1..=9, &laptop.key);
    let upload = format!("/dashboard/learners/{learner}/upload?lang=en");
    let send = |bytes: Vec<u8>, csrf: String| {
        let form = reqwest::multipart::Form::new().text("csrf", csrf).part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name("fatou.lphm-progress"),
        );
        client
            .post(server.endpoint(&upload))
            .header(header::COOKIE, &awa_s)
            .multipart(form)
            .send()
    };
    let notice = |res: reqwest::Response| {
        assert!(res.status().is_redirection(), "{}", res.status());
        res.headers()[header::LOCATION]
            .to_str()
            .unwrap()
            .to_string()
    };
    let to = notice(send(file.clone(), awa_csrf.clone()).await.unwrap());
    assert!(to.contains("notice=notice-uploaded&new=4&held=5"), "{to}");
    let (_, html) = get(&server, &client, &awa_s, &to).await;
    assert!(
        html.contains("Progress file imported: 4 new events, 5 already held."),
        "{html}"
    );
    let to = notice(send(file.clone(), awa_csrf.clone()).await.unwrap());
    assert!(to.contains("new=0&held=9"), "{to}");
    assert_eq!(b.events(learner).await.unwrap().len(), 9);
    // Damaged, and another learner's laptop: refused in words, nothing imported.
    let mut damaged = file.clone();
    let at = damaged.len() / 2;
    damaged[at] ^= 0x55;
    let to = notice(send(damaged, awa_csrf.clone()).await.unwrap());
    let (_, html) = get(&server, &client, &awa_s, &to).await;
    assert!(html.contains("not a readable LPHM progress file"), "{html}");
    let (other, other_laptop) = server.enrolled("Someone Else").await;
    server
        .push(&other_laptop, &other_laptop.events(1..=2))
        .await
        .unwrap();
    let foreign = bundle_of(&other_laptop, Some(other), 1..=3, &other_laptop.key);
    let to = notice(send(foreign, awa_csrf.clone()).await.unwrap());
    let (_, html) = get(&server, &client, &awa_s, &to.replace("lang=en", "lang=fr")).await;
    assert!(
        html.contains("vient d’un ordinateur d’une autre personne"),
        "{html}"
    );
    assert_eq!(b.events(learner).await.unwrap().len(), 9);
    assert_eq!(b.events(other).await.unwrap().len(), 2);
    // A forged token on the upload: refused, nothing imported.
    let fresh = TestDevice::new();
    let res = send(
        bundle_of(&fresh, Some(learner), 1..=2, &fresh.key),
        "forged".into(),
    )
    .await
    .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(b.events(learner).await.unwrap().len(), 9);

    // Revoke the laptop: it can no longer sync; the page says so.
    let res = client
        .post(server.endpoint(&revoke))
        .header(header::COOKIE, &awa_s)
        .form(&[("csrf", awa_csrf.as_str())])
        .send()
        .await
        .unwrap();
    let to = notice(res);
    let (_, html) = get(&server, &client, &awa_s, &to).await;
    assert!(html.contains("That laptop is revoked."));
    assert!(b
        .devices(Some(learner))
        .await
        .unwrap()
        .iter()
        .all(|d| d.revoked));
    let refused = server
        .push(&laptop, &laptop.events(10..=10))
        .await
        .unwrap_err();
    assert_eq!(refused.status, 401, "{:?}", refused.body);

    // Revoke the certificate: a reason is needed; the verification page shows it.
    let cert = format!("/dashboard/learners/{learner}/certificates/{certificate}/revoke?lang=en");
    for (reason, expect) in [
        ("", "notice-reason-needed"),
        ("Issued by mistake", "notice-certificate-revoked"),
    ] {
        let res = client
            .post(server.endpoint(&cert))
            .header(header::COOKIE, &awa_s)
            .form(&[("csrf", awa_csrf.as_str()), ("reason", reason)])
            .send()
            .await
            .unwrap();
        assert!(notice(res).contains(expect));
    }
    let verify = server
        .http
        .get(server.endpoint(&format!("/verify/{certificate}?lang=en")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(verify.contains("Issued by mistake"), "{verify}");

    // The administrator's audit log lists each of those, by account.
    let (admin, _) = session_of(&server, &client, "admin@unitar.org").await;
    let (_, html) = get(&server, &client, &admin, &page).await;
    assert!(html.contains("data-test=\"erase-link\"") && html.contains("/export.json"));
    let (status, html) = get(&server, &client, &admin, "/dashboard/audit?lang=en").await;
    assert_eq!(status, 200);
    for action in [
        "learner-view",
        "progress-upload",
        "progress-upload-refused",
        "device-revoke",
        "certificate-revoke",
    ] {
        assert!(
            html.contains(&format!("<code>{action}</code>")),
            "{action}: {html}"
        );
    }
    assert!(html.contains("awa@diourbel.sn"));
    // Both as CSV: the learner's whole history (the coordinator's), the log (the
    // administrators'); a coordinator gets "not found" for the log.
    for (session, path, has) in [
        (
            &awa_s,
            format!("/dashboard/learners/{learner}/history.csv?lang=en"),
            "Completed “lesson-1”",
        ),
        (
            &admin,
            "/dashboard/audit.csv?lang=en".to_string(),
            "certificate-revoke",
        ),
    ] {
        let res = client
            .get(server.endpoint(&path))
            .header(header::COOKIE, session.as_str())
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{path}");
        let bytes = res.bytes().await.unwrap();
        assert!(bytes.starts_with("\u{feff}".as_bytes()), "{path}");
        let text = String::from_utf8(bytes.to_vec()).unwrap();
        assert!(text.contains(has), "{path}: {text}");
        assert!(
            !text.contains("note 4"),
            "{path}: a note's text is the learner's own"
        );
    }
    let (status, _) = get(&server, &client, &awa_s, "/dashboard/audit.csv").await;
    assert_eq!(status, 404);
    let (status, _) = get(
        &server,
        &client,
        &jan_s,
        &format!("/dashboard/learners/{learner}/history.csv"),
    )
    .await;
    assert_eq!(status, 404);

    // Giving the cohort to another coordinator: the administrators' (a coordinator gets
    // "not found"); then that coordinator sees the cohort and the learner.
    let jan = b.account_by_login("jan@plock.pl").await.unwrap().unwrap();
    let give = format!("/dashboard/cohorts/{}/coordinators?lang=en", cohort.id);
    let jan_id = jan.id.to_string();
    let res = client
        .post(server.endpoint(&give))
        .header(header::COOKIE, &awa_s)
        .form(&[("csrf", awa_csrf.as_str()), ("account", jan_id.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let (status, _) = get(&server, &client, &jan_s, &page).await;
    assert_eq!(status, 404);
    let (_, cohort_page) = get(
        &server,
        &client,
        &admin,
        &format!("/dashboard/cohorts/{}?lang=en", cohort.id),
    )
    .await;
    assert!(
        cohort_page.contains(&format!("<option value=\"{jan_id}\">")),
        "{cohort_page}"
    );
    let admin_csrf = cohort_page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    let res = client
        .post(server.endpoint(&give))
        .header(header::COOKIE, &admin)
        .form(&[("csrf", admin_csrf.as_str()), ("account", jan_id.as_str())])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection());
    let (status, html) = get(&server, &client, &jan_s, &page).await;
    assert_eq!(status, 200, "{html}");
    let (_, cohort_page) = get(
        &server,
        &client,
        &admin,
        &format!("/dashboard/cohorts/{}?lang=en", cohort.id),
    )
    .await;
    assert!(cohort_page.contains("<ul data-test=\"given-to\"><li>Awa Ndiaye (awa@diourbel.sn)</li><li>jan@plock.pl (jan@plock.pl)</li></ul>"), "{cohort_page}");
    let log = b.audit_log(5).await.unwrap();
    assert!(log
        .iter()
        .any(|e| e.action == "cohort-give" && e.subject.ends_with(&jan_id)));
}
