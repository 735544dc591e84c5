//! The coordinators' dashboard, served by `lphm-server serve` itself: `/login`, `/logout`
//! and the pages under `/dashboard`. Server-rendered HTML (`askama` templates in
//! `crates/server/templates/`, compiled in and escaped by default), no script, in the
//! language of `?lang=` or the browser's, with the Fluent messages of
//! `locales/<lang>/dashboard.ftl`.
//!
//! Security: a session cookie (`HttpOnly`, `SameSite=Strict`, `Secure` over TLS), every
//! form carries the session's CSRF token, a login from another site is refused by its
//! `Origin`, failed logins are limited ([`limit`]), and what is looked at or done is written
//! to the audit log.

mod cohorts;
mod courses;
pub(crate) mod evaluation;
mod history;
mod learners;
pub mod limit;
mod session;
mod table;

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use lphm_i18n::{Localizer, LANGUAGES};
use serde::Deserialize;

use crate::accounts::{self, AuditEntry, Session, SESSION_MS};
use crate::http::AppState;
pub(crate) use session::Signed;

macro_rules! page_text {
    ($page:ident) => {
        impl $page<'_> {
            fn t(&self, id: &str) -> String {
                self.l10n.format(id, &[])
            }
        }
    };
}

/// The page for a failure of the storage: logged, and said in words.
pub(crate) fn unavailable(lang: &'static str, e: impl std::fmt::Display) -> Response {
    eprintln!("lphm-server: dashboard: {e}");
    message(
        StatusCode::SERVICE_UNAVAILABLE,
        lang,
        "dashboard-failed",
        "unavailable",
    )
}

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage<'a> {
    l10n: &'a Localizer,
    lang: &'static str,
    languages: Vec<(&'static str, String, bool)>,
    text: String,
    test: &'static str,
}
page_text!(MessagePage);

/// A page that only says something (not found, refused, unavailable): the message `id` in
/// the dashboard's frame, with the way back to the dashboard; `test` names it for tests.
pub(crate) fn message(
    status: StatusCode,
    lang: &'static str,
    id: &str,
    test: &'static str,
) -> Response {
    let Ok(l10n) = Localizer::new(lang) else {
        return status.into_response();
    };
    let page = MessagePage {
        lang,
        languages: languages(&l10n),
        text: l10n.format(id, &[]),
        test,
        l10n: &l10n,
    };
    html(status, render(&page))
}

/// The cookie that carries the session token.
pub const COOKIE: &str = "lphm_session";

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/login", get(login_page).post(login))
        .route("/logout", post(logout))
        .route("/dashboard", get(home))
        .route("/dashboard/cohorts", post(cohorts::create))
        .route("/dashboard/cohorts/{id}", get(cohorts::page))
        .route(
            "/dashboard/cohorts/{id}/participants",
            post(cohorts::add_participant),
        )
        .route("/dashboard/cohorts/{id}/codes", post(cohorts::codes))
        .route("/dashboard/cohorts/{id}/coordinators", post(cohorts::give))
        .route(
            "/dashboard/cohorts/{id}/progress.csv",
            get(cohorts::progress_csv),
        )
        .route(
            "/dashboard/cohorts/{id}/evaluation/{course}",
            get(evaluation::page),
        )
        .route("/dashboard/courses/{course}", get(courses::page))
        .route("/dashboard/learners/{id}", get(history::page))
        .route(
            "/dashboard/learners/{id}/devices/{device}/revoke",
            post(history::revoke_device),
        )
        .route(
            "/dashboard/learners/{id}/certificates/{certificate}/revoke",
            post(history::revoke_certificate),
        )
        .route(
            "/dashboard/learners/{id}/upload",
            post(history::upload)
                .layer(axum::extract::DefaultBodyLimit::max(history::UPLOAD_LIMIT)),
        )
        .route("/dashboard/audit", get(history::audit))
        .route("/dashboard/audit.csv", get(history::audit_csv))
        .route(
            "/dashboard/learners/{id}/history.csv",
            get(history::history_csv),
        )
        .route("/dashboard/courses/{course}/{table}", get(courses::csv))
        .route(
            "/dashboard/learners/{id}/export.json",
            get(learners::export_json),
        )
        .route(
            "/dashboard/learners/{id}/erase",
            get(learners::erase_form).post(learners::erase),
        )
}

#[derive(Debug, Deserialize)]
pub(crate) struct Lang {
    lang: Option<String>,
    /// What the page before did, for a confirmation (`learner-erased`).
    done: Option<String>,
}

/// The page's language: `?lang=`, else the browser's, else English.
pub(crate) fn language(params: &Lang, headers: &HeaderMap) -> &'static str {
    crate::verify::language(params.lang.as_deref(), headers)
}

/// The language links every page shows: (code, endonym, is this one).
pub(crate) fn languages(l10n: &Localizer) -> Vec<(&'static str, String, bool)> {
    LANGUAGES
        .iter()
        .map(|code| {
            (
                *code,
                l10n.format(&format!("language-endonym-{code}"), &[]),
                *code == l10n.lang(),
            )
        })
        .collect()
}

/// The fields of a posted form, in order, repeated names kept (checkboxes).
pub(crate) fn fields(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

/// The first value of `name` in `fields`, trimmed; "" when absent.
pub(crate) fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .unwrap_or("")
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage<'a> {
    l10n: &'a Localizer,
    lang: &'static str,
    languages: Vec<(&'static str, String, bool)>,
    login: String,
    error: Option<String>,
}
page_text!(LoginPage);

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    l10n: &'a Localizer,
    lang: &'static str,
    languages: Vec<(&'static str, String, bool)>,
    name: String,
    role: String,
    csrf: String,
    is_admin: bool,
    cohorts: Vec<crate::cohorts::Cohort>,
    /// The courses a cohort may study: (id, title in this language).
    courses: Vec<(String, String)>,
    /// A confirmation of what the page before did.
    notice: Option<String>,
}
page_text!(HomePage);

/// An HTML answer with a strict content security policy: no script, styles inline only.
pub(crate) fn html(status: StatusCode, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

pub(crate) fn render(page: &impl Template) -> String {
    page.render()
        .unwrap_or_else(|e| format!("<!doctype html><p>the page could not be made: {e}</p>"))
}

fn login_form(
    lang: &'static str,
    login: String,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let page = LoginPage {
        lang,
        languages: languages(&l10n),
        login,
        error,
        l10n: &l10n,
    };
    html(status, render(&page))
}

async fn login_page(Query(params): Query<Lang>, headers: HeaderMap) -> Response {
    login_form(
        language(&params, &headers),
        String::new(),
        None,
        StatusCode::OK,
    )
}

#[derive(Deserialize)]
struct LoginForm {
    login: String,
    password: String,
}

/// Whether a form was posted from this server's own pages: an `Origin` header, when the
/// browser sends one, must name the host the request went to.
fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    origin
        .split_once("://")
        .is_some_and(|(_, rest)| !host.is_empty() && rest == host)
}

async fn login(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    let lang = language(&params, &headers);
    let say = |id: &str, args: &[(&str, lphm_i18n::FluentValue<'_>)]| {
        Localizer::new(lang)
            .map(|l| l.format(id, args))
            .unwrap_or_default()
    };
    let typed = accounts::normalise_login(&form.login);
    if !same_origin(&headers) {
        return login_form(
            lang,
            typed,
            Some(say("login-other-site", &[])),
            StatusCode::FORBIDDEN,
        );
    }
    if let Err(minutes) = state.failed_logins().check(&typed, peer.ip()) {
        let text = say("login-too-many", &[("minutes", minutes.into())]);
        let mut response = login_form(lang, typed, Some(text), StatusCode::TOO_MANY_REQUESTS);
        if let Ok(v) = (minutes * 60).to_string().parse() {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return response;
    }
    let backend = state.backend();
    let account = match backend.account_by_login(&typed).await {
        Ok(a) => a.filter(|a| !a.disabled),
        Err(e) => {
            eprintln!("lphm-server: login: cannot read the accounts: {e}");
            return login_form(
                lang,
                typed,
                Some(say("dashboard-failed", &[])),
                StatusCode::SERVICE_UNAVAILABLE,
            );
        }
    };
    // Checked even when no account has this login, against a decoy: a wrong login takes
    // as long as a wrong password.
    let hash = account
        .as_ref()
        .map(|a| a.password_hash.clone())
        .unwrap_or_else(|| accounts::decoy_hash().to_string());
    let password = form.password;
    let matches = tokio::task::spawn_blocking(move || accounts::password_matches(&hash, &password))
        .await
        .unwrap_or(false);
    let now = state.now_ms();
    let Some(account) = account.filter(|_| matches) else {
        state.failed_logins().failed(&typed, peer.ip());
        state
            .audit(AuditEntry {
                at_ms: now,
                account: None,
                action: "login-refused".into(),
                subject: typed.clone(),
            })
            .await;
        return login_form(
            lang,
            typed,
            Some(say("login-refused", &[])),
            StatusCode::UNAUTHORIZED,
        );
    };
    let (token, token_hash) = crate::model::new_token();
    let (csrf, _) = crate::model::new_token();
    let session = Session {
        token_hash,
        account: account.id,
        csrf,
        created_ms: now,
        expires_ms: now + SESSION_MS,
    };
    if let Err(e) = backend.add_session(session).await {
        eprintln!("lphm-server: login: cannot store the session: {e}");
        return login_form(
            lang,
            typed,
            Some(say("dashboard-failed", &[])),
            StatusCode::SERVICE_UNAVAILABLE,
        );
    }
    state
        .audit(AuditEntry {
            at_ms: now,
            account: Some(account.id),
            action: "login".into(),
            subject: account.login.clone(),
        })
        .await;
    let secure = if state.tls() { "; Secure" } else { "" };
    let cookie = format!(
        "{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{secure}",
        SESSION_MS / 1000
    );
    let mut response = Redirect::to(&format!("/dashboard?lang={lang}")).into_response();
    if let Ok(v) = cookie.parse() {
        response.headers_mut().insert(header::SET_COOKIE, v);
    }
    response
}

#[derive(Deserialize)]
struct CsrfForm {
    csrf: String,
}

async fn logout(
    State(state): State<AppState>,
    signed: Signed,
    Query(params): Query<Lang>,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Response {
    let lang = language(&params, &headers);
    if let Some(refused) = signed.csrf_refusal(&form.csrf, lang) {
        return refused;
    }
    if let Err(e) = state.backend().end_session(signed.session.token_hash).await {
        eprintln!("lphm-server: logout: {e}");
    }
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "logout".into(),
            subject: signed.account.login.clone(),
        })
        .await;
    let mut response = Redirect::to(&format!("/login?lang={lang}")).into_response();
    if let Ok(v) = format!("{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0").parse() {
        response.headers_mut().insert(header::SET_COOKIE, v);
    }
    response
}

async fn home(
    State(state): State<AppState>,
    signed: Signed,
    Query(params): Query<Lang>,
    headers: HeaderMap,
) -> Response {
    let lang = language(&params, &headers);
    let cohorts = match cohorts::visible(&state, &signed).await {
        Ok(c) => c,
        Err(e) => return e,
    };
    let courses = crate::certificates::Courses::builtin().titles(lang);
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let page = HomePage {
        cohorts,
        courses,
        lang,
        languages: languages(&l10n),
        name: signed.account.name.clone(),
        role: l10n.format(
            &format!("dashboard-role-{}", signed.account.role.as_str()),
            &[],
        ),
        csrf: signed.session.csrf.clone(),
        is_admin: signed.account.role == accounts::Role::Administrator,
        notice: match params.done.as_deref() {
            Some("learner-erased") => Some(l10n.format("learner-erased-notice", &[])),
            _ => None,
        },
        l10n: &l10n,
    };
    html(StatusCode::OK, render(&page))
}
