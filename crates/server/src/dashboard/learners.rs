//! A learner's pages. For now what administrators do with a learner's personal data: the
//! file of everything held about them (`export.json`, audited `learner-export`), and
//! erasing it (a confirmation page, then a POST that erases and audits `learner-erase`;
//! see `crate::privacy`). A coordinator gets "not found" here, as for a cohort not given
//! to them.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use lphm_i18n::{FluentValue, Localizer};
use uuid::Uuid;

use super::{field, fields, html, language, languages, render, unavailable, Lang, Signed};
use crate::accounts::{AuditEntry, Role};
use crate::http::AppState;
use crate::model::Learner;

/// The answer for a learner that does not exist or that the account may not see.
fn not_found(lang: &'static str) -> Response {
    super::message(
        StatusCode::NOT_FOUND,
        lang,
        "learner-not-found",
        "not-found",
    )
}

/// The learner `id` if `signed` is an administrator and the learner exists; else the
/// "not found" answer.
async fn administered(
    state: &AppState,
    signed: &Signed,
    id: &str,
    lang: &'static str,
) -> Result<Learner, Response> {
    if signed.account.role != Role::Administrator {
        return Err(not_found(lang));
    }
    let Ok(id) = Uuid::parse_str(id) else {
        return Err(not_found(lang));
    };
    match state.backend().learner(id).await {
        Ok(Some(l)) => Ok(l),
        Ok(None) => Err(not_found(lang)),
        Err(e) => Err(unavailable(lang, e)),
    }
}

/// `GET /dashboard/learners/{id}/export.json`: everything held about the learner, as a
/// file to download.
pub(super) async fn export_json(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
) -> Response {
    let lang = language(&params, &headers);
    let learner = match administered(&state, &signed, &id, lang).await {
        Ok(l) => l,
        Err(answer) => return answer,
    };
    let now = state.now_ms();
    let text = match crate::privacy::export(state.backend(), learner.id, now).await {
        Ok(t) => t,
        Err(e) => return unavailable(lang, e),
    };
    state
        .audit(AuditEntry {
            at_ms: now,
            account: Some(signed.account.id),
            action: "learner-export".into(),
            subject: learner.id.to_string(),
        })
        .await;
    (
        StatusCode::OK,
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"lphm-learner-{}.json\"", learner.id),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        text,
    )
        .into_response()
}

#[derive(Template)]
#[template(path = "erase.html")]
struct ErasePage<'a> {
    l10n: &'a Localizer,
    lang: &'static str,
    languages: Vec<(&'static str, String, bool)>,
    csrf: String,
    learner: Learner,
    /// Why the form came back: no reason given.
    error: Option<String>,
}

impl ErasePage<'_> {
    fn t(&self, id: &str) -> String {
        self.l10n.format(id, &[])
    }

    fn intro(&self) -> String {
        self.l10n.format(
            "erase-intro",
            &[("name", FluentValue::from(self.learner.name.as_str()))],
        )
    }

    /// "Erased on …" for a learner erased already; `None` otherwise.
    fn already(&self) -> Option<String> {
        self.learner.erased_ms.map(|ms| {
            let date = lphm_certificate::long_date(self.l10n, &crate::certificates::utc_date(ms));
            self.l10n.format(
                "erase-already",
                &[("date", FluentValue::from(date.as_str()))],
            )
        })
    }
}

fn erase_page(
    lang: &'static str,
    signed: &Signed,
    learner: Learner,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let page = ErasePage {
        lang,
        languages: languages(&l10n),
        csrf: signed.session.csrf.clone(),
        learner,
        error: error.map(|id| l10n.format(id, &[])),
        l10n: &l10n,
    };
    html(status, render(&page))
}

/// `GET /dashboard/learners/{id}/erase`: what erasing will remove and keep, and the form.
pub(super) async fn erase_form(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
) -> Response {
    let lang = language(&params, &headers);
    match administered(&state, &signed, &id, lang).await {
        Ok(learner) => erase_page(lang, &signed, learner, None, StatusCode::OK),
        Err(answer) => answer,
    }
}

/// `POST /dashboard/learners/{id}/erase` (`csrf`, `reason`): erases, audits, and leads
/// back to the dashboard, which confirms it.
pub(super) async fn erase(
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
    let learner = match administered(&state, &signed, &id, lang).await {
        Ok(l) => l,
        Err(answer) => return answer,
    };
    if learner.erased_ms.is_some() {
        return erase_page(lang, &signed, learner, None, StatusCode::CONFLICT);
    }
    let reason = field(&form, "reason");
    if reason.is_empty() {
        return erase_page(
            lang,
            &signed,
            learner,
            Some("erase-reason-required"),
            StatusCode::BAD_REQUEST,
        );
    }
    let done = crate::privacy::erase(
        state.backend(),
        learner.id,
        state.now_ms(),
        Some(signed.account.id),
        reason,
    )
    .await;
    match done {
        Ok(_) => {
            Redirect::to(&format!("/dashboard?lang={lang}&done=learner-erased")).into_response()
        }
        Err(crate::StoreError::LearnerErased(_)) => {
            erase_page(lang, &signed, learner, None, StatusCode::CONFLICT)
        }
        Err(e) => unavailable(lang, e),
    }
}
