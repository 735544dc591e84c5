//! A course across cohorts and cities, with the analysis of its quiz questions, through real
//! HTTP on both backends: the figures come from the learners' synced progress; a
//! coordinator sees only the cohorts given to them, an administrator every learner; each
//! table exports as CSV.

use std::collections::{BTreeMap, BTreeSet};

use lphm_progress::{Event, EventKind};
use lphm_server::accounts::{hash_password, Account, Role};
use lphm_server::certificates::Courses;
use lphm_server::cohorts::{Cohort, Participant};
use uuid::Uuid;

use crate::dashboard::{get, session_of, with_account, PASSWORD};
use crate::harness::{on_both_backends, Kind, TestDevice, T0};

const COURSE: &str = "starter-communication";

fn cohort(name: &str, place: &str) -> Cohort {
    Cohort {
        id: Uuid::new_v4(),
        name: name.into(),
        courses: vec![COURSE.into()],
        starts: "2026-05-04".into(),
        ends: "2026-05-08".into(),
        place: place.into(),
        facilitator: "UNITAR".into(),
        created_ms: T0,
    }
}

/// Learner `k` of the Diourbel cohort: strong learners (k ≥ 6) answer every question of
/// the first quiz right except q1, which they miss (as if its key were wrong); weak ones
/// miss q2 and q4 and get q1. Learners 0–3 also finish every lesson of the first module.
fn first_attempt(device: &TestDevice, k: usize, seq: u64) -> Event {
    let courses = Courses::builtin();
    let quiz = courses.quiz(COURSE, "perceptions-quiz").unwrap();
    let strong = k >= 6;
    let answers: BTreeMap<String, BTreeSet<String>> = quiz
        .questions
        .iter()
        .map(|q| {
            let right = match q.id.as_str() {
                "q1" => !strong,
                "q2" | "q4" => strong,
                _ => true,
            };
            let picked = if right {
                q.correct.clone()
            } else {
                let wrong = q
                    .choice_ids()
                    .into_iter()
                    .find(|c| !q.correct.contains(*c))
                    .unwrap()
                    .to_string();
                [wrong].into()
            };
            (q.id.clone(), picked)
        })
        .collect();
    let correct = if strong { 4 } else { 3 };
    Event {
        id: Event::derived_id(device.id, seq),
        profile: Uuid::nil(),
        device: device.id,
        seq,
        at_ms: T0 + seq as i64,
        kind: EventKind::QuizAttempted {
            course: COURSE.into(),
            quiz: "perceptions-quiz".into(),
            answers,
            correct,
            total: 5,
            passed: correct >= 4,
        },
    }
}

fn lesson(device: &TestDevice, seq: u64, lesson: &str) -> Event {
    Event {
        id: Event::derived_id(device.id, seq),
        profile: Uuid::nil(),
        device: device.id,
        seq,
        at_ms: T0 + seq as i64,
        kind: EventKind::LessonCompleted {
            course: COURSE.into(),
            lesson: lesson.into(),
        },
    }
}

on_both_backends!(a_course_across_cohorts_with_its_questions_analysed);

async fn a_course_across_cohorts_with_its_questions_analysed(kind: Kind) {
    let (server, awa, client) = with_account(kind).await;
    let b = server.backend();
    b.add_account(Account {
        id: Uuid::new_v4(),
        login: "admin@unitar.org".into(),
        name: "Programme".into(),
        role: Role::Administrator,
        password_hash: hash_password(PASSWORD),
        created_ms: T0,
        disabled: false,
    })
    .await
    .unwrap();
    let diourbel = cohort("Diourbel, mai 2026", "Diourbel");
    let plock = cohort("Płock, maj 2026", "Płock");
    for c in [&diourbel, &plock] {
        b.add_cohort(c.clone()).await.unwrap();
    }
    b.give_cohort(diourbel.id, awa.id).await.unwrap();
    for k in 0..12 {
        let (learner, laptop) = server.enrolled(&format!("Participant {k:02}")).await;
        b.add_participant(Participant {
            cohort: diourbel.id,
            learner,
            city: if k % 2 == 0 { "Diourbel" } else { "Touba" }.into(),
            country: "Sénégal".into(),
        })
        .await
        .unwrap();
        let mut events = vec![first_attempt(&laptop, k, 1)];
        if k < 4 {
            for (i, l) in [
                "why-perceptions-matter",
                "telling-the-story",
                "contact-and-words",
            ]
            .iter()
            .enumerate()
            {
                events.push(lesson(&laptop, 2 + i as u64, l));
            }
        }
        server.push(&laptop, &events).await.unwrap();
    }
    for k in 0..3 {
        let (learner, laptop) = server.enrolled(&format!("Łucja {k}")).await;
        b.add_participant(Participant {
            cohort: plock.id,
            learner,
            city: "Płock".into(),
            country: "Polska".into(),
        })
        .await
        .unwrap();
        server
            .push(&laptop, &[lesson(&laptop, 1, "why-perceptions-matter")])
            .await
            .unwrap();
    }
    // A learner in no cohort who studied the course, seen by administrators only.
    let (_, loner) = server.enrolled("Sipho Zulu").await;
    server
        .push(&loner, &[lesson(&loner, 1, "telling-the-story")])
        .await
        .unwrap();

    let path = format!("/dashboard/courses/{COURSE}?lang=en");
    let (awa_session, _) = session_of(&server, &client, "awa@diourbel.sn").await;
    let (status, page) = get(&server, &client, &awa_session, &path).await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("12 learners: 12 started, 0 completed, 0 certificates."),
        "{page}"
    );
    assert!(page.contains("Diourbel, mai 2026"));
    assert!(!page.contains("Płock") && !page.contains("Sipho") && !page.contains("In no cohort"));
    // By city: 6 in Diourbel, 6 in Touba.
    let cities = page.split("data-test=\"course-cities\"").nth(1).unwrap();
    assert!(
        cities.contains("<td>Diourbel<br><span class=\"muted\">Sénégal</span></td><td>6</td>"),
        "{cities}"
    );
    // Modules: 4 of 12 did every lesson of the first; 6 passed its quiz (the strong ones).
    let modules = page.split("data-test=\"course-modules\"").nth(1).unwrap();
    assert!(
        modules.contains("<td>4 (33%)</td><td>6 (50%)</td>"),
        "{modules}"
    );
    // Questions: q1 is missed by the strong learners: reversed, -1.00, with the advice.
    let questions: Vec<&str> = page.split("data-test=\"question\"").skip(1).collect();
    assert_eq!(questions.len(), 5 + 5, "both quizzes' questions are listed");
    assert!(
        questions[0].contains("data-test=\"discrimination\">-1.00"),
        "{}",
        questions[0]
    );
    assert!(questions[0].contains("Strong learners miss this one more often"));
    assert!(
        questions[1].contains("data-test=\"discrimination\">+1.00"),
        "{}",
        questions[1]
    );
    assert!(questions[2].contains(">100%<") && questions[2].contains("Nearly everyone"));
    // The second quiz has no answers: nothing to say about its questions.
    assert!(questions[9].contains("<td>0</td><td>0%</td><td data-test=\"discrimination\">–</td>"));

    // The administrator sees every cohort and the learner in none.
    let (admin, _) = session_of(&server, &client, "admin@unitar.org").await;
    let (_, page) = get(
        &server,
        &client,
        &admin,
        &path.replace("lang=en", "lang=pl"),
    )
    .await;
    assert!(
        page.contains("Osoby uczące się: 16; rozpoczęły: 16, ukończyły: 0; 0 certyfikatów"),
        "{page}"
    );
    assert!(page.contains("Płock, maj 2026") && page.contains("Poza grupami"));

    // The tables as CSV, as each account may see them.
    for (session, table, has, lacks) in [
        (&awa_session, "cohorts", "Diourbel, mai 2026", "Płock"),
        (&awa_session, "cities", "Touba", "Płock"),
        (&admin, "cities", "Płock", "Touba,Sénégal,7"),
        (&awa_session, "questions", "-1.00", "Płock"),
    ] {
        let res = client
            .get(server.endpoint(&format!("/dashboard/courses/{COURSE}/{table}.csv?lang=en")))
            .header(reqwest::header::COOKIE, session.as_str())
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let bytes = res.bytes().await.unwrap();
        assert!(
            bytes.starts_with("\u{feff}".as_bytes()),
            "{table}: a byte-order mark"
        );
        let text = String::from_utf8(bytes.to_vec()).unwrap();
        assert!(text.contains(has), "{table}: {text}");
        assert!(!text.contains(lacks), "{table}: {text}");
    }
    let (status, _) = get(
        &server,
        &client,
        &awa_session,
        "/dashboard/courses/no-such-course",
    )
    .await;
    assert_eq!(status, 404);
    let (status, _) = get(
        &server,
        &client,
        &awa_session,
        &format!("/dashboard/courses/{COURSE}/secrets.csv"),
    )
    .await;
    assert_eq!(status, 404);
    let audit = b.audit_log(100).await.unwrap();
    assert!(audit
        .iter()
        .any(|e| e.action == "course-view" && e.account == Some(awa.id)));
    assert!(audit
        .iter()
        .any(|e| e.action == "csv-export" && e.subject == format!("{COURSE} questions")));
}
