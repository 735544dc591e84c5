//! The signed-in coordinator of a dashboard request, from the session cookie. A request
//! without a live session is sent to the login page; a form whose CSRF token is not the
//! session's is refused.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use crate::accounts::{Account, Session};
use crate::http::AppState;

/// A request made in a live session of an account that is not disabled.
#[derive(Debug)]
pub(crate) struct Signed {
    pub account: Account,
    pub session: Session,
}

/// The session token in a `Cookie` header, if any.
fn token(parts: &Parts) -> Option<String> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == super::COOKIE)
        .map(|(_, value)| value.to_string())
        .filter(|t| !t.is_empty() && t.len() <= 100)
}

impl FromRequestParts<AppState> for Signed {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Signed, Response> {
        let to_login = || Redirect::to("/login").into_response();
        let Some(token) = token(parts) else {
            return Err(to_login());
        };
        let hash = crate::model::hash_secret(&token);
        let backend = state.backend();
        let session = match backend.session(hash, state.now_ms()).await {
            Ok(Some(s)) => s,
            Ok(None) => return Err(to_login()),
            Err(e) => {
                eprintln!("lphm-server: dashboard: cannot read the sessions: {e}");
                return Err(StatusCode::SERVICE_UNAVAILABLE.into_response());
            }
        };
        match backend.account(session.account).await {
            Ok(Some(account)) if !account.disabled => Ok(Signed { account, session }),
            Ok(_) => Err(to_login()),
            Err(e) => {
                eprintln!("lphm-server: dashboard: cannot read the accounts: {e}");
                Err(StatusCode::SERVICE_UNAVAILABLE.into_response())
            }
        }
    }
}

impl Signed {
    /// The refusal of a form whose CSRF token is not this session's (compared in constant
    /// time); `None` when it is.
    pub fn csrf_refusal(&self, sent: &str, lang: &'static str) -> Option<Response> {
        let expected = self.session.csrf.as_bytes();
        let sent = sent.as_bytes();
        let same = expected.len() == sent.len()
            && expected
                .iter()
                .zip(sent)
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0;
        if same {
            return None;
        }
        Some(super::message(
            StatusCode::FORBIDDEN,
            lang,
            "dashboard-csrf",
            "csrf-refused",
        ))
    }
}
