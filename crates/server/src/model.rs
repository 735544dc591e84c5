//! The server's records and the secrets it hands out: learners, devices, one-time
//! enrollment codes and device tokens. Codes and tokens are stored only as SHA-256 hashes,
//! so a copy of the database does not let anyone enroll or sync.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use lphm_progress::Event;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// A learner the server keeps progress for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Learner {
    pub id: Uuid,
    pub name: String,
    /// Who the learner belongs to, e.g. the ministry or school that enrolled them.
    pub authority: String,
    pub created_ms: i64,
    /// When the learner's personal data was erased (`lphm-server learner erase`, or the
    /// dashboard): the record stays as a tombstone with an empty name and authority, and
    /// the learner's laptops are refused with `learner-erased`.
    #[serde(default)]
    pub erased_ms: Option<i64>,
    /// Why, as the administrator wrote it (the learner's request, a decision of the
    /// programme).
    #[serde(default)]
    pub erased_reason: Option<String>,
    /// Which of a course's two parallel test forms (0 or 1, the position in
    /// `pre_post.forms`) the learner takes as pre-test: chosen when they first enroll
    /// ([`balanced_form`]) and never changed, so every laptop of theirs agrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_form: Option<u8>,
}

/// The first form for a learner who enrolls now, given how many of the learners sharing a
/// cohort with them already have form 0 and form 1 (`counts`): the rarer, so each cohort
/// stays balanced; on a tie (also when they are in no cohort) the hash of their id, as a
/// laptop that never enrolled would compute it.
pub fn balanced_form(learner: Uuid, counts: [usize; 2]) -> u8 {
    use std::cmp::Ordering;
    match counts[0].cmp(&counts[1]) {
        Ordering::Less => 0,
        Ordering::Greater => 1,
        Ordering::Equal => lphm_progress::first_form_by_hash(learner),
    }
}

/// One laptop registered for one learner (a laptop with two enrolled profiles is two
/// devices: events are numbered per profile and device).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub learner: Uuid,
    pub device: Uuid,
    pub name: String,
    /// The ed25519 public key that signs the device's offline bundles.
    pub key: [u8; 32],
    pub created_ms: i64,
    pub revoked: bool,
    pub last_sync_ms: Option<i64>,
    /// The server holds every event of this device numbered 1..=`acked`.
    pub acked: u64,
    /// The registration this one was split from: a laptop restored from a backup or
    /// copied, that took a new identity (`POST /v1/fork`).
    #[serde(default)]
    pub forked_from: Option<Uuid>,
}

/// What enrolling a device with a code stores, all hashes computed by the caller.
#[derive(Clone, Debug)]
pub struct Enrollment {
    pub code_hash: [u8; 32],
    pub device: Uuid,
    pub device_name: String,
    pub device_key: [u8; 32],
    pub token_hash: [u8; 32],
    /// The request proved it comes from the holder of `device_key` (see
    /// `lphm_sync::protocol::enrollment_proof`): it may redeem again a code this device
    /// redeemed less than `ENROLL_RETRY_MS` ago.
    pub proven: bool,
}

/// Whether an enrollment may redeem again a code that `used_by` redeemed at `used_ms`:
/// the same device, proven by its key, within `ENROLL_RETRY_MS`. (The backend also checks
/// that the device is still registered with that key and not revoked.)
pub fn may_redeem_again(e: &Enrollment, used_by: Option<Uuid>, used_ms: i64, now_ms: i64) -> bool {
    e.proven
        && used_by == Some(e.device)
        && (used_ms..=used_ms.saturating_add(lphm_sync::protocol::ENROLL_RETRY_MS))
            .contains(&now_ms)
}

/// The outcome of storing a batch of events.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ingested {
    /// Events stored now.
    pub new: usize,
    /// Events the server already held (same device and number), ignored.
    pub existing: usize,
}

/// One page of a learner's events for a device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pulled {
    pub events: Vec<Event>,
    /// Where the next pull starts.
    pub cursor: u64,
    /// The history check at `cursor`, to send back with it.
    pub check: u64,
    pub more: bool,
    /// The cursor sent did not match this server's history, so this pull started from
    /// the beginning.
    pub rewound: bool,
}

/// Where the server reads the time: the real clock, or one a test moves by hand
/// (`lphm_test_support::TestClock`).
pub use lphm_progress::{Clock, SystemClock};

pub use lphm_sync::protocol::{normalise_code, CODE_ALPHABET as ALPHABET, CODE_LEN};

/// How long a new code stays valid unless the coordinator says otherwise.
pub const CODE_DAYS: u32 = 14;
pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// A new random enrollment code, e.g. `K7QM-3XWA-PD9R` (60 bits).
pub fn new_code() -> String {
    let mut bytes = [0u8; CODE_LEN];
    rand::rng().fill_bytes(&mut bytes);
    // 32 divides 256, so masking keeps every character equally likely.
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[(b & 31) as usize] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// SHA-256 of a secret: what the server stores instead of it.
pub fn hash_secret(secret: &str) -> [u8; 32] {
    Sha256::digest(secret.as_bytes()).into()
}

/// A new device token (32 random bytes, base64url) and its hash.
pub fn new_token() -> (String, [u8; 32]) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash_secret(&token);
    (token, hash)
}

/// A certificate the programme issued: a learner completed a course (every lesson done,
/// every quiz passed, as their synced events show). `jwt` is the signed credential
/// (`lphm_certificate`); one per learner and course.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateRecord {
    pub id: Uuid,
    pub learner: Uuid,
    pub course: String,
    pub jwt: String,
    pub issued_ms: i64,
    /// Set when a coordinator revoked it; the credential then no longer counts.
    pub revoked_ms: Option<i64>,
    pub revoked_reason: Option<String>,
}
