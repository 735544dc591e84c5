//! A course across cohorts and cities: how many started, completed and were certified, per
//! cohort and per city, per module, and the analysis of its quiz questions
//! ([`crate::analysis`]). A coordinator sees the participants of the cohorts given to them;
//! an administrator sees every learner, those in no cohort under their own row. Read from
//! the progress digests ([`crate::digest`]), never from the events.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use lphm_content::Manifest;
use lphm_i18n::Localizer;
use uuid::Uuid;

use super::table::csv_answer;
use super::{html, language, languages, render, unavailable, Lang, Signed};
use crate::accounts::{AuditEntry, Role};
use crate::analysis::{analyse, strengths, Item};
use crate::digest::Digest;
use crate::http::AppState;

/// One row of a table by cohort or by city.
pub(crate) struct Group {
    pub name: String,
    pub detail: String,
    pub learners: usize,
    pub started: usize,
    pub complete: usize,
    pub certified: usize,
    /// Median hours of study among those who started.
    pub median_hours: f64,
}

impl Group {
    fn percent(&self) -> usize {
        (self.complete * 100)
            .checked_div(self.learners)
            .unwrap_or(0)
    }
}

/// One module's row.
pub(crate) struct ModuleRow {
    pub title: String,
    /// Learners who did every lesson of it, and who passed its quiz (if any), of `started`.
    pub lessons_done: usize,
    pub quiz_passed: Option<usize>,
}

/// One question's row, with its words in the page's language.
pub(crate) struct Question {
    pub quiz: String,
    pub prompt: String,
    pub item: Item,
    /// (choice text, picks, right)
    pub options: Vec<(String, usize, bool)>,
    pub advice: String,
}

/// A cohort's evaluation figures on the course page, formatted for its language.
pub(crate) struct CohortEvaluation {
    pub cohort: Uuid,
    pub name: String,
    pub paired: usize,
    pub mean_pre: String,
    pub mean_post: String,
    pub mean_gain: String,
    /// The mean of every reaction rating.
    pub reaction: String,
    /// The share of follow-up answers saying the course was applied.
    pub applied: String,
}

/// Everything the course page shows.
pub(crate) struct Report {
    pub course: String,
    pub title: String,
    pub learners: usize,
    pub started: usize,
    pub complete: usize,
    pub certified: usize,
    pub cohorts: Vec<Group>,
    pub cities: Vec<Group>,
    pub modules: Vec<ModuleRow>,
    pub questions: Vec<Question>,
    /// Per cohort, when the course has an evaluation.
    pub evaluations: Vec<CohortEvaluation>,
}

/// What is known of one learner for the report.
struct Seen<'a> {
    digest: &'a Digest,
    cohort: Option<usize>,
    city: (String, String),
    certified: bool,
}

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// The report of `course` over what `signed` may see.
async fn report(
    state: &AppState,
    signed: &Signed,
    manifest: &Manifest,
    lang: &str,
) -> Result<Report, crate::StoreError> {
    let backend = state.backend();
    let course = manifest.id.as_str();
    let admin = signed.account.role == Role::Administrator;
    let given = backend.cohorts_given(signed.account.id).await?;
    let cohorts: Vec<crate::cohorts::Cohort> = backend
        .cohorts()
        .await?
        .into_iter()
        .filter(|c| c.courses.iter().any(|x| x == course))
        .filter(|c| admin || given.contains(&c.id))
        .collect();
    // Learner -> (cohort index, city, country); a learner in two cohorts counts in the first.
    let mut placed: HashMap<Uuid, (usize, String, String)> = HashMap::new();
    let mut members: Vec<Vec<(Uuid, String)>> = Vec::new();
    for (i, c) in cohorts.iter().enumerate() {
        let participants = backend.participants(c.id).await?;
        members.push(
            participants
                .iter()
                .map(|p| (p.learner, p.city.clone()))
                .collect(),
        );
        for p in participants {
            placed.entry(p.learner).or_insert((i, p.city, p.country));
        }
    }
    let mut ids: Vec<Uuid> = placed.keys().copied().collect();
    if admin {
        ids = backend
            .learners()
            .await?
            .into_iter()
            .map(|l| l.id)
            .collect();
    }
    let certified: std::collections::HashSet<Uuid> = backend
        .certificates_of(&ids)
        .await?
        .into_iter()
        .filter(|c| c.course == course && c.revoked_ms.is_none())
        .map(|c| c.learner)
        .collect();
    let digests = backend.digests(&ids).await?;
    let seen: Vec<Seen> = digests
        .iter()
        .filter_map(|(l, d)| {
            let place = placed.get(&l.id);
            // Outside the cohorts, only learners who did something in this course count.
            if place.is_none() && !d.courses.contains_key(course) {
                return None;
            }
            Some(Seen {
                digest: d,
                cohort: place.map(|p| p.0),
                city: place
                    .map(|p| (p.1.clone(), p.2.clone()))
                    .unwrap_or_default(),
                certified: certified.contains(&l.id),
            })
        })
        .collect();
    let progress: Vec<lphm_progress::CourseProgress> =
        seen.iter().map(|s| s.digest.progress(manifest)).collect();
    let started = |s: &Seen| s.digest.courses.contains_key(course);
    let group = |name: String, detail: String, members: &[usize]| Group {
        name,
        detail,
        learners: members.len(),
        started: members.iter().filter(|&&i| started(&seen[i])).count(),
        complete: members.iter().filter(|&&i| progress[i].complete()).count(),
        certified: members.iter().filter(|&&i| seen[i].certified).count(),
        median_hours: median(
            members
                .iter()
                .filter(|&&i| started(&seen[i]))
                .map(|&i| progress[i].seconds as f64 / 3600.0)
                .collect(),
        ),
    };
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let mut by_cohort: BTreeMap<Option<usize>, Vec<usize>> = BTreeMap::new();
    let mut by_city: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (i, s) in seen.iter().enumerate() {
        by_cohort.entry(s.cohort).or_default().push(i);
        by_city.entry(s.city.clone()).or_default().push(i);
    }
    let cohort_rows = by_cohort
        .iter()
        .map(|(c, members)| match c {
            Some(c) => {
                let c = &cohorts[*c];
                group(
                    c.name.clone(),
                    format!("{} · {} – {}", c.place, c.starts, c.ends),
                    members,
                )
            }
            None => group(l10n.format("course-no-cohort", &[]), String::new(), members),
        })
        .collect();
    let city_rows = by_city
        .iter()
        .map(|((city, country), members)| {
            let name = if city.is_empty() {
                l10n.format("course-no-city", &[])
            } else {
                city.clone()
            };
            group(name, country.clone(), members)
        })
        .collect();
    let fb = manifest.fallback_lang();
    let modules = manifest
        .modules
        .iter()
        .enumerate()
        .map(|(m, module)| ModuleRow {
            title: module.title.pick(lang, fb).0.to_string(),
            lessons_done: progress
                .iter()
                .filter(|p| p.modules[m].lessons_done == p.modules[m].lessons_total)
                .count(),
            quiz_passed: module
                .quiz
                .as_ref()
                .map(|_| progress.iter().filter(|p| p.modules[m].quiz_passed).count()),
        })
        .collect();
    // The question analysis, over every learner the account may see.
    let courses = crate::certificates::Courses::builtin();
    let quizzes: BTreeMap<String, &lphm_content::Quiz> = manifest
        .modules
        .iter()
        .filter_map(|m| m.quiz.as_deref())
        .filter_map(|q| courses.quiz(course, q).map(|quiz| (q.to_string(), quiz)))
        .collect();
    let all: Vec<&Digest> = seen.iter().map(|s| s.digest).collect();
    let strength: BTreeMap<usize, f64> = strengths(course, &quizzes, all.iter().copied())
        .into_iter()
        .collect();
    let mut questions = Vec::new();
    // In the course's order.
    let in_order = manifest
        .modules
        .iter()
        .filter_map(|m| m.quiz.as_deref())
        .filter_map(|q| quizzes.get(q));
    for quiz in in_order {
        let quiz_title = quiz.title.pick(lang, fb).0.to_string();
        for item in analyse(course, quiz, &all, &strength) {
            let Some(q) = quiz.questions.iter().find(|q| q.id == item.question) else {
                continue;
            };
            let options = item
                .options
                .iter()
                .map(|(choice, picks, right)| {
                    let text = q
                        .choices
                        .iter()
                        .find(|c| &c.id == choice)
                        .map(|c| c.text.pick(lang, fb).0.to_string())
                        .unwrap_or_else(|| l10n.format(&format!("item-choice-{choice}"), &[]));
                    (text, *picks, *right)
                })
                .collect();
            questions.push(Question {
                quiz: quiz_title.clone(),
                prompt: q.prompt.pick(lang, fb).0.to_string(),
                advice: item
                    .flag
                    .map(|f| l10n.format(f.message(), &[]))
                    .unwrap_or_default(),
                options,
                item,
            });
        }
    }
    let mut evaluations = Vec::new();
    if let Some(evaluation) = courses.evaluation(course) {
        let by_id: HashMap<Uuid, &(crate::model::Learner, Digest)> =
            digests.iter().map(|d| (d.0.id, d)).collect();
        let now = state.now_ms();
        for (c, people) in cohorts.iter().zip(&members) {
            let gathered: Vec<(crate::model::Learner, String, Digest)> = people
                .iter()
                .filter_map(|(id, city)| {
                    let (l, d) = by_id.get(id)?;
                    Some((l.clone(), city.clone(), d.clone()))
                })
                .collect();
            let r = super::evaluation::evaluate(evaluation, manifest, &gathered, now);
            let dash =
                |x: Option<f64>, f: &dyn Fn(f64) -> String| x.map(f).unwrap_or_else(|| "–".into());
            let pc = |x: f64| super::evaluation::percent(x, lang);
            evaluations.push(CohortEvaluation {
                cohort: c.id,
                name: c.name.clone(),
                paired: r.paired,
                mean_pre: dash(r.mean_pre, &pc),
                mean_post: dash(r.mean_post, &pc),
                mean_gain: dash(r.mean_gain, &|g| super::evaluation::gain_text(g, lang)),
                reaction: dash(r.reaction.as_ref().and_then(|x| x.rating_mean()), &|m| {
                    super::evaluation::decimal(m, lang)
                }),
                applied: dash(r.applied_percent(), &pc),
            });
        }
    }
    Ok(Report {
        evaluations,
        course: course.to_string(),
        title: manifest.title.pick(lang, fb).0.to_string(),
        learners: seen.len(),
        started: seen.iter().filter(|s| started(s)).count(),
        complete: progress.iter().filter(|p| p.complete()).count(),
        certified: seen.iter().filter(|s| s.certified).count(),
        cohorts: cohort_rows,
        cities: city_rows,
        modules,
        questions,
    })
}

#[derive(Template)]
#[template(path = "course.html")]
struct CoursePage<'a> {
    l10n: &'a Localizer,
    lang: &'static str,
    languages: Vec<(&'static str, String, bool)>,
    csrf: String,
    report: Report,
}

impl CoursePage<'_> {
    fn t(&self, id: &str) -> String {
        self.l10n.format(id, &[])
    }

    fn summary(&self) -> String {
        let r = &self.report;
        self.l10n.format(
            "course-summary",
            &[
                ("learners", r.learners.into()),
                ("started", r.started.into()),
                ("complete", r.complete.into()),
                ("certificates", r.certified.into()),
            ],
        )
    }

    fn percent(&self, part: &usize) -> usize {
        (part * 100).checked_div(self.report.learners).unwrap_or(0)
    }

    fn share(&self, x: &f64) -> String {
        format!("{:.0}", x * 100.0)
    }

    fn index(&self, x: &Option<f64>) -> String {
        x.map(|d| format!("{d:+.2}")).unwrap_or_else(|| "–".into())
    }

    fn hours(&self, x: &f64) -> String {
        format!("{x:.1}")
    }
}

/// The manifest of `course` if the server knows it; else the "not found" page.
async fn known(course: &str, lang: &'static str) -> Result<Manifest, Response> {
    crate::certificates::Courses::builtin()
        .get(course)
        .cloned()
        .ok_or_else(|| super::message(StatusCode::NOT_FOUND, lang, "course-not-found", "not-found"))
}

pub(super) async fn page(
    State(state): State<AppState>,
    signed: Signed,
    Path(course): Path<String>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
) -> Response {
    let lang = language(&params, &headers);
    let manifest = match known(&course, lang).await {
        Ok(m) => m,
        Err(answer) => return answer,
    };
    let report = match report(&state, &signed, &manifest, lang).await {
        Ok(r) => r,
        Err(e) => return unavailable(lang, e),
    };
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "course-view".into(),
            subject: manifest.id.clone(),
        })
        .await;
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let page = CoursePage {
        lang,
        languages: languages(&l10n),
        csrf: signed.session.csrf.clone(),
        report,
        l10n: &l10n,
    };
    html(StatusCode::OK, render(&page))
}

/// A table of the course page as CSV (`cohorts`, `cities` or `questions`): UTF-8 with a
/// byte-order mark, cells that would be formulas neutralised.
pub(super) async fn csv(
    State(state): State<AppState>,
    signed: Signed,
    Path((course, table)): Path<(String, String)>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
) -> Response {
    let lang = language(&params, &headers);
    let manifest = match known(&course, lang).await {
        Ok(m) => m,
        Err(answer) => return answer,
    };
    let table = table.trim_end_matches(".csv").to_string();
    if !["cohorts", "cities", "questions"].contains(&table.as_str()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let report = match report(&state, &signed, &manifest, lang).await {
        Ok(r) => r,
        Err(e) => return unavailable(lang, e),
    };
    let records = csv_records(&report, &table, lang);
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "csv-export".into(),
            subject: format!("{} {table}", manifest.id),
        })
        .await;
    csv_answer(&records, &format!("lphm-{}-{table}.csv", manifest.id))
}

/// A table of the course page as CSV records, headings first (see [`csv`]).
fn csv_records(report: &Report, table: &str, lang: &str) -> Vec<Vec<String>> {
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let t = |id: &str| l10n.format(id, &[]);
    let mut records: Vec<Vec<String>> = Vec::new();
    match table {
        "questions" => {
            records.push(vec![
                t("item-quiz"),
                t("item-question"),
                t("item-answered"),
                t("item-correct"),
                t("item-discrimination"),
                t("item-options"),
                t("item-advice"),
            ]);
            for q in &report.questions {
                records.push(vec![
                    q.quiz.clone(),
                    q.prompt.clone(),
                    q.item.answered.to_string(),
                    format!("{:.0}", q.item.correct * 100.0),
                    q.item
                        .discrimination
                        .map(|d| format!("{d:.2}"))
                        .unwrap_or_default(),
                    q.options
                        .iter()
                        .map(|(text, n, right)| {
                            format!("{text}{}: {n}", if *right { " ✓" } else { "" })
                        })
                        .collect::<Vec<_>>()
                        .join(" | "),
                    q.advice.clone(),
                ]);
            }
        }
        _ => {
            let groups = if table == "cohorts" {
                &report.cohorts
            } else {
                &report.cities
            };
            records.push(vec![
                t(if table == "cohorts" {
                    "course-cohort"
                } else {
                    "participant-city"
                }),
                t(if table == "cohorts" {
                    "cohort-place"
                } else {
                    "participant-country"
                }),
                t("course-learners"),
                t("course-started"),
                t("course-complete"),
                t("course-complete-percent"),
                t("course-certified"),
                t("course-median-hours"),
            ]);
            for g in groups {
                records.push(vec![
                    g.name.clone(),
                    g.detail.clone(),
                    g.learners.to_string(),
                    g.started.to_string(),
                    g.complete.to_string(),
                    g.percent().to_string(),
                    g.certified.to_string(),
                    format!("{:.1}", g.median_hours),
                ]);
            }
        }
    }
    records
}
