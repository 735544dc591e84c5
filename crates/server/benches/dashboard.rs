//! The dashboard on PostgreSQL at programme scale: a cohort page with 1,000 learners who
//! have 2,000 events each, and the course report over 10,000 learners. Server time is
//! measured as seen by a client on 127.0.0.1 (one request at a time), p50 and p99, after
//! one request to warm up. Also prints how fast the events went in with their progress
//! digests kept up to date, and times the cohort's evaluation page and its CSV (every
//! learner of the big cohort took both tests and answered both surveys, free text
//! included).
//!
//! `cargo bench -p lphm-server --bench dashboard [-- LEARNERS EVENTS REPORT_LEARNERS]`
//! (default 1000 2000 10000). Needs PostgreSQL (`scripts/setup` installs it).

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::time::Instant;

use lphm_content::Manifest;
use lphm_progress::{Event, EventKind, Hlc, Stage, SurveyAnswer};
use lphm_server::accounts::{hash_password, Account, Role};
use lphm_server::backend::{Backend, BackendConfig};
use lphm_server::certificates::Courses;
use lphm_server::cohorts::{Cohort, Participant};
use lphm_server::model::Device;
use lphm_server::ServerConfig;
use uuid::Uuid;

/// The LPHM curriculum (courses/lphm-curriculum).
const COURSE: &str = "perceptions-communication-media";
const T0: i64 = 1_767_225_600_000;
const PASSWORD: &str = "a long enough passphrase";

/// xorshift: the same data every run.
struct Dice(u64);
impl Dice {
    fn roll(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// Answers to `quiz`: each question right with a chance of `skill` in 100, else one choice
/// at random. Returns the answers and how many are right.
fn answer(
    quiz: &lphm_content::Quiz,
    skill: u64,
    dice: &mut Dice,
) -> (BTreeMap<String, BTreeSet<String>>, u32) {
    let mut right = 0;
    let answers = quiz
        .questions
        .iter()
        .map(|q| {
            let picked = if dice.roll(100) < skill {
                right += 1;
                q.correct.clone()
            } else {
                let ids = q.choice_ids();
                [ids[dice.roll(ids.len() as u64) as usize].to_string()].into()
            };
            (q.id.clone(), picked)
        })
        .collect();
    (answers, right)
}

/// `n` events of one learner's laptop studying the curriculum: lessons opened, read and
/// completed, notes, and quiz attempts with answers (strong learners answer better).
fn events(
    courses: &Courses,
    manifest: &Manifest,
    device: Uuid,
    n: u64,
    dice: &mut Dice,
) -> Vec<Event> {
    let lessons: Vec<&str> = manifest
        .modules
        .iter()
        .flat_map(|m| m.lessons.iter().map(|l| l.id.as_str()))
        .collect();
    let quizzes: Vec<&lphm_content::Quiz> = manifest
        .modules
        .iter()
        .filter_map(|m| m.quiz.as_deref())
        .filter_map(|q| courses.quiz(COURSE, q))
        .collect();
    let skill = dice.roll(100);
    (1..=n)
        .map(|seq| {
            let lesson = lessons[dice.roll(lessons.len() as u64) as usize].to_string();
            let course = COURSE.to_string();
            let kind = match dice.roll(10) {
                0..=3 => EventKind::LessonOpened { course, lesson },
                4..=5 => EventKind::TimeSpent {
                    course,
                    lesson,
                    seconds: 30 + dice.roll(900) as u32,
                },
                6 => EventKind::LessonCompleted { course, lesson },
                7 => EventKind::NoteSaved {
                    course,
                    lesson,
                    text: "Idea for our city: a welcome desk at the town hall.".into(),
                    hlc: Hlc {
                        ms: T0 + seq as i64,
                        count: 0,
                    },
                    bases: vec![],
                },
                _ => {
                    let quiz = quizzes[dice.roll(quizzes.len() as u64) as usize];
                    let (answers, right) = answer(quiz, skill, dice);
                    let total = quiz.questions.len() as u32;
                    EventKind::QuizAttempted {
                        course,
                        quiz: quiz.id.clone(),
                        answers,
                        correct: right,
                        total,
                        passed: right * 100 >= total * u32::from(quiz.pass_mark),
                    }
                }
            };
            Event {
                id: Event::derived_id(device, seq),
                profile: Uuid::nil(),
                device,
                seq,
                at_ms: T0 + seq as i64 * 60_000,
                kind,
            }
        })
        .collect()
}

/// The evaluation of one learner who finished the course: the pre-test in one form, the
/// post-test in the other (better answered), the reaction survey and the follow-up, with
/// free text in the four languages. Sequence numbers from `seq`.
fn evaluation_events(
    evaluation: &lphm_content::Evaluation,
    device: Uuid,
    seq: u64,
    learner: usize,
    dice: &mut Dice,
) -> Vec<Event> {
    let course = || COURSE.to_string();
    let texts = [
        "We opened a welcome desk at the town hall.",
        "Nous avons formé l’accueil de la mairie : « bienvenue » en 4 langues.",
        "Zorganizowaliśmy spotkanie z mieszkańcami – było ponad 40 osób.",
        "Sikhulume nabaholi bomphakathi ngokwamukela abafikayo.",
    ];
    let first = learner % 2;
    let mut kinds = Vec::new();
    for (stage, form, skill) in [
        (Stage::Pre, &evaluation.forms[first], 40),
        (Stage::Post, &evaluation.forms[1 - first], 75),
    ] {
        let (answers, right) = answer(form, skill, dice);
        kinds.push(EventKind::TestTaken {
            course: course(),
            stage,
            form: form.id.clone(),
            answers,
            correct: right,
            total: form.questions.len() as u32,
        });
    }
    for survey in evaluation.surveys.values() {
        let answers = survey
            .questions
            .iter()
            .map(|q| {
                let answer = match q.kind {
                    lphm_content::SurveyKind::Rating => {
                        SurveyAnswer::Rating(1 + dice.roll(u64::from(q.scale.unwrap_or(5))) as u8)
                    }
                    lphm_content::SurveyKind::Text => {
                        SurveyAnswer::Text(texts[dice.roll(4) as usize].to_string())
                    }
                    lphm_content::SurveyKind::Choice | lphm_content::SurveyKind::Choices => {
                        let ids: Vec<&str> = q.choices.iter().map(|c| c.id.as_str()).collect();
                        SurveyAnswer::Choices(
                            [ids[dice.roll(ids.len() as u64) as usize].to_string()].into(),
                        )
                    }
                };
                (q.id.clone(), answer)
            })
            .collect();
        kinds.push(EventKind::SurveyAnswered {
            course: course(),
            survey: survey.id.clone(),
            answers,
        });
    }
    kinds
        .into_iter()
        .zip(seq..)
        .map(|(kind, seq)| Event {
            id: Event::derived_id(device, seq),
            profile: Uuid::nil(),
            device,
            seq,
            at_ms: T0 + seq as i64 * 60_000,
            kind,
        })
        .collect()
}

/// Makes `learners` learners in a new cohort, each with a laptop that pushed `per` events
/// in batches of 500 (and, with `evaluated`, their evaluation). Returns the cohort and the
/// events per second.
async fn cohort(
    backend: &Backend,
    name: &str,
    learners: usize,
    per: u64,
    evaluated: bool,
    dice: &mut Dice,
) -> (Cohort, f64) {
    let courses = Courses::builtin();
    let manifest = courses.get(COURSE).unwrap().clone();
    let cohort = Cohort {
        id: Uuid::new_v4(),
        name: name.into(),
        courses: vec![COURSE.into()],
        starts: "2026-05-04".into(),
        ends: "2026-05-08".into(),
        place: name.into(),
        facilitator: "UNITAR".into(),
        created_ms: T0,
    };
    backend.add_cohort(cohort.clone()).await.unwrap();
    let cities = ["Antwerpen", "Płock", "Durban", "Diourbel"];
    let started = Instant::now();
    let mut count = 0u64;
    for k in 0..learners {
        let learner =
            lphm_server::admin::add_learner(backend, &format!("Learner {k:05}"), "City", T0)
                .await
                .unwrap();
        backend
            .add_participant(Participant {
                cohort: cohort.id,
                learner: learner.id,
                city: cities[k % 4].into(),
                country: String::new(),
            })
            .await
            .unwrap();
        let device = Uuid::new_v4();
        backend
            .register_device(Device {
                learner: learner.id,
                device,
                name: "laptop".into(),
                key: [7; 32],
                created_ms: T0,
                revoked: false,
                last_sync_ms: Some(T0),
                acked: 0,
                forked_from: None,
            })
            .await
            .unwrap();
        let mut all = events(courses, &manifest, device, per, dice);
        if evaluated {
            let evaluation = courses
                .evaluation(COURSE)
                .expect("the curriculum has an evaluation");
            all.extend(evaluation_events(evaluation, device, per + 1, k, dice));
        }
        for batch in all.chunks(500) {
            backend.ingest(learner.id, batch.to_vec()).await.unwrap();
            count += batch.len() as u64;
        }
    }
    (cohort, count as f64 / started.elapsed().as_secs_f64())
}

async fn time(client: &reqwest::Client, url: &str, cookie: &str, rounds: usize) -> (f64, f64) {
    let get = || async {
        let res = client
            .get(url)
            .header(reqwest::header::COOKIE, cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{url}");
        res.bytes().await.unwrap().len()
    };
    get().await;
    let mut ms = Vec::new();
    for _ in 0..rounds {
        let t = Instant::now();
        std::hint::black_box(get().await);
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    ms.sort_by(f64::total_cmp);
    let p = |q: f64| ms[((ms.len() as f64 * q).ceil() as usize).clamp(1, ms.len()) - 1];
    (p(0.5), p(0.99))
}

#[tokio::main]
async fn main() {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let learners = *args.first().unwrap_or(&1000) as usize;
    let per = *args.get(1).unwrap_or(&2000);
    let report = *args.get(2).unwrap_or(&10_000) as usize;
    let url = lphm_test_support::postgres::database();
    let config = ServerConfig::new(BackendConfig::Postgres { url });
    let server = lphm_server::bind(config, SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .expect("the server starts on PostgreSQL");
    let backend = server.backend().clone();
    backend
        .add_account(Account {
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
    let mut dice = Dice(0x5eed);
    let (big, rate) = cohort(&backend, "Antwerpen 2026", learners, per, true, &mut dice).await;
    println!("ingest with digests: {learners} learners × {per} events, {rate:.0} events/s");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let res = client
        .post(format!("{}/login", server.url()))
        .form(&[("login", "admin@unitar.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    let cookie = res.headers()[reqwest::header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let page = format!("{}/dashboard/cohorts/{}", server.url(), big.id);
    let (p50, p99) = time(&client, &page, &cookie, 30).await;
    println!("cohort page, {learners} learners × {per} events: p50 {p50:.1} ms, p99 {p99:.1} ms");
    let csv = format!("{page}/progress.csv");
    let (p50, p99) = time(&client, &csv, &cookie, 10).await;
    println!("cohort grid as CSV, {learners} learners: p50 {p50:.1} ms, p99 {p99:.1} ms");
    let evaluation = format!("{page}/evaluation/{COURSE}");
    let (p50, p99) = time(&client, &evaluation, &cookie, 30).await;
    println!("evaluation page, {learners} learners: p50 {p50:.1} ms, p99 {p99:.1} ms");
    let (p50, p99) = time(&client, &format!("{evaluation}.csv"), &cookie, 10).await;
    println!("evaluation as CSV, {learners} learners: p50 {p50:.1} ms, p99 {p99:.1} ms");

    // The course report over `report` learners: the rest in cohorts of 1,000 with 40
    // events each (a course's worth of reading and a few quizzes).
    let mut n = learners;
    let mut k = 0;
    while n < report {
        let size = (report - n).min(1000);
        cohort(&backend, &format!("Cohort {k}"), size, 40, false, &mut dice).await;
        n += size;
        k += 1;
    }
    let course = format!("{}/dashboard/courses/{COURSE}", server.url());
    let (p50, p99) = time(&client, &course, &cookie, 10).await;
    println!(
        "course report, {n} learners in {} cohorts: p50 {p50:.1} ms, p99 {p99:.1} ms",
        k + 1
    );
    server.shutdown().await.unwrap();
}
