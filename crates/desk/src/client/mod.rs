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

use crate::{ApiError, Desk, ErrorKind};

mod enrollment;
mod exchange;
mod export;
mod http;
mod plan;
mod worker;

pub use enrollment::{Consent, CONSENT_STATEMENT, CONSENT_VERSION};
pub use export::BundleInfo;
pub use http::normalise_server;
pub(crate) use http::refused;
pub use worker::{run_worker, WorkerOptions};

/// Record names in the store's `sync` tree.
const ENROLLMENT: &str = "enrollment";
const STATE: &str = "state";
const DEVICE_KEY: &str = "device-key";
const HLC: &str = "hlc";
/// The device id a profile records under, once it took its own (see [`Desk::fork`]).
const DEVICE: &str = "device";

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
    /// What the learner agreed to before this enrollment; `None` for enrollments made
    /// before the app asked.
    #[serde(default)]
    pub consent: Option<Consent>,
    /// Which of a course's two parallel test forms the server gave this learner as
    /// pre-test (0 or 1), so a cohort is balanced; `None` when it gave none, or for
    /// enrollments kept before the server said (the form then comes from a hash of the
    /// learner's id on the server).
    #[serde(default)]
    pub first_form: Option<u8>,
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
        ApiError::from(ErrorKind::SyncCertificateInvalid {
            detail: format!("{}: {e}", std::path::Path::new(&path).display()),
        })
    })?;
    // Parse now, so a wrong file is reported at start rather than at the first sync.
    reqwest::Certificate::from_pem(&pem).map_err(|e| {
        ApiError::from(ErrorKind::SyncCertificateInvalid {
            detail: e.to_string(),
        })
    })?;
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
    /// What the learner agreed to when enrolling (`None` when not enrolled, or enrolled
    /// before the app asked).
    pub consent: Option<Consent>,
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
        e.kind,
        ErrorKind::SyncOffline { .. }
            | ErrorKind::SyncTimeout { .. }
            | ErrorKind::SyncServerError { .. }
            | ErrorKind::SyncBadResponse { .. }
    )
}

/// Whether a failure stops the background sync of the profile until a person acts: the
/// programme erased the learner on the server (`learner-erased`), so trying again can only
/// be refused again. A new code (enrolling again) starts it anew; "Sync now" still tries.
pub fn stops_sync(e: &ApiError) -> bool {
    matches!(e.kind, ErrorKind::LearnerErased { .. })
}

fn now_ms(desk: &Desk) -> i64 {
    desk.clock.now_ms()
}
