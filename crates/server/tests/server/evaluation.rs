//! The course evaluation on the server, through real HTTP on both backends: first test forms
//! given at enrollment so each cohort stays balanced (and the same on a learner's second
//! laptop); a cohort's evaluation page and CSV with exact figures from tests and surveys
//! pushed through `/v1/sync`; free text in four languages kept to the byte; who may see it;
//! the first sitting of a test counting when a learner took it on two laptops.

use std::collections::{BTreeMap, BTreeSet};

use lphm_progress::{Event, EventKind, Stage, SurveyAnswer};
use lphm_server::accounts::{hash_password, Account, Role};
use lphm_server::certificates::Courses;
use lphm_server::cohorts::{Cohort, Participant};
use lphm_sync::protocol::{EnrollRequest, EnrollResponse};
use uuid::Uuid;

use crate::dashboard::{get, session_of, with_account, PASSWORD};
use crate::harness::{on_both_backends, Kind, TestDevice, TestServer, T0};

const COURSE: &str = "perceptions-communication-media";
const DAY: i64 = 24 * 60 * 60 * 1000;

fn cohort(name: &str) -> Cohort {
    Cohort {
        id: Uuid::new_v4(),
        name: name.into(),
        courses: vec![COURSE.into()],
        starts: "2026-05-04".into(),
        ends: "2026-05-08".into(),
        place: "Płock".into(),
        facilitator: "UNITAR".into(),
        created_ms: T0,
    }
}

/// A new learner who is a participant of `cohort` (before any laptop enrolls).
async fn participant(server: &TestServer, cohort: Uuid, name: &str, city: &str) -> Uuid {
    let learner = server.learner(name).await;
    server
        .backend()
        .add_participant(Participant {
            cohort,
            learner,
            city: city.into(),
            country: "Polska".into(),
        })
        .await
        .unwrap();
    learner
}

/// Enrolls a new laptop for `learner`; the laptop and the first form the server answered.
async fn enroll(server: &TestServer, learner: Uuid) -> (TestDevice, Option<u8>) {
    let mut device = TestDevice::new();
    let code = server.code(learner).await;
    let res = server.try_enroll(&code, &device).await.expect("enrolls");
    device.token = res.token;
    (device, res.first_form)
}

on_both_backends!(forms_are_balanced_in_a_cohort_and_stay_with_the_learner);

async fn forms_are_balanced_in_a_cohort_and_stay_with_the_learner(kind: Kind) {
    let server = TestServer::start(kind).await;
    let b = server.backend();
    let plock = cohort("Płock, maj 2026");
    b.add_cohort(plock.clone()).await.unwrap();
    let mut learners = Vec::new();
    for k in 0..10 {
        learners.push(participant(&server, plock.id, &format!("Uczestnik {k}"), "Płock").await);
    }
    // One by one: each takes the rarer form, so the counts never differ by more than one.
    let mut counts = [0usize; 2];
    let mut forms = Vec::new();
    for (k, l) in learners.iter().enumerate() {
        let (_, form) = enroll(&server, *l).await;
        let form = form.expect("the server gives a first form");
        assert!(form <= 1);
        counts[usize::from(form)] += 1;
        assert!(
            counts[0].abs_diff(counts[1]) <= 1,
            "after {} enrollments: {counts:?}",
            k + 1
        );
        forms.push(form);
    }
    assert_eq!(counts, [5, 5]);
    // Stored with the learner, in their export too.
    for (l, form) in learners.iter().zip(&forms) {
        assert_eq!(
            b.learner(*l).await.unwrap().unwrap().first_form,
            Some(*form)
        );
    }
    let export =
        serde_json::to_value(b.learner_export(learners[3]).await.unwrap().unwrap()).unwrap();
    assert_eq!(
        export["learner"]["first_test_form"],
        if forms[3] == 0 { "A" } else { "B" }
    );
    // A second laptop of a learner (another code) gets the same form, and the balance holds.
    for k in [0, 7] {
        let (_, again) = enroll(&server, learners[k]).await;
        assert_eq!(again, Some(forms[k]), "learner {k}'s second laptop");
    }
    // A learner in no cohort: the hash of their id, as a laptop that never enrolled.
    let loner = server.learner("Sipho Zulu").await;
    let (_, form) = enroll(&server, loner).await;
    assert_eq!(form, Some(lphm_progress::first_form_by_hash(loner)));

    // Ten participants of another cohort enrolling all at once still end 5 and 5: the
    // backends choose one enrollment after the other within a cohort.
    let durban = cohort("Durban, 2026");
    b.add_cohort(durban.clone()).await.unwrap();
    let mut crowd = Vec::new();
    for k in 0..10 {
        crowd.push(participant(&server, durban.id, &format!("Umfundi {k}"), "Durban").await);
    }
    let mut requests = Vec::new();
    for l in &crowd {
        let device = TestDevice::new();
        let code = server.code(*l).await;
        requests.push(EnrollRequest {
            proof: lphm_sync::protocol::enrollment_proof(&device.key, &code, device.id),
            code,
            device: device.id,
            device_name: "laptop".into(),
            device_key: hex::encode(device.key.verifying_key().to_bytes()),
        });
    }
    let mut all = tokio::task::JoinSet::new();
    for req in requests {
        let (http, url) = (server.http.clone(), server.endpoint("/v1/enroll"));
        all.spawn(async move {
            let res = http.post(url).json(&req).send().await.unwrap();
            assert!(res.status().is_success(), "{}", res.status());
            res.json::<EnrollResponse>().await.unwrap().first_form
        });
    }
    let forms = all.join_all().await;
    let ones = forms.iter().filter(|f| **f == Some(1)).count();
    let zeros = forms.iter().filter(|f| **f == Some(0)).count();
    assert_eq!(
        (zeros, ones),
        (5, 5),
        "concurrent enrollments of one cohort"
    );
}

/// Event `seq` of `device` at `at_ms`.
fn ev(device: &TestDevice, seq: u64, at_ms: i64, kind: EventKind) -> Event {
    Event {
        id: Event::derived_id(device.id, seq),
        profile: Uuid::nil(),
        device: device.id,
        seq,
        at_ms,
        kind,
    }
}

fn test_taken(stage: Stage, form: &str, correct: u32) -> EventKind {
    EventKind::TestTaken {
        course: COURSE.into(),
        stage,
        form: form.into(),
        answers: BTreeMap::new(),
        correct,
        total: 12,
    }
}

fn survey(id: &str, answers: &[(&str, SurveyAnswer)]) -> EventKind {
    EventKind::SurveyAnswered {
        course: COURSE.into(),
        survey: id.into(),
        answers: answers
            .iter()
            .map(|(q, a)| (q.to_string(), a.clone()))
            .collect(),
    }
}

fn rating(n: u8) -> SurveyAnswer {
    SurveyAnswer::Rating(n)
}

fn text(t: &str) -> SurveyAnswer {
    SurveyAnswer::Text(t.into())
}

fn choices(c: &[&str]) -> SurveyAnswer {
    SurveyAnswer::Choices(c.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>())
}

/// Every lesson done and every quiz passed, at `at_ms`, numbered from `seq`.
fn complete_course(device: &TestDevice, seq: &mut u64, at_ms: i64) -> Vec<Event> {
    let manifest = Courses::builtin().get(COURSE).unwrap();
    let mut events = Vec::new();
    for m in &manifest.modules {
        for l in &m.lessons {
            *seq += 1;
            let kind = EventKind::LessonCompleted {
                course: COURSE.into(),
                lesson: l.id.clone(),
            };
            events.push(ev(device, *seq, at_ms, kind));
        }
        if let Some(q) = &m.quiz {
            *seq += 1;
            let kind = EventKind::QuizAttempted {
                course: COURSE.into(),
                quiz: q.clone(),
                answers: BTreeMap::new(),
                correct: 5,
                total: 5,
                passed: true,
            };
            events.push(ev(device, *seq, at_ms, kind));
        }
    }
    events
}

// Free text in the four languages, and what a spreadsheet must not take for a formula.
const FRENCH: &str = "«\u{a0}Vivre ensemble\u{a0}»\u{a0}: c’est l’essentiel\u{a0}!";
const POLISH: &str = "Zażółć gęślą jaźń – ąęłńóśźż ĄĘŁŃÓŚŹŻ";
const ZULU: &str = "Ngifunde ukuthi abantu bafika ngezizathu eziningi. Ngiyabonga kakhulu!";
const EMOJI: &str = "Two lines 🙂\nthe second with \"quotes\", <b>tags</b> & more";
const FORMULA: &str = "=HYPERLINK(\"http://example.org\";\"x\")";

/// A cohort of four in Płock, their laptops' results pushed through `/v1/sync`:
/// - Anna: pre-test A 6/12 (50 %), post-test B 9/12 (75 %), completed, both surveys;
/// - Bongani: pre-test B 3/12 (25 %), post-test A 8/12 (66.7 %), completed, both surveys;
/// - Chloé: pre-test A 9/12 (75 %) only;
/// - Dariusz: enrolled, nothing yet.
///
/// Returns the server (clock at T0, the course completed at T0 + 1 h), the coordinator
/// given the cohort, and the cohort.
async fn a_cohort_with_results(kind: Kind) -> (TestServer, Account, reqwest::Client, Cohort) {
    let (server, awa, client) = with_account(kind).await;
    let b = server.backend();
    let plock = cohort("Płock, maj 2026");
    b.add_cohort(plock.clone()).await.unwrap();
    b.give_cohort(plock.id, awa.id).await.unwrap();
    let names = [
        "Anna Kowalska",
        "Bongani Zulu",
        "Chloé Martin",
        "Dariusz Nowak",
    ];
    let mut laptops = Vec::new();
    for name in names {
        let l = participant(&server, plock.id, name, "Płock").await;
        laptops.push(enroll(&server, l).await.0);
    }
    let done = T0 + 60 * 60 * 1000;
    let results: [Vec<EventKind>; 3] = [
        vec![
            test_taken(Stage::Pre, "pre-post-a", 6),
            test_taken(Stage::Post, "pre-post-b", 9),
            survey(
                "reaction",
                &[
                    ("relevance", rating(5)),
                    ("clarity", rating(4)),
                    ("other-cities", rating(5)),
                    ("app", rating(4)),
                    ("recommend", rating(5)),
                    ("most-useful-module", choices(&["social-cohesion"])),
                    ("improve", text(FRENCH)),
                    ("try-first", text(POLISH)),
                ],
            ),
            survey(
                "follow-up",
                &[
                    ("applied", choices(&["yes-several"])),
                    ("areas", choices(&["social-cohesion", "education-youth"])),
                    ("how", text(FORMULA)),
                    ("obstacles", choices(&["time"])),
                    ("change", rating(4)),
                ],
            ),
        ],
        vec![
            test_taken(Stage::Pre, "pre-post-b", 3),
            test_taken(Stage::Post, "pre-post-a", 8),
            survey(
                "reaction",
                &[
                    ("relevance", rating(3)),
                    ("clarity", rating(3)),
                    ("other-cities", rating(4)),
                    ("app", rating(2)),
                    ("recommend", rating(3)),
                    ("most-useful-module", choices(&["human-security"])),
                    ("improve", text(ZULU)),
                    ("try-first", text(EMOJI)),
                ],
            ),
            survey(
                "follow-up",
                &[
                    ("applied", choices(&["no"])),
                    ("obstacles", choices(&["resources", "political-support"])),
                    ("change", rating(2)),
                ],
            ),
        ],
        vec![test_taken(Stage::Pre, "pre-post-a", 9)],
    ];
    for (laptop, kinds) in laptops.iter().zip(results) {
        let mut seq = 0;
        let mut events = Vec::new();
        let completes = kinds.len() > 1;
        for (i, kind) in kinds.into_iter().enumerate() {
            seq += 1;
            // The pre-test first, the course, then the post-test and the surveys.
            let at = if i == 0 {
                T0 + 1_000
            } else {
                done + i as i64 * 1_000
            };
            events.push(ev(laptop, seq, at, kind));
        }
        if completes {
            events.extend(complete_course(laptop, &mut seq, done));
        }
        server.push(laptop, &events).await.unwrap();
    }
    (server, awa, client, plock)
}

/// The figure on the row labelled `label` of a page's figures tables.
fn figure<'a>(page: &'a str, label: &str) -> &'a str {
    let at = format!("<th scope=\"row\">{label}</th><td data-test=\"figure\">");
    let rest = page
        .split(&at)
        .nth(1)
        .unwrap_or_else(|| panic!("no figure “{label}” in {page}"));
    rest.split("</td>").next().unwrap()
}

/// The texts of `data-test` blocks `name`, HTML entities read back.
fn blocks(page: &str, name: &str) -> Vec<String> {
    page.split(&format!("data-test=\"{name}\""))
        .skip(1)
        .map(|b| b.split("</li>").next().unwrap().to_string())
        .collect()
}

fn unescape(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&amp;", "&")
        .replace("&#38;", "&")
}

async fn csv_of(
    server: &TestServer,
    client: &reqwest::Client,
    session: &str,
    path: &str,
) -> (u16, Vec<u8>) {
    let res = client
        .get(server.endpoint(path))
        .header(reqwest::header::COOKIE, session)
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.bytes().await.unwrap().to_vec())
}

fn records(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("a byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// A choice's label in `lang`.
fn label(survey: &str, question: &str, choice: &str, lang: &str) -> String {
    let e = Courses::builtin().evaluation(COURSE).unwrap();
    let q = e
        .survey(survey)
        .unwrap()
        .questions
        .iter()
        .find(|q| q.id == question)
        .unwrap();
    let c = q.choices.iter().find(|c| c.id == choice).unwrap();
    c.text.pick(lang, "en").0.to_string()
}

on_both_backends!(the_evaluation_page_and_csv_give_exact_figures);

async fn the_evaluation_page_and_csv_give_exact_figures(kind: Kind) {
    let (server, _, client, plock) = a_cohort_with_results(kind).await;
    let (session, _) = session_of(&server, &client, "awa@diourbel.sn").await;
    let path = format!("/dashboard/cohorts/{}/evaluation/{COURSE}", plock.id);

    // The cohort page links to it.
    let (_, cohort_page) = get(
        &server,
        &client,
        &session,
        &format!("/dashboard/cohorts/{}?lang=en", plock.id),
    )
    .await;
    assert!(
        cohort_page.contains(&format!(
            "href=\"{path}?lang=en\" data-test=\"evaluation-link\""
        )),
        "{cohort_page}"
    );

    // Before the follow-up is due, nobody is counted as missing it.
    let (status, page) = get(&server, &client, &session, &format!("{path}?lang=en")).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(figure(&page, "Took the pre-test"), "3");
    assert_eq!(figure(&page, "Took the post-test"), "2");
    assert_eq!(figure(&page, "Took both tests"), "2");
    // (50 + 25) / 2; (75 + 66.67) / 2; (25 + 41.67) / 2.
    assert_eq!(figure(&page, "Mean pre-test score"), "37.5%");
    assert_eq!(figure(&page, "Mean post-test score"), "70.8%");
    assert_eq!(figure(&page, "Mean gain (points)"), "+33.3");
    assert_eq!(figure(&page, "Completed the course"), "2");
    assert_eq!(
        figure(&page, "Completed at least 90 days ago (follow-up due)"),
        "0"
    );
    assert_eq!(figure(&page, "Applied what they learned"), "50.0% (1/2)");
    let rows: Vec<&str> = page
        .split("data-test=\"evaluation-learner\"")
        .skip(1)
        .collect();
    assert_eq!(rows.len(), 4, "every participant, by name");
    assert!(
        rows[0].contains("Anna Kowalska")
            && rows[0].contains("<span class=\"form\">A</span> 6/12 (50.0%)"),
        "{}",
        rows[0]
    );
    assert!(
        rows[0].contains("<span class=\"form\">B</span> 9/12 (75.0%)")
            && rows[0].contains("data-test=\"gain\">+25.0<")
    );
    assert!(
        rows[1].contains("Bongani Zulu")
            && rows[1].contains("<span class=\"form\">A</span> 8/12 (66.7%)")
            && rows[1].contains(">+41.7<"),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].contains("Chloé Martin")
            && rows[2].contains("9/12 (75.0%)")
            && rows[2].contains("data-test=\"gain\">–<")
    );
    assert!(rows[3].contains("Dariusz Nowak") && rows[3].contains("data-test=\"gain\">–<"));
    // Each form as pre-test and as post-test: A = (50 + 75) / 2 first, 66.7 after.
    let forms: Vec<&str> = page
        .split("data-test=\"evaluation-form\"")
        .skip(1)
        .collect();
    assert!(forms[0].contains("Form A</th><td>62.5% <span class=\"muted\">(n = 2)</span></td><td>66.7% <span class=\"muted\">(n = 1)</span>"), "{}", forms[0]);
    assert!(forms[1].contains("Form B</th><td>25.0% <span class=\"muted\">(n = 1)</span></td><td>75.0% <span class=\"muted\">(n = 1)</span>"), "{}", forms[1]);
    // Four enrolled one by one: two were given each form.
    assert!(page.contains("form A to 2, form B to 2."), "{page}");
    // Ratings: relevance (5 + 3) / 2, app (4 + 2) / 2, with their distributions.
    let questions: Vec<&str> = page
        .split("data-test=\"survey-question\"")
        .skip(1)
        .collect();
    assert_eq!(questions.len(), 8 + 6, "every question of both surveys");
    assert!(
        questions[0].contains("<strong>4.0</strong> / 5 <span class=\"muted\">(n = 2)</span>"),
        "{}",
        questions[0]
    );
    assert!(
        questions[3].contains("<strong>3.0</strong> / 5"),
        "{}",
        questions[3]
    );
    assert!(questions[5].contains(&label(
        "reaction",
        "most-useful-module",
        "human-security",
        "en"
    )));

    // The follow-up falls due 90 days after completion.
    server.clock.advance(91 * DAY);
    // (The session ran out meanwhile.)
    let (session, _) = session_of(&server, &client, "awa@diourbel.sn").await;
    let (_, page) = get(&server, &client, &session, &format!("{path}?lang=en")).await;
    assert_eq!(
        figure(&page, "Completed at least 90 days ago (follow-up due)"),
        "2"
    );
    assert_eq!(figure(&page, "Answered"), "2");

    // In French: decimal commas and a no-break space before the percent sign.
    let (_, page) = get(&server, &client, &session, &format!("{path}?lang=fr")).await;
    assert_eq!(figure(&page, "Score moyen au test initial"), "37,5\u{a0}%");
    assert_eq!(figure(&page, "Gain moyen (points)"), "+33,3");

    // The CSV: one record per participant, exact figures, then the survey answers.
    let (status, bytes) = csv_of(&server, &client, &session, &format!("{path}.csv?lang=en")).await;
    assert_eq!(status, 200);
    let csv = records(&bytes);
    assert_eq!(csv.len(), 1 + 4);
    assert_eq!(
        csv[0][..13],
        [
            "Name",
            "Local authority",
            "City",
            "Pre-test form",
            "Pre-test correct",
            "Pre-test questions",
            "Pre-test (%)",
            "Post-test form",
            "Post-test correct",
            "Post-test questions",
            "Post-test (%)",
            "Gain (points)",
            "reaction: relevance"
        ]
    );
    assert_eq!(csv[0].len(), 12 + 8 + 6);
    assert_eq!(csv[0][20], "follow-up: applied");
    assert_eq!(
        csv[1][..20],
        [
            "Anna Kowalska",
            "Test Authority",
            "Płock",
            "A",
            "6",
            "12",
            "50.0",
            "B",
            "9",
            "12",
            "75.0",
            "25.0",
            "5",
            "4",
            "5",
            "4",
            "5",
            &label("reaction", "most-useful-module", "social-cohesion", "en"),
            FRENCH,
            POLISH
        ]
    );
    let areas = format!(
        "{}; {}",
        label("follow-up", "areas", "social-cohesion", "en"),
        label("follow-up", "areas", "education-youth", "en")
    );
    assert_eq!(
        csv[1][20..],
        [
            label("follow-up", "applied", "yes-several", "en"),
            areas,
            format!("'{FORMULA}"),
            label("follow-up", "obstacles", "time", "en"),
            "4".into(),
            String::new()
        ]
    );
    assert_eq!(
        csv[2][3..12],
        ["B", "3", "12", "25.0", "A", "8", "12", "66.7", "41.7"]
    );
    assert_eq!(csv[3][3..12], ["A", "9", "12", "75.0", "", "", "", "", ""]);
    assert!(
        csv[4][3..].iter().all(String::is_empty),
        "Dariusz has nothing yet"
    );

    // The course page: the cohort's figures in a row, linking to the page.
    let (_, course) = get(
        &server,
        &client,
        &session,
        &format!("/dashboard/courses/{COURSE}?lang=en"),
    )
    .await;
    let row = course
        .split("data-test=\"course-evaluation\"")
        .nth(1)
        .expect("a row per cohort");
    assert!(row.contains(&format!("href=\"{path}?lang=en\"")), "{row}");
    // Reaction: (5+4+5+4+5 + 3+4+3+2+3) / 10 = 3.8; applied: 1 of 2.
    assert!(row.contains("<td class=\"number\">2</td><td class=\"number\">37.5%</td><td class=\"number\">70.8%</td><td class=\"number\">+33.3</td><td class=\"number\">3.8</td><td class=\"number\">50.0%</td>"), "{row}");
}

on_both_backends!(free_text_in_four_languages_survives_the_page_and_the_csv);

async fn free_text_in_four_languages_survives_the_page_and_the_csv(kind: Kind) {
    let (server, _, client, plock) = a_cohort_with_results(kind).await;
    let (session, _) = session_of(&server, &client, "awa@diourbel.sn").await;
    let path = format!("/dashboard/cohorts/{}/evaluation/{COURSE}", plock.id);
    for lang in ["en", "fr", "pl", "zu"] {
        let (status, page) = get(&server, &client, &session, &format!("{path}?lang={lang}")).await;
        assert_eq!(status, 200);
        assert!(
            !page.contains("<b>tags</b>"),
            "{lang}: free text is escaped"
        );
        let texts: Vec<String> = blocks(&page, "free-text")
            .iter()
            .map(|b| {
                unescape(
                    b.split("<blockquote>")
                        .nth(1)
                        .unwrap()
                        .trim_end_matches("</blockquote>"),
                )
            })
            .collect();
        // By question (improve, try-first, how), then by name.
        assert_eq!(texts, [FRENCH, ZULU, POLISH, EMOJI, FORMULA], "{lang}");
        let who: Vec<String> = blocks(&page, "free-text")
            .iter()
            .map(|b| {
                b.split("<span class=\"who\">")
                    .nth(1)
                    .unwrap()
                    .split('<')
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(who[..2], ["Anna Kowalska", "Bongani Zulu"]);

        let (status, bytes) = csv_of(
            &server,
            &client,
            &session,
            &format!("{path}.csv?lang={lang}"),
        )
        .await;
        assert_eq!(status, 200);
        let csv = records(&bytes);
        assert_eq!(
            (csv[1][18].as_str(), csv[1][19].as_str()),
            (FRENCH, POLISH),
            "{lang}"
        );
        assert_eq!(
            (csv[2][18].as_str(), csv[2][19].as_str()),
            (ZULU, EMOJI),
            "{lang}"
        );
        assert_eq!(
            csv[1][22],
            format!("'{FORMULA}"),
            "{lang}: the formula guard"
        );
        // The bytes themselves: the newline and the quotes inside one quoted cell.
        let raw = String::from_utf8(bytes).unwrap();
        assert!(
            raw.contains(&format!("\"{}\"", EMOJI.replace('"', "\"\""))),
            "{raw}"
        );
        assert!(raw.contains(FRENCH) && raw.contains(POLISH) && raw.contains(ZULU));
        // Choices in the CSV's language.
        assert_eq!(
            csv[1][17],
            label("reaction", "most-useful-module", "social-cohesion", lang)
        );
    }
}

on_both_backends!(only_those_given_the_cohort_see_its_evaluation);

async fn only_those_given_the_cohort_see_its_evaluation(kind: Kind) {
    let (server, awa, client, plock) = a_cohort_with_results(kind).await;
    let b = server.backend();
    let other = Account {
        id: Uuid::new_v4(),
        login: "marek@plock.pl".into(),
        name: "Marek".into(),
        role: Role::Coordinator,
        password_hash: hash_password(PASSWORD),
        created_ms: T0,
        disabled: false,
    };
    b.add_account(other.clone()).await.unwrap();
    let path = format!("/dashboard/cohorts/{}/evaluation/{COURSE}", plock.id);
    let (marek, _) = session_of(&server, &client, "marek@plock.pl").await;
    for p in [format!("{path}?lang=pl"), format!("{path}.csv?lang=pl")] {
        let (status, page) = get(&server, &client, &marek, &p).await;
        assert_eq!(status, 404, "{p}");
        assert!(
            page.contains("data-test=\"not-found\""),
            "the dashboard's not-found page: {page}"
        );
        assert!(!page.contains("Kowalska") && !page.contains("Zażółć"));
    }
    // Not found either: a course the cohort does not study, or one without an evaluation.
    let (session, _) = session_of(&server, &client, "awa@diourbel.sn").await;
    for course in ["starter-communication", "no-such-course"] {
        let (status, _) = get(
            &server,
            &client,
            &session,
            &format!("/dashboard/cohorts/{}/evaluation/{course}", plock.id),
        )
        .await;
        assert_eq!(status, 404, "{course}");
    }
    let (status, _) = get(&server, &client, &session, &format!("{path}?lang=pl")).await;
    assert_eq!(status, 200);
    let (status, _) = get(&server, &client, &session, &format!("{path}.csv")).await;
    assert_eq!(status, 200);
    let audit = b.audit_log(100).await.unwrap();
    let subject = format!("{} {COURSE}", plock.id);
    assert!(audit.iter().any(|e| e.action == "evaluation-view"
        && e.account == Some(awa.id)
        && e.subject == subject));
    assert!(audit.iter().any(|e| e.action == "csv-export"
        && e.account == Some(awa.id)
        && e.subject == format!("{} evaluation {COURSE}", plock.id)));
    assert!(
        !audit
            .iter()
            .any(|e| e.account == Some(other.id) && e.action != "login"),
        "a refused look shows nothing and records no view"
    );
}

on_both_backends!(the_first_sitting_counts_when_a_test_was_taken_on_two_laptops);

async fn the_first_sitting_counts_when_a_test_was_taken_on_two_laptops(kind: Kind) {
    let (server, awa, client) = with_account(kind).await;
    let b = server.backend();
    let plock = cohort("Płock, maj 2026");
    b.add_cohort(plock.clone()).await.unwrap();
    b.give_cohort(plock.id, awa.id).await.unwrap();
    let ewa = participant(&server, plock.id, "Ewa Wiśniewska", "Płock").await;
    let (first, form) = enroll(&server, ewa).await;
    let (second, again) = enroll(&server, ewa).await;
    assert_eq!(form, again);
    // The second laptop's sitting is earlier but arrives later: it is the one that counts.
    server
        .push(
            &first,
            &[ev(
                &first,
                1,
                T0 + 2_000,
                test_taken(Stage::Pre, "pre-post-a", 9),
            )],
        )
        .await
        .unwrap();
    server
        .push(
            &second,
            &[ev(
                &second,
                1,
                T0 + 1_000,
                test_taken(Stage::Pre, "pre-post-b", 2),
            )],
        )
        .await
        .unwrap();
    let (session, _) = session_of(&server, &client, "awa@diourbel.sn").await;
    let path = format!("/dashboard/cohorts/{}/evaluation/{COURSE}", plock.id);
    let (_, page) = get(&server, &client, &session, &format!("{path}?lang=en")).await;
    assert_eq!(figure(&page, "Took the pre-test"), "1");
    let row = page
        .split("data-test=\"evaluation-learner\"")
        .nth(1)
        .unwrap();
    assert!(
        row.contains("<span class=\"form\">B</span> 2/12 (16.7%)"),
        "{row}"
    );
    let (_, bytes) = csv_of(&server, &client, &session, &format!("{path}.csv")).await;
    assert_eq!(records(&bytes)[1][3..7], ["B", "2", "12", "16.7"]);
    // And the learner's history names the forms by their titles.
    let (_, history) = get(
        &server,
        &client,
        &session,
        &format!("/dashboard/learners/{ewa}?lang=en"),
    )
    .await;
    let title = &Courses::builtin().evaluation(COURSE).unwrap().forms[1].title;
    assert!(
        history.contains(&format!(
            "Took the pre-test “{}” (2/12)",
            title.pick("en", "en").0
        )),
        "{history}"
    );
    let letter = if form == Some(0) { "A" } else { "B" };
    assert!(
        history.contains(&format!(
            "data-test=\"first-form\">Pre-test form: {letter}<"
        )),
        "{history}"
    );
}
