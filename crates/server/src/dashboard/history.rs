//! One learner's page: who they are, their cohorts, their progress per course, their
//! laptops and certificates, and what they did, newest first. And the coordinator's chores
//! that concern one learner, without the server's command line: revoking a lost laptop
//! (that learner's registration only), revoking a certificate, and uploading a progress file
//! the learner brought on a USB stick. A learner outside the cohorts given to a coordinator
//! answers "not found", as one that does not exist; every look and every change is audited.

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use lphm_i18n::Localizer;
use lphm_progress::EventKind;
use serde::Deserialize;
use uuid::Uuid;

use super::table::{csv_answer, file_stem};
use super::{field, fields, html, language, languages, render, unavailable, Lang, Signed};
use crate::accounts::{AuditEntry, Role};
use crate::admin::format_utc;
use crate::cohorts::Cohort;
use crate::http::AppState;
use crate::model::{CertificateRecord, Device, Learner};

/// The newest events listed on the page.
const HISTORY: usize = 200;

/// What the page says after a change: a message id, with the figures of an upload.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Notice {
    lang: Option<String>,
    notice: Option<String>,
    new: Option<usize>,
    held: Option<usize>,
}

/// The notices the page may show (anything else in the address is ignored).
const NOTICES: &[&str] = &[
    "notice-device-revoked",
    "notice-certificate-revoked",
    "notice-uploaded",
    "notice-upload-not-bundle",
    "notice-upload-other-learner",
    "notice-upload-revoked",
    "notice-upload-empty",
    "notice-reason-needed",
];

/// The learner `id` if `signed` may see them (with the cohorts they are in that `signed`
/// may see); else the "not found" answer.
async fn seen(
    state: &AppState,
    signed: &Signed,
    id: &str,
    lang: &'static str,
) -> Result<(Learner, Vec<(Cohort, String, String)>), Response> {
    let not_found = || {
        super::message(
            StatusCode::NOT_FOUND,
            lang,
            "learner-not-found",
            "not-found",
        )
    };
    let Ok(id) = Uuid::parse_str(id) else {
        return Err(not_found());
    };
    let backend = state.backend();
    let cohorts = super::cohorts::visible(state, signed).await?;
    let mut theirs = Vec::new();
    for c in cohorts {
        let participants = backend
            .participants(c.id)
            .await
            .map_err(|e| unavailable(lang, e))?;
        if let Some(p) = participants.into_iter().find(|p| p.learner == id) {
            theirs.push((c, p.city, p.country));
        }
    }
    if theirs.is_empty() && signed.account.role != Role::Administrator {
        return Err(not_found());
    }
    match backend.learner(id).await {
        Ok(Some(l)) => Ok((l, theirs)),
        Ok(None) => Err(not_found()),
        Err(e) => Err(unavailable(lang, e)),
    }
}

/// A course's line: (title, done, total, percent, hours, quizzes "best %" by quiz).
struct CourseLine {
    title: String,
    done: u32,
    total: u32,
    percent: u32,
    hours: String,
    quizzes: Vec<(String, u32, bool, u32)>,
}

/// One event as the page lists it.
struct Line {
    at: String,
    what: String,
    device: String,
}

#[derive(Template)]
#[template(path = "learner.html")]
struct LearnerPage<'a> {
    l10n: &'a Localizer,
    lang: &'static str,
    languages: Vec<(&'static str, String, bool)>,
    csrf: String,
    learner: Learner,
    cohorts: Vec<(Cohort, String, String)>,
    courses: Vec<CourseLine>,
    devices: Vec<Device>,
    certificates: Vec<(CertificateRecord, String)>,
    history: Vec<Line>,
    total_events: usize,
    notice: Option<String>,
    admin: bool,
}

impl LearnerPage<'_> {
    fn t(&self, id: &str) -> String {
        self.l10n.format(id, &[])
    }

    fn when(&self, ms: &Option<i64>) -> String {
        ms.map(format_utc)
            .unwrap_or_else(|| self.t("participant-never"))
    }

    fn date(&self, ms: &i64) -> String {
        format_utc(*ms)
    }

    fn letter(&self, form: &u8) -> String {
        crate::privacy::form_letter(*form)
    }

    fn short(&self, id: &Uuid) -> String {
        id.to_string()[..8].to_string()
    }

    fn erased(&self) -> Option<String> {
        self.learner.erased_ms.map(|ms| {
            self.l10n
                .format("erase-already", &[("date", format_utc(ms).into())])
        })
    }

    fn shown(&self) -> String {
        self.l10n.format(
            "learner-history-shown",
            &[
                ("shown", self.history.len().into()),
                ("total", self.total_events.into()),
            ],
        )
    }
}

/// What an event says, in words, without the text of notes (they are the learner's own).
fn describe(l10n: &Localizer, kind: &EventKind, titles: &dyn Fn(&str, &str) -> String) -> String {
    let course = kind.course();
    match kind {
        EventKind::LessonOpened { lesson, .. } => l10n.format(
            "history-opened",
            &[("lesson", titles(course, lesson).into())],
        ),
        EventKind::LessonCompleted { lesson, .. } => l10n.format(
            "history-completed",
            &[("lesson", titles(course, lesson).into())],
        ),
        EventKind::TimeSpent {
            lesson, seconds, ..
        } => l10n.format(
            "history-time",
            &[
                ("lesson", titles(course, lesson).into()),
                ("minutes", (seconds.div_ceil(60)).into()),
            ],
        ),
        EventKind::QuizAttempted {
            quiz,
            correct,
            total,
            passed,
            ..
        } => l10n.format(
            if *passed {
                "history-quiz-passed"
            } else {
                "history-quiz-failed"
            },
            &[
                ("quiz", titles(course, quiz).into()),
                ("correct", (*correct).into()),
                ("total", (*total).into()),
            ],
        ),
        EventKind::NoteSaved { lesson, .. } => {
            l10n.format("history-note", &[("lesson", titles(course, lesson).into())])
        }
        EventKind::BookmarkSet { lesson, on, .. } => l10n.format(
            if *on {
                "history-bookmark"
            } else {
                "history-bookmark-off"
            },
            &[("lesson", titles(course, lesson).into())],
        ),
        EventKind::ProgressCleared { .. } => {
            l10n.format("history-cleared", &[("course", titles(course, "").into())])
        }
        EventKind::TestTaken {
            stage,
            form,
            correct,
            total,
            ..
        } => l10n.format(
            match stage {
                lphm_progress::Stage::Pre => "history-pre-test",
                lphm_progress::Stage::Post => "history-post-test",
            },
            &[
                ("form", titles(course, form).into()),
                ("correct", (*correct).into()),
                ("total", (*total).into()),
            ],
        ),
        EventKind::SurveyAnswered { survey, .. } => l10n.format(
            "history-survey",
            &[("survey", titles(course, survey).into())],
        ),
    }
}

/// A lesson's, quiz's, test form's, survey's or (with `item` empty) course's title in `lang`; the id for what the
/// server does not know.
fn title(known: &crate::certificates::Courses, lang: &str, course: &str, item: &str) -> String {
    let Some(m) = known.get(course) else {
        return if item.is_empty() { course } else { item }.to_string();
    };
    let fb = m.fallback_lang();
    if item.is_empty() {
        return m.title.pick(lang, fb).0.to_string();
    }
    m.modules
        .iter()
        .flat_map(|md| md.lessons.iter())
        .find(|l| l.id == item)
        .map(|l| l.title.pick(lang, fb).0.to_string())
        .or_else(|| {
            known
                .quiz(course, item)
                .map(|q| q.title.pick(lang, fb).0.to_string())
        })
        .or_else(|| {
            // A test form or a survey of the course's evaluation.
            let e = known.evaluation(course)?;
            let title = e
                .form(item)
                .map(|f| &f.title)
                .or_else(|| e.survey(item).map(|s| &s.title))?;
            Some(title.pick(lang, fb).0.to_string())
        })
        .unwrap_or_else(|| item.to_string())
}

pub(super) async fn page(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Query(params): Query<Notice>,
    headers: HeaderMap,
) -> Response {
    let lang = language(
        &Lang {
            lang: params.lang.clone(),
            done: None,
        },
        &headers,
    );
    let (learner, cohorts) = match seen(&state, &signed, &id, lang).await {
        Ok(s) => s,
        Err(answer) => return answer,
    };
    let backend = state.backend();
    let gathered = async {
        let digest = backend.digests(&[learner.id]).await?;
        let devices = backend.devices(Some(learner.id)).await?;
        let certificates = backend.certificates(Some(learner.id)).await?;
        let events = backend.events(learner.id).await?;
        Ok::<_, crate::StoreError>((digest, devices, certificates, events))
    };
    let (digest, devices, certificates, events) = match gathered.await {
        Ok(g) => g,
        Err(e) => return unavailable(lang, e),
    };
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "learner-view".into(),
            subject: learner.id.to_string(),
        })
        .await;
    let digest = digest
        .into_iter()
        .next()
        .map(|(_, d)| d)
        .unwrap_or_default();
    let known = crate::certificates::Courses::builtin();
    let titles = |course: &str, item: &str| title(known, lang, course, item);
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let mut course_ids: Vec<String> = digest.courses.keys().cloned().collect();
    for (c, _, _) in &cohorts {
        course_ids.extend(c.courses.iter().cloned());
    }
    course_ids.sort();
    course_ids.dedup();
    let courses = course_ids
        .iter()
        .filter_map(|c| known.get(c))
        .map(|m| {
            let p = digest.progress(m);
            let quizzes = m
                .modules
                .iter()
                .filter_map(|md| md.quiz.as_deref())
                .map(|q| {
                    let d = digest.courses.get(&m.id).and_then(|c| c.quizzes.get(q));
                    (
                        titles(&m.id, q),
                        d.map(|d| d.best_percent).unwrap_or(0),
                        d.is_some_and(|d| d.passed),
                        d.map(|d| d.attempts).unwrap_or(0),
                    )
                })
                .collect();
            CourseLine {
                title: titles(&m.id, ""),
                done: p.done,
                total: p.total,
                percent: p.percent,
                hours: format!("{:.1}", p.seconds as f64 / 3600.0),
                quizzes,
            }
        })
        .collect();
    let total_events = events.len();
    // Newest first; at the same time, the one the server received later first.
    let mut newest = events;
    newest.reverse();
    newest.sort_by_key(|e| std::cmp::Reverse(e.at_ms));
    let history = newest
        .iter()
        .take(HISTORY)
        .map(|e| Line {
            at: format_utc(e.at_ms),
            what: describe(&l10n, &e.kind, &titles),
            device: e.device.to_string()[..8].to_string(),
        })
        .collect();
    let notice = params
        .notice
        .as_deref()
        .filter(|n| NOTICES.contains(n))
        .map(|n| {
            l10n.format(
                n,
                &[
                    ("new", params.new.unwrap_or(0).into()),
                    ("held", params.held.unwrap_or(0).into()),
                ],
            )
        });
    let page = LearnerPage {
        lang,
        languages: languages(&l10n),
        csrf: signed.session.csrf.clone(),
        certificates: certificates
            .into_iter()
            .map(|c| {
                let title = titles(&c.course, "");
                (c, title)
            })
            .collect(),
        learner,
        cohorts,
        courses,
        devices,
        history,
        total_events,
        notice,
        admin: signed.account.role == Role::Administrator,
        l10n: &l10n,
    };
    html(StatusCode::OK, render(&page))
}

fn back(learner: Uuid, lang: &str, notice: &str) -> Response {
    Redirect::to(&format!(
        "/dashboard/learners/{learner}?lang={lang}&notice={notice}"
    ))
    .into_response()
}

/// Revokes one laptop of the learner (their registration only: the same laptop's other
/// profiles keep theirs).
pub(super) async fn revoke_device(
    State(state): State<AppState>,
    signed: Signed,
    Path((id, device)): Path<(String, String)>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let lang = language(&params, &headers);
    let form = fields(&body);
    if let Some(refused) = signed.csrf_refusal(field(&form, "csrf"), lang) {
        return refused;
    }
    let (learner, _) = match seen(&state, &signed, &id, lang).await {
        Ok(s) => s,
        Err(answer) => return answer,
    };
    let Ok(device) = Uuid::parse_str(&device) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match state.backend().revoke_device(learner.id, device).await {
        Ok(true) => {}
        Ok(false) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return unavailable(lang, e),
    }
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "device-revoke".into(),
            subject: format!("{} {device}", learner.id),
        })
        .await;
    back(learner.id, lang, "notice-device-revoked")
}

/// Revokes one of the learner's certificates, with the reason the verification page will
/// show.
pub(super) async fn revoke_certificate(
    State(state): State<AppState>,
    signed: Signed,
    Path((id, certificate)): Path<(String, String)>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let lang = language(&params, &headers);
    let form = fields(&body);
    if let Some(refused) = signed.csrf_refusal(field(&form, "csrf"), lang) {
        return refused;
    }
    let (learner, _) = match seen(&state, &signed, &id, lang).await {
        Ok(s) => s,
        Err(answer) => return answer,
    };
    let reason = field(&form, "reason");
    if reason.is_empty() {
        return back(learner.id, lang, "notice-reason-needed");
    }
    let Ok(certificate) = Uuid::parse_str(&certificate) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let backend = state.backend();
    match backend.certificate(certificate).await {
        Ok(Some(c)) if c.learner == learner.id => {}
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return unavailable(lang, e),
    }
    if let Err(e) = backend
        .revoke_certificate(certificate, state.now_ms(), reason.to_string())
        .await
    {
        return unavailable(lang, e);
    }
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "certificate-revoke".into(),
            subject: format!("{} {certificate}", learner.id),
        })
        .await;
    back(learner.id, lang, "notice-certificate-revoked")
}

/// The largest progress file accepted from the form.
pub(super) const UPLOAD_LIMIT: usize = 32 * 1024 * 1024;

/// Imports a progress file (`lphm sync export`) for the learner: the same checks and ingest
/// as `lphm-server import`, so a file uploaded twice changes nothing.
pub(super) async fn upload(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Response {
    let lang = language(&params, &headers);
    let (mut csrf, mut file) = (String::new(), Vec::new());
    loop {
        match multipart.next_field().await {
            Ok(Some(f)) => {
                let name = f.name().unwrap_or("").to_string();
                let Ok(bytes) = f.bytes().await else {
                    break;
                };
                match name.as_str() {
                    "csrf" => csrf = String::from_utf8_lossy(&bytes).into_owned(),
                    "file" => file = bytes.to_vec(),
                    _ => {}
                }
            }
            Ok(None) => break,
            Err(_) => {
                // A cut or malformed upload: refused below by its CSRF token or content.
                break;
            }
        }
    }
    if let Some(refused) = signed.csrf_refusal(&csrf, lang) {
        return refused;
    }
    let (learner, _) = match seen(&state, &signed, &id, lang).await {
        Ok(s) => s,
        Err(answer) => return answer,
    };
    if file.is_empty() {
        return back(learner.id, lang, "notice-upload-empty");
    }
    let now = state.now_ms();
    let result = crate::admin::import_bundle(state.backend(), &file, Some(learner.id), now).await;
    let subject = format!("{} {} bytes", learner.id, file.len());
    use crate::admin::ImportError as E;
    let (notice, action) = match &result {
        Ok(_) => ("notice-uploaded", "progress-upload"),
        Err(E::Bundle(_) | E::Events(_)) => ("notice-upload-not-bundle", "progress-upload-refused"),
        Err(
            E::OtherLearner { .. } | E::KeyMismatch(_) | E::Ambiguous { .. } | E::NeedLearner(_),
        ) => ("notice-upload-other-learner", "progress-upload-refused"),
        Err(E::Revoked { .. }) => ("notice-upload-revoked", "progress-upload-refused"),
        Err(e) => return unavailable(lang, e),
    };
    state
        .audit(AuditEntry {
            at_ms: now,
            account: Some(signed.account.id),
            action: action.into(),
            subject,
        })
        .await;
    match result {
        Ok(imported) => Redirect::to(&format!(
            "/dashboard/learners/{}?lang={lang}&notice={notice}&new={}&held={}",
            learner.id, imported.new, imported.existing
        ))
        .into_response(),
        Err(_) => back(learner.id, lang, notice),
    }
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage<'a> {
    l10n: &'a Localizer,
    lang: &'static str,
    languages: Vec<(&'static str, String, bool)>,
    csrf: String,
    /// (when, who, action, subject)
    entries: Vec<(String, String, String, String)>,
}

impl AuditPage<'_> {
    fn t(&self, id: &str) -> String {
        self.l10n.format(id, &[])
    }
}

/// The newest audit entries shown.
const AUDIT_SHOWN: usize = 500;

/// The audit log, newest first (administrators only; others get "not found").
pub(super) async fn audit(
    State(state): State<AppState>,
    signed: Signed,
    Query(params): Query<Lang>,
    headers: HeaderMap,
) -> Response {
    let lang = language(&params, &headers);
    if signed.account.role != Role::Administrator {
        return StatusCode::NOT_FOUND.into_response();
    }
    let backend = state.backend();
    let gathered = async {
        Ok::<_, crate::StoreError>((
            backend.audit_log(AUDIT_SHOWN).await?,
            backend.accounts().await?,
        ))
    };
    let (log, accounts) = match gathered.await {
        Ok(g) => g,
        Err(e) => return unavailable(lang, e),
    };
    let entries = log
        .into_iter()
        .map(|e| {
            let who = e
                .account
                .and_then(|a| accounts.iter().find(|x| x.id == a))
                .map(|a| a.login.clone())
                .unwrap_or_else(|| "–".into());
            (format_utc(e.at_ms), who, e.action, e.subject)
        })
        .collect();
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let page = AuditPage {
        lang,
        languages: languages(&l10n),
        csrf: signed.session.csrf.clone(),
        entries,
        l10n: &l10n,
    };
    html(StatusCode::OK, render(&page))
}

/// Everything the learner did, oldest first, as CSV (the page lists the latest only).
pub(super) async fn history_csv(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
) -> Response {
    let lang = language(&params, &headers);
    let id = id.trim_end_matches(".csv").to_string();
    let (learner, _) = match seen(&state, &signed, &id, lang).await {
        Ok(s) => s,
        Err(answer) => return answer,
    };
    let events = match state.backend().events(learner.id).await {
        Ok(e) => e,
        Err(e) => return unavailable(lang, e),
    };
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "csv-export".into(),
            subject: format!("{} history", learner.id),
        })
        .await;
    let known = crate::certificates::Courses::builtin();
    let titles = |course: &str, item: &str| title(known, lang, course, item);
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let mut records = vec![vec![
        l10n.format("learner-history-when", &[]),
        l10n.format("learner-history-what", &[]),
        l10n.format("learner-history-course", &[]),
        l10n.format("learner-device", &[]),
    ]];
    for e in &events {
        records.push(vec![
            format_utc(e.at_ms),
            describe(&l10n, &e.kind, &titles),
            titles(e.kind.course(), ""),
            e.device.to_string(),
        ]);
    }
    csv_answer(&records, &format!("lphm-{}.csv", file_stem(&learner.name)))
}

/// The most audit entries one CSV holds.
const AUDIT_CSV_MOST: usize = 1_000_000;

/// The whole audit log (up to [`AUDIT_CSV_MOST`] entries), newest first, as CSV
/// (administrators only).
pub(super) async fn audit_csv(
    State(state): State<AppState>,
    signed: Signed,
    Query(params): Query<Lang>,
    headers: HeaderMap,
) -> Response {
    let lang = language(&params, &headers);
    if signed.account.role != Role::Administrator {
        return StatusCode::NOT_FOUND.into_response();
    }
    let backend = state.backend();
    let gathered = async {
        Ok::<_, crate::StoreError>((
            backend.audit_log(AUDIT_CSV_MOST).await?,
            backend.accounts().await?,
        ))
    };
    let (log, accounts) = match gathered.await {
        Ok(g) => g,
        Err(e) => return unavailable(lang, e),
    };
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "csv-export".into(),
            subject: "audit".into(),
        })
        .await;
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let mut records = vec![vec![
        l10n.format("learner-history-when", &[]),
        l10n.format("audit-who", &[]),
        l10n.format("audit-action", &[]),
        l10n.format("audit-subject", &[]),
    ]];
    for e in log {
        let who = e
            .account
            .and_then(|a| accounts.iter().find(|x| x.id == a))
            .map(|a| a.login.clone())
            .unwrap_or_default();
        records.push(vec![format_utc(e.at_ms), who, e.action, e.subject]);
    }
    csv_answer(&records, "lphm-audit.csv")
}
