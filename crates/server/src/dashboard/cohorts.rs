//! The cohort pages: the list of cohorts an account may see, making one, its participants,
//! and the sheet of one-time enrollment codes to print for them. A cohort the account may
//! not see answers "not found", as one that does not exist.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use lphm_i18n::Localizer;
use std::collections::HashMap;

use uuid::Uuid;

use super::table::{csv_answer, file_stem};
use super::{field, fields, html, language, languages, render, unavailable, Lang, Signed};
use crate::accounts::{AuditEntry, Role};
use crate::cohorts::{may_see, Cohort, Participant};
use crate::http::AppState;

/// The cohorts `signed` may see, newest first.
pub(super) async fn visible(state: &AppState, signed: &Signed) -> Result<Vec<Cohort>, Response> {
    let backend = state.backend();
    let all = backend.cohorts().await.map_err(|e| unavailable("en", e))?;
    if signed.account.role == Role::Administrator {
        return Ok(all);
    }
    let given = backend
        .cohorts_given(signed.account.id)
        .await
        .map_err(|e| unavailable("en", e))?;
    Ok(all.into_iter().filter(|c| given.contains(&c.id)).collect())
}

/// The cohort `id` if `signed` may see it; else the "not found" answer.
pub(super) async fn seen(
    state: &AppState,
    signed: &Signed,
    id: &str,
    lang: &'static str,
) -> Result<Cohort, Response> {
    let not_found = || super::message(StatusCode::NOT_FOUND, lang, "cohort-not-found", "not-found");
    let Ok(id) = Uuid::parse_str(id) else {
        return Err(not_found());
    };
    let backend = state.backend();
    let given = backend
        .cohorts_given(signed.account.id)
        .await
        .map_err(|e| unavailable(lang, e))?;
    if !may_see(signed.account.role, &given, id) {
        return Err(not_found());
    }
    match backend.cohort(id).await {
        Ok(Some(c)) => Ok(c),
        Ok(None) => Err(not_found()),
        Err(e) => Err(unavailable(lang, e)),
    }
}

pub(super) async fn create(
    State(state): State<AppState>,
    signed: Signed,
    Query(params): Query<Lang>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = language(&params, &headers);
    let form = fields(&body);
    if let Some(refused) = signed.csrf_refusal(field(&form, "csrf"), lang) {
        return refused;
    }
    let name = field(&form, "name");
    if name.is_empty() {
        return Redirect::to(&format!("/dashboard?lang={lang}")).into_response();
    }
    let known = crate::certificates::Courses::builtin();
    let cohort = Cohort {
        id: Uuid::new_v4(),
        name: name.to_string(),
        courses: form
            .iter()
            .filter(|(k, v)| k == "course" && known.get(v).is_some())
            .map(|(_, v)| v.clone())
            .collect(),
        starts: field(&form, "starts").to_string(),
        ends: field(&form, "ends").to_string(),
        place: field(&form, "place").to_string(),
        facilitator: field(&form, "facilitator").to_string(),
        created_ms: state.now_ms(),
    };
    let backend = state.backend();
    if let Err(e) = backend.add_cohort(cohort.clone()).await {
        return unavailable(lang, e);
    }
    // Whoever makes a cohort sees it.
    if let Err(e) = backend.give_cohort(cohort.id, signed.account.id).await {
        return unavailable(lang, e);
    }
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "cohort-create".into(),
            subject: cohort.id.to_string(),
        })
        .await;
    Redirect::to(&format!("/dashboard/cohorts/{}?lang={lang}", cohort.id)).into_response()
}

/// Days without progress after which an unfinished participant counts as stuck.
pub const STUCK_DAYS: i64 = 14;

/// A module column of the progress grid.
struct Column {
    /// "M1", "M2"… within its course.
    short: String,
    title: String,
}

/// A participant's row of the progress grid.
struct Row {
    learner: Uuid,
    name: String,
    authority: String,
    city: String,
    country: String,
    /// Per module column: (lessons done, lessons, quiz passed or no quiz), shown as "3/4".
    cells: Vec<(u32, u32, bool)>,
    last_sync: String,
    devices: String,
    stuck: bool,
    complete: bool,
    certificates: usize,
}

#[derive(Template)]
#[template(path = "cohort.html")]
struct CohortPage<'a> {
    l10n: &'a Localizer,
    lang: &'static str,
    languages: Vec<(&'static str, String, bool)>,
    csrf: String,
    cohort: Cohort,
    /// The cohort's courses: (id, title, has an evaluation page).
    courses: Vec<(String, String, bool)>,
    /// Administrators give the cohort to coordinators: who has it, and who could get it
    /// (id, name and login). Empty for a coordinator.
    admin: bool,
    given_to: Vec<String>,
    could_get: Vec<(Uuid, String)>,
    columns: Vec<Column>,
    rows: Vec<Row>,
    /// Participants who completed every course of the cohort, in percent.
    completion: u32,
    certificates: usize,
}

impl CohortPage<'_> {
    fn t(&self, id: &str) -> String {
        self.l10n.format(id, &[])
    }

    fn summary(&self) -> String {
        self.l10n.format(
            "cohort-summary",
            &[
                ("people", self.rows.len().into()),
                ("completion", self.completion.into()),
                ("certificates", self.certificates.into()),
            ],
        )
    }
}

/// The progress grid of `cohort`: a column per module of its courses, a row per
/// participant.
async fn grid(
    state: &AppState,
    cohort: &Cohort,
    lang: &str,
) -> Result<(Vec<Column>, Vec<Row>), crate::StoreError> {
    let courses = crate::certificates::Courses::builtin();
    let manifests: Vec<&lphm_content::Manifest> = cohort
        .courses
        .iter()
        .filter_map(|c| courses.get(c))
        .collect();
    let mut columns = Vec::new();
    for m in &manifests {
        let fb = m.fallback_lang();
        for (i, module) in m.modules.iter().enumerate() {
            columns.push(Column {
                short: format!("M{}", i + 1),
                title: format!(
                    "{} · {}",
                    m.title.pick(lang, fb).0,
                    module.title.pick(lang, fb).0
                ),
            });
        }
    }
    let now = state.now_ms();
    let backend = state.backend();
    let participants = backend.participants(cohort.id).await?;
    let ids: Vec<Uuid> = participants.iter().map(|p| p.learner).collect();
    let mut devices: HashMap<Uuid, Vec<crate::model::Device>> = HashMap::new();
    for d in backend.devices_of(&ids).await? {
        devices.entry(d.learner).or_default().push(d);
    }
    let mut certified: HashMap<Uuid, usize> = HashMap::new();
    for c in backend.certificates_of(&ids).await? {
        if c.revoked_ms.is_none() && cohort.courses.contains(&c.course) {
            *certified.entry(c.learner).or_default() += 1;
        }
    }
    let place: HashMap<Uuid, &Participant> = participants.iter().map(|p| (p.learner, p)).collect();
    let mut rows = Vec::new();
    for (learner, digest) in backend.digests(&ids).await? {
        let Some(p) = place.get(&learner.id) else {
            continue;
        };
        let mut cells = Vec::new();
        let mut complete = !manifests.is_empty();
        for m in &manifests {
            let progress = digest.progress(m);
            complete &= progress.complete();
            for module in progress.modules {
                cells.push((
                    module.lessons_done,
                    module.lessons_total,
                    !module.has_quiz || module.quiz_passed,
                ));
            }
        }
        let devices = devices.remove(&learner.id).unwrap_or_default();
        let last_sync = devices.iter().filter_map(|d| d.last_sync_ms).max();
        let active = devices.iter().filter(|d| !d.revoked).count();
        // Stuck: nothing done for STUCK_DAYS, counted from the last progress or, before any,
        // from when the participant was added.
        let since_ms = learner.created_ms;
        let stuck = !complete
            && digest.last_ms.unwrap_or(since_ms).max(since_ms)
                < now - STUCK_DAYS * 24 * 60 * 60 * 1000;
        rows.push(Row {
            learner: learner.id,
            name: learner.name,
            authority: learner.authority,
            city: p.city.clone(),
            country: p.country.clone(),
            cells,
            last_sync: last_sync.map(crate::admin::format_utc).unwrap_or_default(),
            devices: format!("{active}/{}", devices.len()),
            stuck,
            complete,
            certificates: certified.get(&learner.id).copied().unwrap_or(0),
        });
    }
    rows.sort_by(|a, b| {
        (a.name.to_lowercase(), a.learner).cmp(&(b.name.to_lowercase(), b.learner))
    });
    Ok((columns, rows))
}

/// A participant on the sheet of codes.
struct Person {
    learner: Uuid,
    name: String,
    city: String,
}

/// The participants of `cohort` with their learner's name, by name.
async fn people(state: &AppState, cohort: Uuid) -> Result<Vec<Person>, crate::StoreError> {
    let backend = state.backend();
    let participants = backend.participants(cohort).await?;
    let ids: Vec<Uuid> = participants.iter().map(|p| p.learner).collect();
    let mut out: Vec<Person> = backend
        .digests(&ids)
        .await?
        .into_iter()
        .filter_map(|(l, _)| {
            let p = participants.iter().find(|p| p.learner == l.id)?;
            Some(Person {
                learner: l.id,
                name: l.name,
                city: p.city.clone(),
            })
        })
        .collect();
    out.sort_by_key(|p| (p.name.to_lowercase(), p.learner));
    Ok(out)
}

pub(super) async fn page(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
) -> Response {
    let lang = language(&params, &headers);
    let cohort = match seen(&state, &signed, &id, lang).await {
        Ok(c) => c,
        Err(answer) => return answer,
    };
    let (columns, rows) = match grid(&state, &cohort, lang).await {
        Ok(g) => g,
        Err(e) => return unavailable(lang, e),
    };
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "cohort-view".into(),
            subject: cohort.id.to_string(),
        })
        .await;
    let admin = signed.account.role == Role::Administrator;
    let (mut given_to, mut could_get) = (Vec::new(), Vec::new());
    if admin {
        let backend = state.backend();
        let accounts = match backend.accounts().await {
            Ok(a) => a,
            Err(e) => return unavailable(lang, e),
        };
        for a in accounts
            .into_iter()
            .filter(|a| a.role == Role::Coordinator && !a.disabled)
        {
            let has = match backend.cohorts_given(a.id).await {
                Ok(g) => g.contains(&cohort.id),
                Err(e) => return unavailable(lang, e),
            };
            let label = format!("{} ({})", a.name, a.login);
            if has {
                given_to.push(label);
            } else {
                could_get.push((a.id, label));
            }
        }
    }
    given_to.sort();
    could_get.sort_by(|a, b| a.1.cmp(&b.1));
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let known = crate::certificates::Courses::builtin();
    let courses = cohort
        .courses
        .iter()
        .filter_map(|c| known.get(c))
        .map(|m| {
            (
                m.id.clone(),
                m.title.pick(lang, m.fallback_lang()).0.to_string(),
                known.evaluation(&m.id).is_some(),
            )
        })
        .collect();
    let page = CohortPage {
        lang,
        languages: languages(&l10n),
        csrf: signed.session.csrf.clone(),
        courses,
        admin,
        given_to,
        could_get,
        cohort,
        completion: (rows.iter().filter(|r| r.complete).count() * 100)
            .checked_div(rows.len())
            .unwrap_or(0) as u32,
        certificates: rows.iter().map(|r| r.certificates).sum(),
        columns,
        rows,
        l10n: &l10n,
    };
    html(StatusCode::OK, render(&page))
}

pub(super) async fn add_participant(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = language(&params, &headers);
    let form = fields(&body);
    if let Some(refused) = signed.csrf_refusal(field(&form, "csrf"), lang) {
        return refused;
    }
    let cohort = match seen(&state, &signed, &id, lang).await {
        Ok(c) => c,
        Err(answer) => return answer,
    };
    let back =
        Redirect::to(&format!("/dashboard/cohorts/{}?lang={lang}", cohort.id)).into_response();
    let name = field(&form, "name");
    if name.is_empty() {
        return back;
    }
    let now = state.now_ms();
    let backend = state.backend();
    let learner =
        match crate::admin::add_learner(backend, name, field(&form, "authority"), now).await {
            Ok(l) => l,
            Err(e) => return unavailable(lang, e),
        };
    let participant = Participant {
        cohort: cohort.id,
        learner: learner.id,
        city: field(&form, "city").to_string(),
        country: field(&form, "country").to_string(),
    };
    if let Err(e) = backend.add_participant(participant).await {
        return unavailable(lang, e);
    }
    state
        .audit(AuditEntry {
            at_ms: now,
            account: Some(signed.account.id),
            action: "participant-add".into(),
            subject: format!("{} {}", cohort.id, learner.id),
        })
        .await;
    back
}

#[derive(Template)]
#[template(path = "codes.html")]
struct CodesPage<'a> {
    l10n: &'a Localizer,
    lang: &'static str,
    languages: Vec<(&'static str, String, bool)>,
    cohort: Cohort,
    server: String,
    /// (name, city, code)
    codes: Vec<(String, String, String)>,
}

impl CodesPage<'_> {
    fn t(&self, id: &str) -> String {
        self.l10n.format(id, &[])
    }
}

/// A new one-time code for every participant, on a page to print. A POST: each print makes
/// new codes (an earlier sheet's codes stay valid until used or expired).
pub(super) async fn codes(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = language(&params, &headers);
    let form = fields(&body);
    if let Some(refused) = signed.csrf_refusal(field(&form, "csrf"), lang) {
        return refused;
    }
    let cohort = match seen(&state, &signed, &id, lang).await {
        Ok(c) => c,
        Err(answer) => return answer,
    };
    let people = match people(&state, cohort.id).await {
        Ok(p) => p,
        Err(e) => return unavailable(lang, e),
    };
    let now = state.now_ms();
    let mut codes = Vec::new();
    for p in people {
        match crate::admin::new_code(state.backend(), p.learner, crate::model::CODE_DAYS, now).await
        {
            Ok(code) => codes.push((p.name, p.city, code)),
            Err(e) => return unavailable(lang, e),
        }
    }
    state
        .audit(AuditEntry {
            at_ms: now,
            account: Some(signed.account.id),
            action: "codes-print".into(),
            subject: cohort.id.to_string(),
        })
        .await;
    let server = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(|h| format!("{}://{h}", if state.tls() { "https" } else { "http" }))
        .unwrap_or_default();
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let page = CodesPage {
        lang,
        languages: languages(&l10n),
        cohort,
        server,
        codes,
        l10n: &l10n,
    };
    html(StatusCode::OK, render(&page))
}

/// The progress grid as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read
/// the letters of every language right), cells that would be formulas neutralised.
pub(super) async fn progress_csv(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
) -> Response {
    let lang = language(&params, &headers);
    let id = id.trim_end_matches(".csv").to_string();
    let cohort = match seen(&state, &signed, &id, lang).await {
        Ok(c) => c,
        Err(answer) => return answer,
    };
    let (columns, rows) = match grid(&state, &cohort, lang).await {
        Ok(g) => g,
        Err(e) => return unavailable(lang, e),
    };
    // Made before the audit is awaited: a Fluent bundle must not live across it.
    let records = csv_records(&columns, &rows, lang);
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "csv-export".into(),
            subject: cohort.id.to_string(),
        })
        .await;
    csv_answer(&records, &format!("lphm-{}.csv", file_stem(&cohort.name)))
}

/// The progress grid as CSV records, headings first (see [`progress_csv`]).
fn csv_records(columns: &[Column], rows: &[Row], lang: &str) -> Vec<Vec<String>> {
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let t = |id: &str| l10n.format(id, &[]);
    let mut head = vec![
        t("participant-name"),
        t("participant-authority"),
        t("participant-city"),
        t("participant-country"),
    ];
    head.extend(columns.iter().map(|c| format!("{} ({})", c.short, c.title)));
    head.extend([
        t("participant-last-sync"),
        t("participant-devices"),
        t("participant-status"),
    ]);
    let mut records = vec![head];
    for r in rows {
        let status = if r.certificates > 0 {
            t("participant-certified")
        } else if r.complete {
            t("participant-complete")
        } else if r.stuck {
            t("participant-stuck")
        } else {
            t("participant-studying")
        };
        let mut record = vec![
            r.name.clone(),
            r.authority.clone(),
            r.city.clone(),
            r.country.clone(),
        ];
        record.extend(r.cells.iter().map(|(done, total, quiz)| {
            format!(
                "{done}/{total}{}",
                if *quiz && done == total { " ✓" } else { "" }
            )
        }));
        record.extend([r.last_sync.clone(), r.devices.clone(), status]);
        records.push(record);
    }
    records
}

/// Gives the cohort to a coordinator (administrators only; others get "not found").
pub(super) async fn give(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = language(&params, &headers);
    let form = fields(&body);
    if let Some(refused) = signed.csrf_refusal(field(&form, "csrf"), lang) {
        return refused;
    }
    if signed.account.role != Role::Administrator {
        return StatusCode::NOT_FOUND.into_response();
    }
    let cohort = match seen(&state, &signed, &id, lang).await {
        Ok(c) => c,
        Err(answer) => return answer,
    };
    let back =
        Redirect::to(&format!("/dashboard/cohorts/{}?lang={lang}", cohort.id)).into_response();
    let Ok(account) = Uuid::parse_str(field(&form, "account")) else {
        return back;
    };
    let backend = state.backend();
    match backend.account(account).await {
        Ok(Some(a)) if a.role == Role::Coordinator && !a.disabled => {}
        Ok(_) => return back,
        Err(e) => return unavailable(lang, e),
    }
    if let Err(e) = backend.give_cohort(cohort.id, account).await {
        return unavailable(lang, e);
    }
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "cohort-give".into(),
            subject: format!("{} {account}", cohort.id),
        })
        .await;
    back
}
