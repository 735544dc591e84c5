//! `/verify/<id>`: anyone holding a certificate (an employer, the learner's authority)
//! checks it here, with no login, in English, French, Polish or isiZulu: valid (with what
//! the programme signed), revoked, or unknown. The language is `?lang=` when given, else
//! the browser's (`Accept-Language`), else English. Plain HTML, no script, prints well.

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use lphm_i18n::{FluentValue, Localizer, LANGUAGES};
use serde::Deserialize;
use uuid::Uuid;

use crate::http::AppState;

#[derive(Debug, Deserialize)]
pub(crate) struct Params {
    lang: Option<String>,
}

/// The page's language: `?lang=` if the interface has it, else the first language of
/// `Accept-Language` it has, else English.
pub(crate) fn language(asked: Option<&str>, headers: &HeaderMap) -> &'static str {
    if let Some(lang) = asked {
        if let Some(known) = LANGUAGES.iter().find(|l| **l == lang) {
            return known;
        }
    }
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let wanted: Vec<String> = accept
        .split(',')
        .map(|part| part.split(';').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty() && l != "*")
        .collect();
    lphm_i18n::negotiate(&lphm_i18n::choose_locale(&wanted))
}

/// Text for HTML, escaped (the same escape the lesson renderer uses).
pub(crate) fn esc(text: &str) -> String {
    lphm_content::escape_html(text)
}

enum Status {
    Valid(Box<lphm_certificate::Credential>),
    Revoked {
        credential: Option<Box<lphm_certificate::Credential>>,
        on: String,
        reason: String,
    },
    /// Issued and not revoked, but the holder's personal data was erased since
    /// (`crate::privacy`): the signed credential, which carried the name, is gone.
    Erased {
        course: String,
        issued: String,
    },
    Unknown,
}

pub(crate) async fn page(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(params): Query<Params>,
    headers: HeaderMap,
) -> Response {
    let lang = language(params.lang.as_deref(), &headers);
    let status = match Uuid::parse_str(id.trim()) {
        Err(_) => Ok(Status::Unknown),
        Ok(id) => lookup(&state, id).await,
    };
    // Made after the lookup: a Fluent bundle is not `Send`, so it must not live across it.
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let status = match status {
        Ok(s) => s,
        Err(e) => {
            eprintln!("lphm-server: /verify: cannot read the certificates: {e}");
            let body = html(
                &l10n,
                &id,
                &format!("<p>{}</p>", esc(&l10n.format("verify-failed", &[]))),
            );
            return (StatusCode::SERVICE_UNAVAILABLE, body).into_response();
        }
    };
    let code = match status {
        Status::Unknown => StatusCode::NOT_FOUND,
        _ => StatusCode::OK,
    };
    let body = html(&l10n, &id, &verdict(&l10n, &status));
    (code, body).into_response()
}

async fn lookup(state: &AppState, id: Uuid) -> Result<Status, crate::StoreError> {
    let Some(record) = state.backend().certificate(id).await? else {
        return Ok(Status::Unknown);
    };
    if record.jwt.is_empty() && record.revoked_ms.is_none() {
        return Ok(Status::Erased {
            course: record.course,
            issued: crate::certificates::utc_date(record.issued_ms),
        });
    }
    let trusted = state.issuer().map(|i| i.trusted()).unwrap_or_default();
    let credential = match lphm_certificate::verify(&record.jwt, &trusted) {
        Ok(c) => Some(Box::new(c)),
        Err(e) => {
            eprintln!(
                "lphm-server: /verify: certificate {id} does not check with this server's key: {e}"
            );
            None
        }
    };
    Ok(match (record.revoked_ms, credential) {
        (Some(ms), credential) => Status::Revoked {
            credential,
            on: crate::certificates::utc_date(ms),
            reason: record.revoked_reason.unwrap_or_default(),
        },
        (None, Some(c)) => Status::Valid(c),
        // Stored but not signed by the key this server holds now: nothing to vouch for.
        (None, None) => Status::Unknown,
    })
}

fn facts(l10n: &Localizer, c: &lphm_certificate::Credential) -> String {
    let f = &c.facts;
    let date = lphm_certificate::long_date(l10n, &f.completed_on);
    let row = |label: &str, value: &str| {
        format!(
            "<dt>{}</dt><dd>{}</dd>",
            esc(&l10n.format(label, &[])),
            esc(value)
        )
    };
    [
        "<dl>".to_string(),
        row("verify-learner", &f.name),
        row("verify-authority", &f.authority),
        row("verify-course", &f.course_title),
        row("verify-completed", &date),
        row("verify-issuer", &f.issuer_name),
        row("verify-id", &f.id.to_string()),
        "</dl>".to_string(),
    ]
    .concat()
}

fn verdict(l10n: &Localizer, status: &Status) -> String {
    match status {
        Status::Valid(c) => format!(
            "<p class=\"verdict valid\" data-status=\"valid\"><strong>{}</strong></p><p>{}</p>{}",
            esc(&l10n.format("verify-valid", &[])),
            esc(&l10n.format("verify-valid-detail", &[])),
            facts(l10n, c)
        ),
        Status::Revoked {
            credential,
            on,
            reason,
        } => {
            let on = lphm_certificate::long_date(l10n, on);
            let args = [("date", FluentValue::from(on.as_str()))];
            format!(
                "<p class=\"verdict revoked\" data-status=\"revoked\"><strong>{}</strong></p><p>{}</p>{}{}",
                esc(&l10n.format("verify-revoked", &[])),
                esc(&l10n.format("verify-revoked-detail", &args)),
                if reason.trim().is_empty() {
                    String::new()
                } else {
                    format!(
                        "<p>{} {}</p>",
                        esc(&l10n.format("verify-revoked-reason", &[])),
                        esc(reason)
                    )
                },
                credential.as_ref().map(|c| facts(l10n, c)).unwrap_or_default()
            )
        }
        Status::Erased { course, issued } => {
            let title = crate::certificates::Courses::builtin()
                .titles(l10n.lang())
                .into_iter()
                .find(|(id, _)| id == course)
                .map_or_else(|| course.clone(), |(_, title)| title);
            let date = lphm_certificate::long_date(l10n, issued);
            format!(
                "<p class=\"verdict valid\" data-status=\"erased\"><strong>{}</strong></p><p>{}</p>\
                 <dl><dt>{}</dt><dd>{}</dd></dl>",
                esc(&l10n.format("verify-erased", &[])),
                esc(&l10n.format(
                    "verify-erased-detail",
                    &[("date", FluentValue::from(date.as_str()))]
                )),
                esc(&l10n.format("verify-course", &[])),
                esc(&title),
            )
        }
        Status::Unknown => format!(
            "<p class=\"verdict unknown\" data-status=\"unknown\"><strong>{}</strong></p><p>{}</p>",
            esc(&l10n.format("verify-unknown", &[])),
            esc(&l10n.format("verify-unknown-detail", &[]))
        ),
    }
}

/// The whole page around `main`.
fn html(
    l10n: &Localizer,
    id: &str,
    main: &str,
) -> ([(header::HeaderName, &'static str); 2], String) {
    let here = l10n.lang();
    let links: Vec<String> = LANGUAGES
        .iter()
        .map(|lang| {
            let name = esc(&l10n.format(&format!("language-endonym-{lang}"), &[]));
            if *lang == here {
                format!("<strong lang=\"{lang}\">{name}</strong>")
            } else {
                format!("<a lang=\"{lang}\" hreflang=\"{lang}\" href=\"?lang={lang}\">{name}</a>")
            }
        })
        .collect();
    let body = format!(
        "<!doctype html>\n<html lang=\"{here}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>{STYLE}</style></head><body>\
         <nav aria-label=\"{langs_label}\">{links}</nav><main><h1>{title}</h1>\
         <p class=\"muted\">{number}</p>{main}</main><footer>{footer}</footer></body></html>\n",
        title = esc(&l10n.format("verify-title", &[])),
        langs_label = esc(&l10n.format("verify-languages", &[])),
        links = links.join(" · "),
        number = esc(&l10n.format(
            "verify-number",
            &[(
                "id",
                FluentValue::from(id.chars().take(40).collect::<String>())
            )]
        )),
        footer = esc(&l10n.format("verify-footer", &[])),
    );
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'",
            ),
        ],
        body,
    )
}

const STYLE: &str = "body{font-family:'Noto Sans',system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#17202a;line-height:1.5}\
nav{font-size:.95rem}h1{font-size:1.6rem}.muted{color:#5a6570}\
.verdict{padding:.75rem 1rem;border-radius:.5rem;font-size:1.2rem}\
.valid{background:#e6f4ea;border:2px solid #1e7b34}.revoked{background:#fdecea;border:2px solid #b3261e}\
.unknown{background:#f1f3f4;border:2px solid #5a6570}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}\
footer{margin-top:2rem;font-size:.9rem;color:#5a6570}";
