//! The HTTP endpoints of protocol version 1 (`lphm_sync::protocol`). Handlers only turn
//! requests into calls on the [`Backend`] and answers back; every refusal is a JSON
//! [`ErrorBody`] with a code the client translates.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::rejection::{BytesRejection, JsonRejection};
use axum::extract::{ConnectInfo, FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use lphm_progress::Event;
use lphm_sync::protocol::{
    codes, fork_proof_holds, proof_holds, Certificates, EnrollRequest, EnrollResponse, ErrorBody,
    ForkRequest, ForkResponse, IssuedCertificate, SyncRequest, SyncResponse, BATCH_BYTES, MAX_BODY,
    MAX_CLEARED_DEVICES, MAX_ID, MAX_PULL_EVENTS, MAX_PUSH_EVENTS, MAX_TEXT, MAX_UNPACKED, PACKED,
    V1,
};
use lphm_sync::wire::{self, Block, WireError, WireKind};
use tower::ServiceExt;
use uuid::Uuid;

use crate::catalogue::CatalogueDir;
use crate::model::{self, Clock, Enrollment};
use crate::{Backend, StoreError};

/// What every handler shares.
#[derive(Clone, Debug)]
pub(crate) struct AppState(Arc<Shared>);

#[derive(Debug)]
pub(crate) struct Shared {
    pub backend: Backend,
    pub clock: Arc<dyn Clock>,
    pub catalogue: Option<Arc<CatalogueDir>>,
    pub enroll_limit: crate::limit::Limiter,
    /// Issues certificates; `None`: this server has no certificate key.
    pub certifier: Option<Arc<crate::certificates::Certifier>>,
    /// Failed dashboard logins lately.
    pub failed_logins: crate::dashboard::limit::FailedLogins,
    /// Served over TLS: the session cookie is `Secure`.
    pub tls: bool,
}

impl AppState {
    pub fn new(shared: Shared) -> AppState {
        AppState(Arc::new(shared))
    }

    pub fn backend(&self) -> &Backend {
        &self.0.backend
    }

    pub(crate) fn failed_logins(&self) -> &crate::dashboard::limit::FailedLogins {
        &self.0.failed_logins
    }

    pub fn tls(&self) -> bool {
        self.0.tls
    }

    pub fn now_ms(&self) -> i64 {
        self.0.clock.now_ms()
    }

    /// Writes to the audit log; a failure is logged, never shown (the action happened).
    pub async fn audit(&self, entry: crate::accounts::AuditEntry) {
        if let Err(e) = self.0.backend.audit(entry).await {
            eprintln!("lphm-server: cannot write the audit log: {e}");
        }
    }

    pub fn issuer(&self) -> Option<&crate::certificates::Issuer> {
        self.0.certifier.as_deref().map(|c| &*c.issuer)
    }
}

/// The router of protocol version 1.
pub(crate) fn router(state: AppState) -> Router {
    Router::new()
        .route("/v1/enroll", post(enroll))
        .route("/v1/sync", post(sync))
        .route("/v1/fork", post(fork))
        .route("/v1/catalogue", get(catalogue))
        .route("/v1/packages/{file}", get(package))
        .route("/v1/certificates", get(certificates))
        .route("/verify/{id}", get(crate::verify::page))
        .merge(crate::dashboard::routes())
        .fallback(unknown_path)
        .method_not_allowed_fallback(wrong_method)
        // Over the limit, `Bytes` is rejected; `sync` turns that into `sync-body-too-large`.
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(on_panic))
        .with_state(state)
}

/// A refusal: a status, a code from [`codes`] and an English detail.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    detail: String,
    /// Seconds for a `Retry-After` header.
    retry_after: Option<u64>,
    /// `ErrorBody::seq`.
    seq: Option<u64>,
}

impl ApiError {
    /// The code from [`codes`] the client translates.
    pub fn code(&self) -> &'static str {
        self.code
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    fn new(status: StatusCode, code: &'static str, detail: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            detail: detail.into(),
            retry_after: None,
            seq: None,
        }
    }

    fn malformed(detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, codes::BODY_MALFORMED, detail)
    }

    /// The learner's personal data was erased: their laptops are refused for good.
    fn learner_erased(learner: Uuid) -> ApiError {
        ApiError::new(
            StatusCode::GONE,
            codes::LEARNER_ERASED,
            format!(
                "the programme erased the data of learner {learner} on this server; \
                 this laptop keeps its progress, and a coordinator can give a new code"
            ),
        )
    }

    fn not_found(detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, codes::NOT_FOUND, detail)
    }

    /// A failure of the server itself: logged in full, answered briefly.
    fn server(what: &str, e: impl std::fmt::Display) -> ApiError {
        eprintln!("lphm-server: {what}: {e}");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            codes::SERVER,
            format!("the server could not {what}; the administrator can see why in its log"),
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            code: self.code.to_string(),
            detail: self.detail,
            seq: self.seq,
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::CodeInvalid => ApiError::new(
                StatusCode::NOT_FOUND,
                codes::CODE_INVALID,
                "this enrollment code is not known; check it with your coordinator",
            ),
            StoreError::CodeUsed => ApiError::new(
                StatusCode::CONFLICT,
                codes::CODE_USED,
                "this enrollment code was already used; ask your coordinator for a new one",
            ),
            StoreError::CodeExpired => ApiError::new(
                StatusCode::GONE,
                codes::CODE_EXPIRED,
                "this enrollment code has expired; ask your coordinator for a new one",
            ),
            StoreError::Forked { device, seq: n } => ApiError {
                seq: Some(n),
                ..ApiError::new(
                    StatusCode::CONFLICT,
                    codes::DEVICE_FORKED,
                    format!(
                        "event {n} of device {device} is on the server with other contents: \
                         this laptop was restored from a backup or copied; it takes a new \
                         identity (POST /v1/fork) and sends its events again; nothing was stored"
                    ),
                )
            },
            StoreError::LearnerErased(learner) => ApiError::learner_erased(learner),
            StoreError::ForkTaken(device) => ApiError::new(
                StatusCode::CONFLICT,
                codes::FORK_REFUSED,
                format!("device {device} is already registered; choose another id"),
            ),
            e => ApiError::server("use its database", e),
        }
    }
}

fn on_panic(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    ApiError::server("answer", "a handler panicked").into_response()
}

async fn unknown_path(uri: Uri) -> ApiError {
    let path = uri.path();
    if path == V1 || path.starts_with("/v1/") {
        ApiError::not_found(format!("{path} is not an endpoint of sync protocol 1"))
    } else {
        ApiError::new(
            StatusCode::NOT_FOUND,
            codes::VERSION_UNKNOWN,
            format!("this server speaks sync protocol 1 (/v1/); {path} is not part of it"),
        )
    }
}

async fn wrong_method(uri: Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        codes::NOT_FOUND,
        format!("{} does not answer this method", uri.path()),
    )
}

/// The learner and device a request's token belongs to. The learner always comes from
/// the token, never from the request, so a token reaches only its own learner's records.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Caller {
    learner: Uuid,
    device: Uuid,
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Caller, ApiError> {
        let Some(value) = parts.headers.get(header::AUTHORIZATION) else {
            return Err(ApiError::new(
                StatusCode::UNAUTHORIZED,
                codes::TOKEN_MISSING,
                "this endpoint needs `Authorization: Bearer <device token>`; enroll first",
            ));
        };
        let token = value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .unwrap_or("");
        let refused = || {
            ApiError::new(
                StatusCode::UNAUTHORIZED,
                codes::TOKEN_REFUSED,
                "the device token is not known or was revoked; enroll the device again",
            )
        };
        if token.is_empty() || token.len() > 100 {
            return Err(refused());
        }
        let hash = model::hash_secret(token);
        let backend = &state.0.backend;
        match backend.authenticate(hash).await? {
            Some((learner, device)) => Ok(Caller { learner, device }),
            // A laptop of an erased learner is told so in words.
            None => match backend.erased_token(hash).await? {
                Some(learner) => Err(ApiError::learner_erased(learner)),
                None => Err(refused()),
            },
        }
    }
}

async fn enroll(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    body: Result<Json<EnrollRequest>, JsonRejection>,
) -> Result<Json<EnrollResponse>, ApiError> {
    if let Err(seconds) = state.0.enroll_limit.attempt(peer.ip()) {
        let mut e = ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            codes::TOO_MANY_ATTEMPTS,
            format!("too many enrollment attempts; try again in {seconds} s"),
        );
        e.retry_after = Some(seconds);
        return Err(e);
    }
    let Json(req) = body.map_err(|e| ApiError::malformed(e.body_text()))?;
    let Some(code) = model::normalise_code(&req.code) else {
        return Err(StoreError::CodeInvalid.into());
    };
    let key: [u8; 32] = hex::decode(req.device_key.trim())
        .ok()
        .and_then(|k| k.try_into().ok())
        .ok_or_else(|| ApiError::malformed("device_key must be 32 bytes in hex"))?;
    if req.device_name.len() > MAX_ID {
        return Err(ApiError::malformed(format!(
            "device_name is longer than {MAX_ID} bytes"
        )));
    }
    let (token, token_hash) = model::new_token();
    let enrollment = Enrollment {
        proven: proof_holds(&key, &code, req.device, &req.proof),
        code_hash: model::hash_secret(&code),
        device: req.device,
        device_name: req.device_name,
        device_key: key,
        token_hash,
    };
    let learner = state
        .0
        .backend
        .enroll(enrollment, state.0.clock.now_ms())
        .await?;
    Ok(Json(EnrollResponse {
        learner: learner.id,
        name: learner.name,
        authority: learner.authority,
        token,
        first_form: learner.first_form,
    }))
}

/// Refuses a block a well-behaved client never sends: strings or notes beyond the limits,
/// or events that do not decode. Shared by `/v1/sync` and bundle import.
pub(crate) fn check_block(block: &Block) -> Result<(), String> {
    if let Some(s) = block.strings.iter().find(|s| s.len() > MAX_ID) {
        return Err(format!(
            "a string of {} bytes is longer than the limit of {MAX_ID}",
            s.len()
        ));
    }
    for group in &block.groups {
        for e in &group.events {
            if let WireKind::Note { text, .. } = &e.kind {
                if text.len() > MAX_TEXT {
                    return Err(format!(
                        "a note of {} bytes is longer than the limit of {MAX_TEXT}",
                        text.len()
                    ));
                }
            }
            if let WireKind::ClearedUpTo { upto, .. } = &e.kind {
                if upto.len() > MAX_CLEARED_DEVICES {
                    return Err(format!(
                        "a clearing names {} devices, more than the limit of {MAX_CLEARED_DEVICES}",
                        upto.len()
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Reads a `/v1/sync` body sent by `device`: unpacks it within [`MAX_UNPACKED`], checks it
/// is one group of that device's own events within the limits, and decodes the events.
/// Everything the handler does before touching storage; pure, so it can be fuzzed.
pub fn read_sync_body(body: &[u8], device: Uuid) -> Result<(SyncRequest, Vec<Event>), ApiError> {
    let req: SyncRequest = wire::unpack(body, MAX_UNPACKED).map_err(|e| match e {
        WireError::TooLarge { .. } => ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            codes::BODY_TOO_LARGE,
            format!("the request unpacks to more than {MAX_UNPACKED} bytes"),
        ),
        e => ApiError::malformed(e.to_string()),
    })?;
    if req.push.groups.len() > 1 || req.push.groups.iter().any(|g| g.device != device) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            codes::WRONG_DEVICE,
            "a device may push only its own events, in one group",
        ));
    }
    if req.relay.groups.iter().any(|g| g.device == device) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            codes::WRONG_DEVICE,
            "a device sends its own events in `push`, not in `relay`",
        ));
    }
    if req.push.len() + req.relay.len() > MAX_PUSH_EVENTS {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            codes::TOO_MANY_EVENTS,
            format!("a push may carry at most {MAX_PUSH_EVENTS} events"),
        ));
    }
    check_block(&req.push).map_err(ApiError::malformed)?;
    check_block(&req.relay).map_err(ApiError::malformed)?;
    let events = req
        .push
        .decode(Uuid::nil())
        .map_err(|e| ApiError::malformed(e.to_string()))?;
    let relayed = req
        .relay
        .decode(Uuid::nil())
        .map_err(|e| ApiError::malformed(e.to_string()))?;
    check_values(&events)
        .and_then(|()| check_values(&relayed))
        .map_err(|detail| ApiError::new(StatusCode::BAD_REQUEST, codes::VALUE_INVALID, detail))?;
    Ok((req, events))
}

/// Refuses events no app could have recorded, naming the first: an id other than the one
/// derived from `(device, seq)` (so no event can take another's identity), or a value
/// `EventKind::implausible` rejects.
/// Shared by `/v1/sync` and bundle import.
pub(crate) fn check_values(events: &[Event]) -> Result<(), String> {
    match events.iter().find_map(|e| {
        if e.id != Event::derived_id(e.device, e.seq) {
            Some((
                e.seq,
                format!(
                    "its id {} is not the one derived from its device and number",
                    e.id
                ),
            ))
        } else {
            e.kind.implausible().map(|why| (e.seq, why))
        }
    }) {
        Some((seq, why)) => Err(format!("event {seq}: {why}; nothing was stored")),
        None => Ok(()),
    }
}

async fn sync(
    State(state): State<AppState>,
    caller: Caller,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                codes::BODY_TOO_LARGE,
                format!("a sync request may carry at most {MAX_BODY} bytes; push fewer events at a time"),
            )
        } else {
            ApiError::malformed(e.body_text())
        }
    })?;
    let (req, events) = read_sync_body(&body, caller.device)?;

    let backend = &state.0.backend;
    backend.ingest(caller.learner, events).await?;
    if !req.relay.is_empty() {
        // Checked by read_sync_body already.
        let relayed = req
            .relay
            .decode(Uuid::nil())
            .map_err(|e| ApiError::malformed(e.to_string()))?;
        backend.ingest_relayed(caller.learner, relayed).await?;
    }
    let acked = backend
        .touch(caller.learner, caller.device, state.0.clock.now_ms())
        .await?;
    // The certificates this push earned (a failure is logged; the sweep tries again).
    if let Some(c) = &state.0.certifier {
        c.issue_due(caller.learner).await;
    }
    let limit = match req.pull_limit {
        0 => MAX_PULL_EVENTS,
        n => n.min(MAX_PULL_EVENTS),
    };
    let pulled = backend
        .pull(
            caller.learner,
            caller.device,
            req.pull_after,
            req.pull_check,
            limit,
            BATCH_BYTES,
        )
        .await?;
    let answer = SyncResponse {
        acked,
        pulled: Block::encode(&pulled.events),
        cursor: pulled.cursor,
        more: pulled.more,
        server_ms: state.0.clock.now_ms(),
        check: pulled.check,
        rewound: pulled.rewound,
    };
    if pulled.rewound && req.pull_after > 0 {
        eprintln!(
            "lphm-server: a laptop of learner {} pulled after {} which this server's history \
             does not match (restored from a backup?); it pulls everything again",
            caller.learner, req.pull_after
        );
    }
    Ok(([(header::CONTENT_TYPE, PACKED)], wire::pack(&answer)).into_response())
}

/// A laptop that found its identity shared (restored or copied) takes a new one: the same
/// learner and key, a new device id, a new token. The proof shows it holds the device key
/// registered for the identity its token belongs to.
async fn fork(
    State(state): State<AppState>,
    caller: Caller,
    body: Result<Json<ForkRequest>, JsonRejection>,
) -> Result<Json<ForkResponse>, ApiError> {
    let Json(req) = body.map_err(|e| ApiError::malformed(e.body_text()))?;
    let refused = |detail: &str| ApiError::new(StatusCode::FORBIDDEN, codes::FORK_REFUSED, detail);
    let backend = &state.0.backend;
    let registered = backend
        .device(caller.learner, caller.device)
        .await?
        .ok_or_else(|| refused("this token's device is not registered"))?;
    let key: Option<[u8; 32]> = hex::decode(req.device_key.trim())
        .ok()
        .and_then(|k| k.try_into().ok());
    if key != Some(registered.key)
        || !fork_proof_holds(&registered.key, caller.device, req.device, &req.proof)
    {
        return Err(refused(
            "the proof is not signed by the key this device registered",
        ));
    }
    if req.device == caller.device || req.device.is_nil() {
        return Err(ApiError::malformed("the new device id must be a new one"));
    }
    let (token, token_hash) = model::new_token();
    backend
        .fork_device(
            caller.learner,
            caller.device,
            req.device,
            token_hash,
            state.0.clock.now_ms(),
        )
        .await?;
    eprintln!(
        "lphm-server: device {} of learner {} took the new identity {} (restored or copied)",
        caller.device, caller.learner, req.device
    );
    Ok(Json(ForkResponse { token }))
}

/// The caller's learner's certificates, with the key that signs them.
async fn certificates(State(state): State<AppState>, caller: Caller) -> Result<Response, ApiError> {
    let list = state.0.backend.certificates(Some(caller.learner)).await?;
    Ok(Json(Certificates {
        key: state.issuer().map(|i| i.key.public().to_file()),
        certificates: list
            .into_iter()
            .map(|c| IssuedCertificate {
                id: c.id,
                course: c.course,
                jwt: c.jwt,
                revoked: c.revoked_ms.is_some(),
            })
            .collect(),
    })
    .into_response())
}

fn catalogue_of(state: &AppState) -> Result<Arc<CatalogueDir>, ApiError> {
    state
        .0
        .catalogue
        .clone()
        .ok_or_else(|| ApiError::not_found("this server offers no packages"))
}

async fn catalogue(State(state): State<AppState>, _: Caller) -> Result<Response, ApiError> {
    let dir = catalogue_of(&state)?;
    let list = tokio::task::spawn_blocking(move || dir.catalogue())
        .await
        .map_err(|e| ApiError::server("list its packages", e))?
        .map_err(|e| ApiError::server("list its packages", e))?;
    Ok(Json(list).into_response())
}

async fn package(
    State(state): State<AppState>,
    _: Caller,
    Path(file): Path<String>,
    request: Request,
) -> Result<Response, ApiError> {
    let dir = catalogue_of(&state)?;
    let name = file.clone();
    // Only names in the catalogue are served, so `..` and the like never reach the disk.
    let path = tokio::task::spawn_blocking(move || dir.path_of(&name))
        .await
        .map_err(|e| ApiError::server("find a package", e))?
        .map_err(|e| ApiError::server("find a package", e))?
        .ok_or_else(|| ApiError::not_found(format!("no package {file} here")))?;
    let response = tower_http::services::ServeFile::new(path)
        .oneshot(request)
        .await
        .map_err(|e| ApiError::server("read a package", e))?;
    Ok(response.map(Body::new))
}
