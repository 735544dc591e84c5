//! Sync of learners' progress with the LPHM server, for the app and the `lphm` tool.
//!
//! The outbox is the event log itself: every event this laptop records is numbered per
//! profile (`seq`), and the server acknowledges "everything up to n". One exchange
//! (`POST /v1/sync`) pushes a batch of what is not acknowledged and pulls what the
//! learner's other laptops recorded since a cursor; both positions are saved after each
//! exchange, so a cut connection costs at most the batch that was in flight.
//!
//! [`Desk::sync_profile`] runs one sync to the end; [`run_worker`] is the background task
//! that calls it when events are recorded, when a connection comes back and on a timer,
//! with exponential backoff and jitter between failed attempts.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use lphm_progress::{Event, EventKind, Hlc};
use lphm_sync::protocol::{
    self, EnrollRequest, EnrollResponse, ErrorBody, SyncRequest, SyncResponse,
};
use lphm_sync::wire::{self, Block};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{ApiError, Desk};

/// Record names in the store's `sync` tree.
const ENROLLMENT: &str = "enrollment";
const STATE: &str = "state";
const DEVICE_KEY: &str = "device-key";
const HLC: &str = "hlc";
/// The device id a profile records under, once it took its own (see [`Desk::fork`]).
const DEVICE: &str = "device";
/// At most this many new identities in one sync (each one is a history that parted).
const MAX_FORKS: usize = 4;

/// How a profile is linked to a learner on a server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enrollment {
    /// The server's base address, e.g. `https://lphm.example.org`.
    pub server: String,
    pub learner: Uuid,
    pub name: String,
    pub authority: String,
    pub token: String,
    pub enrolled_ms: i64,
}

/// What the sync client remembers for a profile between runs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct SyncState {
    /// The server holds this laptop's events of the profile numbered 1..=acked.
    acked: u64,
    /// Where the next pull starts.
    cursor: u64,
    /// The server's check of its history up to `cursor` (see `SyncRequest::pull_check`).
    /// A state saved before there were checks has 0, which makes the next pull start from
    /// the beginning once: safe, and cheap.
    #[serde(default)]
    check: u64,
    /// Events of other laptops were found missing on the server and not all sent back
    /// yet: the next sync pulls from the beginning again to find them.
    #[serde(default)]
    relay_pending: bool,
    last_ok_ms: Option<i64>,
    last_error: Option<ApiError>,
    /// How far the server's clock is ahead of ours, at the last sync.
    clock_skew_ms: i64,
}

/// Tunables of the client; the defaults suit a poor 2G link.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// Most events pushed in one exchange: a cut connection re-sends at most this many.
    pub batch: usize,
    /// Most events asked for in one pull.
    pub pull_limit: u32,
    pub connect_timeout: Duration,
    /// A request that has not finished after this (plus time for its size at 16 kbit/s)
    /// is abandoned.
    pub request_timeout: Duration,
    /// Extra root certificate (PEM) to trust, for servers with their own certificate
    /// authority.
    pub extra_root_pem: Option<Vec<u8>>,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            batch: 1_000,
            pull_limit: protocol::MAX_PULL_EVENTS,
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(6),
            extra_root_pem: None,
        }
    }
}

/// For servers whose certificate comes from their own authority rather than a public
/// one: when the environment variable `LPHM_SERVER_CA` names a PEM file, the desk trusts
/// the certificates in it besides the public authorities. For the shells (the app, the
/// `lphm` tool), which read the environment; an unreadable file is an error in words.
pub fn trust_server_ca_from_env(desk: Desk) -> Result<Desk, ApiError> {
    let Some(path) = std::env::var_os("LPHM_SERVER_CA") else {
        return Ok(desk);
    };
    let pem = std::fs::read(&path).map_err(|e| {
        ApiError::new("sync-certificate-invalid").arg(
            "detail",
            format!("{}: {e}", std::path::Path::new(&path).display()),
        )
    })?;
    // Parse now, so a wrong file is reported at start rather than at the first sync.
    reqwest::Certificate::from_pem(&pem)
        .map_err(|e| ApiError::new("sync-certificate-invalid").arg("detail", e.to_string()))?;
    let options = SyncOptions {
        extra_root_pem: Some(pem),
        ..desk.sync_options.clone()
    };
    Ok(desk.with_sync_options(options))
}

/// What the interface shows about sync for the current learner.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SyncStatus {
    pub enrolled: bool,
    pub server: Option<String>,
    /// The learner's name on the server.
    pub learner_name: Option<String>,
    /// A sync is running right now.
    pub syncing: bool,
    /// Changes recorded here that the server has not acknowledged yet.
    pub waiting: u64,
    pub last_ok_ms: Option<i64>,
    /// The last attempt's failure, cleared by the next success.
    pub last_error: Option<ApiError>,
    /// The desk's clock, for "synced 3 minutes ago".
    pub now_ms: i64,
    /// How far the server's clock was ahead of this laptop's at the last sync.
    pub clock_skew_ms: i64,
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SyncReport {
    pub pushed: usize,
    pub pulled: usize,
    pub exchanges: usize,
    /// Request and response body bytes (compressed), not counting HTTP headers.
    pub bytes_sent: usize,
    pub bytes_received: usize,
    /// Events of the learner's other laptops that the server lacked (erased by a restore)
    /// and this laptop sent back.
    pub relayed: usize,
    /// This laptop found its identity shared with a copy or a backup of itself, took a new
    /// one and sent its own events again under it (see [`Desk::fork`]).
    pub forked: bool,
    /// The server's history no longer matched this laptop's cursor (it was restored from
    /// a backup): everything was pulled again, and what it lacked of ours sent again.
    pub rewound: bool,
}

/// Whether a failure is worth retrying soon (the network or the server) or needs a
/// person (a refused token, a refused request).
pub fn is_transient(e: &ApiError) -> bool {
    matches!(
        e.code.as_str(),
        "sync-offline" | "sync-timeout" | "sync-server-error" | "sync-bad-response"
    )
}

fn now_ms(desk: &Desk) -> i64 {
    desk.clock.now_ms()
}

// ---- HTTP ------------------------------------------------------------------------------

/// The reqwest client, built once per desk.
pub(crate) fn http_client(options: &SyncOptions) -> Result<reqwest::Client, ApiError> {
    let mut builder = reqwest::Client::builder()
        .connect_timeout(options.connect_timeout)
        .user_agent(concat!("lphm/", env!("CARGO_PKG_VERSION")))
        // No HTTP/2 here: HTTP/1.1 keep-alive is enough and costs fewer bytes to set up.
        .http1_only()
        .pool_idle_timeout(Duration::from_secs(30));
    if let Some(pem) = &options.extra_root_pem {
        let cert = reqwest::Certificate::from_pem(pem)
            .map_err(|e| ApiError::new("sync-certificate-invalid").arg("detail", e.to_string()))?;
        builder = builder.add_root_certificate(cert);
    }
    builder
        .build()
        .map_err(|e| ApiError::new("sync-certificate-invalid").arg("detail", e.to_string()))
}

/// Turns a transport failure (sending, or reading an answer's bytes) into the error the
/// learner sees. Short of a timeout, it is the connection: refused, reset, or cut in the
/// middle of an answer (which reqwest reports as a body or decode error).
pub(crate) fn transport_error(server: &str, e: reqwest::Error) -> ApiError {
    // A certificate the laptop does not trust is no network trouble: a person has to act.
    // rustls says so only in its message, deep in the error's sources.
    let mut source: Option<&dyn std::error::Error> = Some(&e);
    let mut certificate = false;
    while let Some(err) = source {
        certificate |= err.to_string().contains("certificate");
        source = err.source();
    }
    let code = if certificate {
        "sync-certificate-untrusted"
    } else if e.is_timeout() {
        "sync-timeout"
    } else {
        "sync-offline"
    };
    ApiError::new(code)
        .arg("server", server)
        .arg("detail", e.to_string())
}

/// A learner who is not connected yet has no progress "waiting to be sent": an
/// unreachable server while enrolling says only that, and what to try.
fn enroll_unreachable(e: ApiError) -> ApiError {
    if e.code == "sync-offline" || e.code == "sync-timeout" {
        ApiError {
            code: "enroll-offline".into(),
            ..e
        }
    } else {
        e
    }
}

/// Turns an error answer into the error the learner sees.
pub(crate) async fn refused(server: &str, response: reqwest::Response) -> ApiError {
    let status = response.status();
    let body: Option<ErrorBody> = response.json().await.ok();
    let server_code = body.as_ref().map(|b| b.code.clone()).unwrap_or_default();
    let seq = body.as_ref().and_then(|b| b.seq);
    let detail = body.map(|b| b.detail).unwrap_or_default();
    let code = match server_code.as_str() {
        protocol::codes::TOKEN_REFUSED | protocol::codes::TOKEN_MISSING => "sync-token-refused",
        protocol::codes::CODE_INVALID => "sync-code-invalid",
        protocol::codes::CODE_USED => "sync-code-used",
        protocol::codes::CODE_EXPIRED => "sync-code-expired",
        protocol::codes::TOO_MANY_ATTEMPTS => "sync-too-many-attempts",
        protocol::codes::DEVICE_FORKED => "sync-device-forked",
        protocol::codes::VERSION_UNKNOWN => "sync-server-version",
        _ if status.is_server_error() => "sync-server-error",
        _ if status == reqwest::StatusCode::NOT_FOUND => "sync-server-version",
        _ => "sync-refused",
    };
    let mut e = ApiError::new(code)
        .arg("server", server)
        .arg("status", status.as_u16())
        .arg(
            "detail",
            format!("{server_code} {detail}").trim().to_string(),
        );
    if let Some(seq) = seq {
        e = e.arg("seq", seq);
    }
    e
}

/// Checks and normalises a server address typed by a person.
/// An address without a scheme is taken as `https://`.
pub fn normalise_server(address: &str) -> Result<String, ApiError> {
    let typed = address.trim();
    if typed.is_empty() {
        return Err(ApiError::new("sync-server-required"));
    }
    let with_scheme = if typed.contains("://") {
        typed.to_string()
    } else {
        format!("https://{typed}")
    };
    match reqwest::Url::parse(&with_scheme) {
        Ok(url)
            if matches!(url.scheme(), "http" | "https")
                && url.host_str().is_some_and(|h| !h.is_empty())
                && url.query().is_none() =>
        {
            Ok(with_scheme.trim_end_matches('/').to_string())
        }
        _ => Err(ApiError::new("sync-server-invalid").arg("server", typed)),
    }
}

impl Desk {
    /// The HTTP client (a cheap handle on a shared connection pool).
    pub(crate) fn http(&self) -> Result<reqwest::Client, ApiError> {
        let mut slot = self.http.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = &*slot {
            return Ok(c.clone());
        }
        let client = http_client(&self.sync_options)?;
        *slot = Some(client.clone());
        Ok(client)
    }

    /// After a failed request, forgets every open connection: one that lived through a
    /// cut may wait many seconds on TCP's retransmission backoff before it moves again,
    /// while a new one goes as soon as the link is back.
    pub(crate) fn transport_failed(&self, server: &str, e: reqwest::Error) -> ApiError {
        self.forget_connections();
        transport_error(server, e)
    }

    pub(crate) fn forget_connections(&self) {
        *self.http.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// One exchange with the server.
    async fn exchange(
        &self,
        enrollment: &Enrollment,
        request: &SyncRequest,
        report: &mut SyncReport,
    ) -> Result<SyncResponse, ApiError> {
        let body = wire::pack(request);
        report.bytes_sent += body.len();
        // Enough time for the body at 16 kbit/s on top of the base timeout.
        let timeout =
            self.sync_options.request_timeout + Duration::from_millis(body.len() as u64 / 2);
        let server = &enrollment.server;
        let response = self
            .http()?
            .post(format!("{server}{}/sync", protocol::V1))
            .bearer_auth(&enrollment.token)
            .header(reqwest::header::CONTENT_TYPE, protocol::PACKED)
            .timeout(timeout)
            .body(body)
            .send()
            .await
            .map_err(|e| self.transport_failed(server, e))?;
        if !response.status().is_success() {
            return Err(refused(server, response).await);
        }
        let bytes = response
            .bytes()
            .await
            .map_err(|e| self.transport_failed(server, e))?;
        report.bytes_received += bytes.len();
        report.exchanges += 1;
        wire::unpack(&bytes, protocol::MAX_UNPACKED).map_err(|e| {
            ApiError::new("sync-bad-response")
                .arg("server", server.as_str())
                .arg("detail", e.to_string())
        })
    }
}

// ---- enrollment, status ------------------------------------------------------------

impl Desk {
    /// This laptop's signing key for offline bundles, made on first use.
    pub(crate) fn device_key(&self) -> Result<ed25519_dalek::SigningKey, ApiError> {
        let stored: Option<String> = self.store.sync_record(Uuid::nil(), DEVICE_KEY)?;
        let seed = match stored.and_then(|h| hex::decode(h).ok()) {
            Some(bytes) if bytes.len() == 32 => {
                let mut seed = [0u8; 32];
                seed.copy_from_slice(&bytes);
                seed
            }
            _ => {
                let seed: [u8; 32] = {
                    let mut rng = self.rng.lock().unwrap_or_else(|e| e.into_inner());
                    rand::Rng::random(&mut *rng)
                };
                self.store
                    .put_sync_record(Uuid::nil(), DEVICE_KEY, &hex::encode(seed))?;
                seed
            }
        };
        Ok(ed25519_dalek::SigningKey::from_bytes(&seed))
    }

    /// The current learner's enrollment, if any.
    pub fn enrollment(&self) -> Result<Option<Enrollment>, ApiError> {
        let profile = self.current_profile()?;
        Ok(self.store.sync_record(profile.id, ENROLLMENT)?)
    }

    /// Links the current profile to a learner on `server` with a one-time `code` from a
    /// coordinator. Progress recorded before enrolling is sent at the next sync.
    pub async fn enroll(
        &self,
        server: &str,
        code: &str,
        device_name: &str,
    ) -> Result<Enrollment, ApiError> {
        let profile = self.current_profile()?;
        let server = normalise_server(server)?;
        let code = code.trim();
        if code.is_empty() {
            return Err(ApiError::new("sync-code-required"));
        }
        // Asking again with the same code after a lost answer works: the proof shows the
        // server it is the same laptop (protocol::ENROLL_RETRY_MS).
        let key = self.device_key()?;
        let request = EnrollRequest {
            code: code.to_string(),
            device: self.device_for(profile.id)?,
            device_name: device_name.to_string(),
            device_key: hex::encode(key.verifying_key().to_bytes()),
            proof: protocol::enrollment_proof(&key, code, self.device_for(profile.id)?),
        };
        let response = self
            .http()?
            .post(format!("{server}{}/enroll", protocol::V1))
            .timeout(self.sync_options.request_timeout * 3)
            .json(&request)
            .send()
            .await
            .map_err(|e| enroll_unreachable(self.transport_failed(&server, e)))?;
        if !response.status().is_success() {
            return Err(refused(&server, response).await);
        }
        let answer: EnrollResponse = response.json().await.map_err(|e| {
            ApiError::new("sync-bad-response")
                .arg("server", server.as_str())
                .arg("detail", e.to_string())
        })?;
        let enrollment = Enrollment {
            server,
            learner: answer.learner,
            name: answer.name,
            authority: answer.authority,
            token: answer.token,
            enrolled_ms: now_ms(self),
        };
        // A new enrollment starts from scratch: a different learner or server has none of
        // this laptop's events.
        self.store
            .put_sync_record(profile.id, STATE, &SyncState::default())?;
        self.store
            .put_sync_record(profile.id, ENROLLMENT, &enrollment)?;
        self.sync_wake.notify_one();
        Ok(enrollment)
    }

    /// Sync status of the current learner.
    pub fn sync_status(&self) -> Result<SyncStatus, ApiError> {
        let profile = self.current_profile()?;
        self.sync_status_of(profile.id)
    }

    pub fn sync_status_of(&self, profile: Uuid) -> Result<SyncStatus, ApiError> {
        let enrollment: Option<Enrollment> = self.store.sync_record(profile, ENROLLMENT)?;
        let state: SyncState = self.store.sync_record(profile, STATE)?.unwrap_or_default();
        let last = self.store.last_seq(profile, self.device_for(profile)?)?;
        Ok(SyncStatus {
            enrolled: enrollment.is_some(),
            server: enrollment.as_ref().map(|e| e.server.clone()),
            learner_name: enrollment.map(|e| e.name),
            syncing: self.syncing.load(Ordering::SeqCst),
            waiting: last.saturating_sub(state.acked),
            last_ok_ms: state.last_ok_ms,
            last_error: state.last_error,
            now_ms: now_ms(self),
            clock_skew_ms: state.clock_skew_ms,
        })
    }

    /// Profiles on this laptop that are enrolled.
    pub fn enrolled_profiles(&self) -> Result<Vec<Uuid>, ApiError> {
        let mut out = Vec::new();
        for p in self.store.profiles()? {
            if self
                .store
                .sync_record::<Enrollment>(p.id, ENROLLMENT)?
                .is_some()
            {
                out.push(p.id);
            }
        }
        Ok(out)
    }

    /// A handle that wakes the background sync: notified whenever an event is recorded.
    pub fn sync_wake(&self) -> Arc<tokio::sync::Notify> {
        self.sync_wake.clone()
    }
}

// ---- one sync ------------------------------------------------------------------------

impl Desk {
    /// Syncs the current learner now (the "Sync now" button).
    pub async fn sync_now(&self) -> Result<SyncReport, ApiError> {
        let profile = self.current_profile()?;
        self.sync_profile(profile.id).await
    }

    /// Syncs `profile` until the server holds every event recorded here and this laptop
    /// holds every event the server has for the learner. The outcome is saved for
    /// [`Desk::sync_status`] either way.
    pub async fn sync_profile(&self, profile: Uuid) -> Result<SyncReport, ApiError> {
        let Some(enrollment) = self.store.sync_record::<Enrollment>(profile, ENROLLMENT)? else {
            return Err(ApiError::new("sync-not-enrolled"));
        };
        let _one_at_a_time = self.sync_lock.lock().await;
        self.syncing.store(true, Ordering::SeqCst);
        let mut report = SyncReport::default();
        let result = self.sync_rounds(profile, &enrollment, &mut report).await;
        self.syncing.store(false, Ordering::SeqCst);
        let mut state: SyncState = self.store.sync_record(profile, STATE)?.unwrap_or_default();
        match &result {
            Ok(()) => {
                state.last_ok_ms = Some(now_ms(self));
                state.last_error = None;
            }
            Err(e) => state.last_error = Some(e.clone()),
        }
        self.store.put_sync_record(profile, STATE, &state)?;
        result.map(|()| report)
    }

    async fn sync_rounds(
        &self,
        profile: Uuid,
        enrollment: &Enrollment,
        report: &mut SyncReport,
    ) -> Result<(), ApiError> {
        let mut enrollment = enrollment.clone();
        // Whether this sync sent all of this identity's events again, from 1, to find
        // where its history and the server's part (see `fork`).
        let mut verified = false;
        let mut forks = 0;
        // During a pull from the beginning, every (device, seq) the server sent: at its
        // end, what we hold of other devices and the server did not send, it lacks (a
        // restore erased it) and we relay it.
        let mut full_pull: Option<std::collections::HashSet<(Uuid, u64)>> = None;
        let mut relay_queue: Vec<Event> = Vec::new();
        let mut first = true;
        loop {
            let device = self.device_for(profile)?;
            let mut state: SyncState = self.store.sync_record(profile, STATE)?.unwrap_or_default();
            if first && state.relay_pending {
                // A relay cut short: find what the server lacks again.
                state.cursor = 0;
                state.check = 0;
            }
            first = false;
            let mut outbox =
                self.store
                    .events_after(profile, device, state.acked, self.sync_options.batch)?;
            // Bounded by bytes too: long notes go in several exchanges, never in one that
            // the server must refuse as too large.
            outbox.truncate(lphm_sync::wire::fitting(&outbox, protocol::BATCH_BYTES));
            let used: usize = outbox.iter().map(wire::weight).sum();
            let room = protocol::BATCH_BYTES.saturating_sub(used);
            let relay_n = if room == 0 || relay_queue.is_empty() {
                0
            } else {
                let n = wire::fitting(&relay_queue, room);
                let fits = relay_queue[..n].iter().map(wire::weight).sum::<usize>() <= room;
                if fits {
                    n.min(self.sync_options.batch.saturating_sub(outbox.len()))
                } else {
                    0
                }
            };
            let relay: Vec<Event> = relay_queue.drain(..relay_n).collect();
            if state.cursor == 0 && full_pull.is_none() {
                full_pull = Some(Default::default());
            }
            let request = SyncRequest {
                push: Block::encode(&outbox),
                pull_after: state.cursor,
                pull_limit: self.sync_options.pull_limit,
                pull_check: state.check,
                relay: Block::encode(&relay),
            };
            report.relayed += relay.len();
            let sent_up_to = outbox.last().map(|e| e.seq);
            let response = match self.exchange(&enrollment, &request, report).await {
                // The server holds one of the events we pushed with other contents: this
                // laptop is a copy or a backup of one that synced further.
                Err(e) if e.code == "sync-device-forked" && forks < MAX_FORKS => {
                    if !verified && state.acked > 0 {
                        // What we saved as acknowledged may be another copy's events (the
                        // server was restored since, say): send everything again, from 1,
                        // so the server finds the first event that is not ours.
                        verified = true;
                        state.acked = 0;
                        self.store.put_sync_record(profile, STATE, &state)?;
                        continue;
                    }
                    // Ours up to the first event the server holds otherwise are its too.
                    let keep = e
                        .args
                        .get("seq")
                        .and_then(|s| s.as_u64())
                        .map_or(0, |seq| seq.saturating_sub(1));
                    enrollment = self.fork(profile, &enrollment, keep).await?;
                    report.forked = true;
                    forks += 1;
                    continue;
                }
                other => other?,
            };

            let pulled = response.pulled.decode(profile).map_err(|e| {
                ApiError::new("sync-bad-response")
                    .arg("server", enrollment.server.as_str())
                    .arg("detail", e.to_string())
            })?;
            // Our own events never come back; if a server sent some, they are not new.
            let pulled: Vec<Event> = pulled.into_iter().filter(|e| e.device != device).collect();
            self.observe_hlc(&pulled)?;
            report.pulled += self.store.merge_events(profile, &pulled)?;
            if response.rewound {
                full_pull = Some(Default::default());
            }
            if let Some(seen) = &mut full_pull {
                seen.extend(pulled.iter().map(|e| (e.device, e.seq)));
                if !response.more {
                    relay_queue = self
                        .store
                        .events(profile)?
                        .into_iter()
                        .filter(|e| e.device != device && e.seq > 0)
                        .filter(|e| !seen.contains(&(e.device, e.seq)))
                        .collect();
                    relay_queue.sort_by_key(|e| (e.device, e.seq));
                    full_pull = None;
                }
            }
            state.relay_pending = !relay_queue.is_empty();

            let before = (state.acked, state.cursor);
            let last = self.store.last_seq(profile, device)?;
            if response.acked > last && forks < MAX_FORKS {
                // The server holds more events of this identity than we ever made: this
                // laptop was restored from a backup, or another laptop copied from it
                // synced. Once all of ours were sent again and found the same there, take
                // a new identity and pull everything.
                if !verified && state.acked > 0 {
                    verified = true;
                    state.acked = 0;
                    self.store.put_sync_record(profile, STATE, &state)?;
                    continue;
                }
                match sent_up_to {
                    // More of ours to send and compare first.
                    Some(up) if up < last => {
                        state.acked = up;
                        self.store.put_sync_record(profile, STATE, &state)?;
                    }
                    _ => {
                        enrollment = self.fork(profile, &enrollment, last).await?;
                        report.forked = true;
                        forks += 1;
                    }
                }
                continue;
            }
            // The server's word on what it holds; it can never hold more than we made.
            state.acked = response.acked.min(last);
            state.cursor = response.cursor;
            state.check = response.check;
            report.rewound |= response.rewound && before.1 > 0;
            state.clock_skew_ms = response.server_ms - now_ms(self);
            self.store.put_sync_record(profile, STATE, &state)?;
            if let Some(up_to) = sent_up_to {
                report.pushed += up_to.min(state.acked).saturating_sub(before.0) as usize;
            }

            let more_to_push = state.acked < last || !relay_queue.is_empty();
            let progressed = (state.acked, state.cursor) != before || !relay.is_empty();
            if !response.more && !more_to_push {
                return Ok(());
            }
            if !progressed && !response.more {
                // The server did not take what we sent and has nothing more: it is missing
                // an event we cannot send. Report rather than loop.
                return Err(ApiError::new("sync-refused")
                    .arg("server", enrollment.server.as_str())
                    .arg("status", 200)
                    .arg(
                        "detail",
                        format!("the server holds events up to {} only", state.acked),
                    ));
            }
        }
    }

    /// The device id `profile` records under: the laptop's, unless the profile took its
    /// own when it found the laptop's shared with a copy or a backup.
    pub(crate) fn device_for(&self, profile: Uuid) -> Result<Uuid, ApiError> {
        Ok(self
            .store
            .sync_record(profile, DEVICE)?
            .unwrap_or(self.device))
    }

    /// Takes a new identity for `profile` on the server: this laptop is a copy of another
    /// (IT staff imaged it) or was restored from a backup, so the server holds events
    /// under its identity that are not ours. Events 1..=`keep` are the server's own copies
    /// of ours and stay; ours after `keep` are given to the new identity, numbered from 1,
    /// and sent again. The cursor goes back to 0 so that the events of the old identity we
    /// lack (those the copy or our former self synced) come back like any other laptop's.
    ///
    /// The new id is derived from the old one, `keep` and the first event that moves, so
    /// the same history forked twice (a laptop restored again to a backup from before its
    /// first fork, or two copies holding the same unsent events) takes the same new
    /// identity, numbers the same events alike, and the server finds them the same instead
    /// of storing them twice. A fork cut short (a lost answer, a power cut) goes on alike.
    async fn fork(
        &self,
        profile: Uuid,
        enrollment: &Enrollment,
        keep: u64,
    ) -> Result<Enrollment, ApiError> {
        let old = self.device_for(profile)?;
        let first = self
            .store
            .events_after(profile, old, keep, 1)?
            .into_iter()
            .next();
        let new = fork_id(old, keep, first.as_ref());
        let key = self.device_key()?;
        let request = protocol::ForkRequest {
            device: new,
            device_key: hex::encode(key.verifying_key().to_bytes()),
            proof: protocol::fork_proof(&key, old, new),
        };
        let server = &enrollment.server;
        let response = self
            .http()?
            .post(format!("{server}{}/fork", protocol::V1))
            .bearer_auth(&enrollment.token)
            .timeout(self.sync_options.request_timeout * 2)
            .json(&request)
            .send()
            .await
            .map_err(|e| self.transport_failed(server, e))?;
        if !response.status().is_success() {
            return Err(refused(server, response).await);
        }
        let answer: protocol::ForkResponse = response.json().await.map_err(|e| {
            ApiError::new("sync-bad-response")
                .arg("server", server.as_str())
                .arg("detail", e.to_string())
        })?;
        let enrollment = Enrollment {
            token: answer.token,
            ..enrollment.clone()
        };
        let json = |v: serde_json::Result<Vec<u8>>| v.map_err(lphm_store::StoreError::from);
        let records = [
            (DEVICE, json(serde_json::to_vec(&new))?),
            (ENROLLMENT, json(serde_json::to_vec(&enrollment))?),
            (STATE, json(serde_json::to_vec(&SyncState::default()))?),
        ];
        let moved = self
            .store
            .rebase_events(profile, old, keep, new, &records)?;
        eprintln!(
            "lphm: the progress on this computer was copied or restored: it continues as \
             device {new} instead of {old}; its events after {keep} ({moved}) are sent again \
             under it"
        );
        Ok(enrollment)
    }

    /// Keeps this laptop's clock for notes ahead of every note it has seen.
    fn observe_hlc(&self, events: &[Event]) -> Result<(), ApiError> {
        let seen = events
            .iter()
            .filter_map(|e| match &e.kind {
                EventKind::NoteSaved { hlc, .. } => Some(*hlc),
                _ => None,
            })
            .max();
        if let Some(seen) = seen {
            let _guard = self.hlc_lock.lock().unwrap_or_else(|e| e.into_inner());
            let last: Hlc = self
                .store
                .sync_record(Uuid::nil(), HLC)?
                .unwrap_or_default();
            if seen > last {
                self.store
                    .put_sync_record(Uuid::nil(), HLC, &Hlc::observe(last, seen))?;
            }
        }
        Ok(())
    }

    /// The next timestamp for a note saved here.
    pub(crate) fn tick_hlc(&self) -> Result<Hlc, ApiError> {
        let _guard = self.hlc_lock.lock().unwrap_or_else(|e| e.into_inner());
        let last: Hlc = self
            .store
            .sync_record(Uuid::nil(), HLC)?
            .unwrap_or_default();
        let next = Hlc::tick(last, now_ms(self));
        self.store.put_sync_record(Uuid::nil(), HLC, &next)?;
        Ok(next)
    }
}

/// The identity a fork of `old` takes, keeping its events 1..=`keep`, whose first moved
/// event is `first`: 16 bytes of SHA-256 over them, shaped as a version-8 UUID.
fn fork_id(old: Uuid, keep: u64, first: Option<&Event>) -> Uuid {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(b"lphm-fork\0");
    h.update(old.as_bytes());
    h.update(keep.to_be_bytes());
    if let Some(e) = first {
        h.update(e.at_ms.to_be_bytes());
        h.update(serde_json::to_vec(&e.kind).unwrap_or_default());
    }
    let digest = h.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes).into_uuid()
}

// ---- the background task -----------------------------------------------------------

/// When the background task runs a sync.
#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// Wait this long after an event is recorded, so a burst goes in one request.
    pub debounce: Duration,
    /// Sync at least this often while all is well (picks up other laptops' progress).
    pub period: Duration,
    /// While offline, try to open a connection to the server this often (a TCP
    /// handshake: no request, a few hundred bytes) to notice the link coming back.
    pub probe: Duration,
    /// Backoff between failed attempts: from `min_backoff`, doubling, up to `max_backoff`,
    /// with jitter.
    pub min_backoff: Duration,
    pub max_backoff: Duration,
    /// While the server cannot be reached, a sync is tried anyway at least this often (the
    /// backoff's delay when longer), whatever the probe says.
    pub offline_fallback: Duration,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        WorkerOptions {
            debounce: Duration::from_secs(5),
            period: Duration::from_secs(10 * 60),
            probe: Duration::from_secs(1),
            min_backoff: Duration::from_secs(2),
            max_backoff: Duration::from_secs(10 * 60),
            offline_fallback: Duration::from_secs(60),
        }
    }
}

/// The background sync: runs until the returned future is dropped. `on_change` is called
/// after every attempt with the profile synced, so the shell can refresh the status.
pub async fn run_worker(
    desk: Arc<Desk>,
    options: WorkerOptions,
    on_change: impl Fn(Uuid) + Send + Sync + 'static,
) {
    use backon::BackoffBuilder;
    let backoff = || {
        backon::ExponentialBuilder::default()
            .with_min_delay(options.min_backoff)
            .with_max_delay(options.max_backoff)
            .with_jitter()
            .without_max_times()
            .build()
    };
    let mut delays = backoff();
    let wake = desk.sync_wake();
    let mut next = Duration::ZERO;
    loop {
        // Wait for the timer, or for new events (then a short pause to gather a burst).
        // Right after the link came back, go at once.
        if !next.is_zero() {
            tokio::select! {
                _ = tokio::time::sleep(next) => {}
                _ = wake.notified() => tokio::time::sleep(options.debounce).await,
            }
        }
        let profiles = desk.enrolled_profiles().unwrap_or_default();
        let mut offline_server = None;
        let mut failed = false;
        for profile in profiles {
            let result = desk.sync_profile(profile).await;
            on_change(profile);
            if let Err(e) = result {
                failed = true;
                if is_transient(&e) {
                    if let Ok(Some(en)) = desk.store.sync_record::<Enrollment>(profile, ENROLLMENT)
                    {
                        offline_server = Some(en.server);
                    }
                }
            }
        }
        if !failed {
            delays = backoff();
            next = options.period;
            continue;
        }
        let delay = delays.next().unwrap_or(options.max_backoff);
        match offline_server {
            // While the server cannot be reached, knock on its port every few seconds and
            // go as soon as it answers, however long the backoff.
            // The backoff still applies, from `offline_fallback` up, in case the probe
            // cannot see the server (a proxy in between, say). New events do not end
            // the wait: they would only fail the same way.
            Some(server) => {
                next = Duration::ZERO;
                tokio::select! {
                    _ = tokio::time::sleep(delay.max(options.offline_fallback)) => {}
                    _ = wait_until_reachable(&server, options.probe) => {}
                }
            }
            None => next = delay,
        }
    }
}

/// Returns once the link to `server` comes back: a TCP connection to its host and port
/// fails and later opens. A server that accepts connections but fails requests is left
/// to the backoff, so it is not hammered. Knocks every `every` for the first two
/// minutes, then less and less often (at most every 30 s): a long outage costs few
/// packets on a metered link where the server answers refusals.
async fn wait_until_reachable(server: &str, every: Duration) {
    let Ok(url) = reqwest::Url::parse(server) else {
        return std::future::pending().await;
    };
    let Some(host) = url.host_str().map(str::to_string) else {
        return std::future::pending().await;
    };
    let port = url.port_or_known_default().unwrap_or(443);
    let started = tokio::time::Instant::now();
    let mut seen_down = false;
    loop {
        let stretch = 1 + (started.elapsed().as_secs() / 120) as u32;
        let interval = (every * stretch).min(Duration::from_secs(30).max(every));
        let attempt = tokio::time::timeout(
            interval,
            tokio::net::TcpStream::connect((host.as_str(), port)),
        )
        .await;
        match attempt {
            Ok(Ok(_)) if seen_down => return,
            Ok(Ok(_)) => tokio::time::sleep(interval).await,
            // Refused at once: wait before knocking again.
            Ok(Err(_)) => {
                seen_down = true;
                tokio::time::sleep(interval).await;
            }
            // No answer within the interval (packets lost): the wait is already done.
            Err(_) => seen_down = true,
        }
    }
}

// ---- offline bundle ------------------------------------------------------------------

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct BundleInfo {
    pub path: String,
    pub events: usize,
    pub bytes: u64,
}

impl Desk {
    /// Writes the current learner's progress that the server has not acknowledged to
    /// `path`, signed with this laptop's key, for a coordinator to import on the server
    /// (`lphm-server import-bundle`). Nothing is marked as sent: the next sync that
    /// reaches the server confirms it.
    pub fn export_bundle(&self, path: &std::path::Path) -> Result<BundleInfo, ApiError> {
        let profile = self.current_profile()?;
        let enrollment: Option<Enrollment> = self.store.sync_record(profile.id, ENROLLMENT)?;
        let state: SyncState = self
            .store
            .sync_record(profile.id, STATE)?
            .unwrap_or_default();
        let events = self.store.events_after(
            profile.id,
            self.device_for(profile.id)?,
            state.acked,
            usize::MAX,
        )?;
        if events.is_empty() {
            return Err(ApiError::new(if enrollment.is_some() {
                "bundle-nothing-to-export"
            } else {
                "bundle-nothing-recorded"
            }));
        }
        let key = self.device_key()?;
        let body = lphm_sync::bundle::BundleBody {
            learner: enrollment.as_ref().map(|e| e.learner),
            device: self.device_for(profile.id)?,
            device_key: key.verifying_key().to_bytes(),
            learner_name: profile.name.clone(),
            created_ms: now_ms(self),
            events: Block::encode(&events),
        };
        let bytes = lphm_sync::bundle::write(&body, &key);
        // Written beside the target, synced and renamed: a full disk or a power cut leaves
        // the old file or the whole new one, never half.
        let tmp = path.with_extension("lphm-progress.part");
        if let Err(e) = lphm_durable::write_file(path, &tmp, &bytes) {
            return Err(ApiError::file("bundle-write-failed", path, &e));
        }
        Ok(BundleInfo {
            path: path.display().to_string(),
            events: events.len(),
            bytes: bytes.len() as u64,
        })
    }
}
