//! The sync protocol, version 1. Every endpoint lives under `/v1/`; a server that does not
//! know a version answers 404 with the code `sync-version-unknown`.
//!
//! | method and path | body | answer |
//! | --- | --- | --- |
//! | `POST /v1/enroll` | JSON [`EnrollRequest`] | JSON [`EnrollResponse`] |
//! | `POST /v1/sync` | [`wire::pack`](crate::wire::pack)ed [`SyncRequest`] | packed [`SyncResponse`] |
//! | `POST /v1/fork` | JSON [`ForkRequest`] | JSON [`ForkResponse`] |
//! | `GET /v1/catalogue` | | JSON [`Catalogue`] |
//! | `GET /v1/packages/{file}` | | the package file; honours `Range` |
//!
//! All but `enroll` need `Authorization: Bearer <device token>`. Errors are JSON
//! [`ErrorBody`] with a 4xx or 5xx status. The full description is in
//! `docs/sync-protocol.md`.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::wire::Block;

/// The courses built into every copy of the app, which a server knows without offering
/// them in its catalogue.
pub const BUILTIN_COURSES: &[&str] = &["perceptions-communication-media", "starter-communication"];

/// The path prefix of this version.
pub const V1: &str = "/v1";
/// The media type of packed bodies.
pub const PACKED: &str = "application/vnd.lphm.sync+postcard";

/// At most this many compressed bytes in a sync request body.
pub const MAX_BODY: usize = 1 << 20;
/// At most this many bytes once decompressed.
pub const MAX_UNPACKED: usize = 8 << 20;
/// At most this many events in one push.
pub const MAX_PUSH_EVENTS: usize = 5_000;
/// The most events one pull answer carries; the client asks again while `more`.
pub const MAX_PULL_EVENTS: u32 = 5_000;
/// At most about this many bytes of events in one push or one pull answer, before
/// compression (see [`crate::wire::weight`]), whatever their count: a learner's long notes
/// then travel in several exchanges instead of making every one too large. Well below
/// [`MAX_BODY`] and [`MAX_UNPACKED`] even when notes do not compress at all.
pub const BATCH_BYTES: usize = 512 * 1024;
/// Longest note text, in bytes, and longest id string.
pub const MAX_TEXT: usize = 64 * 1024;
pub const MAX_ID: usize = 200;
/// Most devices one clearing of a course may name (a learner has a few laptops).
pub const MAX_CLEARED_DEVICES: usize = 1_000;

/// One exchange: the client sends what the server has not acknowledged, and receives
/// what other devices of the same learner recorded since its cursor. One round trip does
/// both, which matters on a 600 ms link.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncRequest {
    /// Events of the calling device only, in one group (or none).
    pub push: Block,
    /// The `cursor` of the last answer this device applied (0 at first).
    pub pull_after: u64,
    /// How many events the client wants at most in this answer.
    pub pull_limit: u32,
    /// The `check` that came with `pull_after` (0 at first). When the server's history up
    /// to `pull_after` is no longer the one this check stands for (it was restored from a
    /// backup and gave the same numbers to other events), it pulls from the beginning.
    pub pull_check: u64,
    /// Events of the learner's *other* devices that this laptop holds and the server
    /// lacks (it found out by a pull from the beginning): after a server restore, what
    /// only the laptops still had goes back. Each stored unless the server holds that
    /// `(device, seq)` already; events of devices not registered are left out.
    pub relay: Block,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncResponse {
    /// The server holds every event of the calling device numbered 1..=`acked`.
    pub acked: u64,
    /// Events of the learner's other devices after `pull_after`.
    pub pulled: Block,
    /// Where the next pull starts.
    pub cursor: u64,
    /// More events are waiting beyond `cursor`.
    pub more: bool,
    /// The server's clock, so the client can tell the learner when a laptop's clock is off.
    pub server_ms: i64,
    /// The check of the server's history up to `cursor`, to send back as `pull_check`.
    pub check: u64,
    /// `pull_after` did not match the server's history, so `pulled` starts from the
    /// beginning: the server was restored from a backup.
    pub rewound: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollRequest {
    /// The one-time code a coordinator gave the learner, e.g. `K7QM-3XWA-PD`.
    pub code: String,
    pub device: Uuid,
    /// A name for the laptop in the coordinator's reports, e.g. the computer's host name.
    pub device_name: String,
    /// The device's ed25519 public key (hex), which signs its offline bundles.
    pub device_key: String,
    /// [`enrollment_proof`]: the device key's signature (hex) over the code and the device.
    /// It lets the same laptop ask again with the same code when the answer was lost
    /// ([`ENROLL_RETRY_MS`]); a request without it can only redeem an unused code.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub proof: String,
}

/// How long after a code was redeemed the same laptop may redeem it again, proving with
/// its device key that it is the laptop that redeemed it: an answer lost to a cut
/// connection or a power cut then does not burn the code. The earlier token is revoked.
pub const ENROLL_RETRY_MS: i64 = 24 * 60 * 60 * 1000;

/// Characters in an enrollment code, without the dashes.
pub const CODE_LEN: usize = 12;
/// Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or copied by hand
/// survives.
pub const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A code as typed, reduced to its 12 characters: upper case, spaces and dashes dropped,
/// and the letters Crockford's alphabet leaves out read as the digits they look like.
/// `None` when it cannot be a code.
pub fn normalise_code(typed: &str) -> Option<String> {
    let mut out = String::with_capacity(CODE_LEN);
    for c in typed.chars() {
        let c = match c.to_ascii_uppercase() {
            ' ' | '-' | '\t' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        if !c.is_ascii() || !CODE_ALPHABET.contains(&(c as u8)) {
            return None;
        }
        out.push(c);
    }
    (out.len() == CODE_LEN).then_some(out)
}

/// What [`EnrollRequest::proof`] signs: the normalised code and the device.
fn proof_message(code: &str, device: Uuid) -> Vec<u8> {
    let mut m = b"lphm-enroll-v1\0".to_vec();
    m.extend_from_slice(normalise_code(code).unwrap_or_default().as_bytes());
    m.push(0);
    m.extend_from_slice(device.as_bytes());
    m
}

/// The device key's signature over `message`, in hex: what the proofs carry.
fn sign(key: &ed25519_dalek::SigningKey, message: &[u8]) -> String {
    use ed25519_dalek::Signer;
    hex::encode(key.sign(message).to_bytes())
}

/// Whether `proof` (hex) is the signature of `key` over `message`.
fn signed(key: &[u8; 32], message: &[u8], proof: &str) -> bool {
    let Ok(key) = ed25519_dalek::VerifyingKey::from_bytes(key) else {
        return false;
    };
    hex::decode(proof.trim())
        .ok()
        .and_then(|b| ed25519_dalek::Signature::from_slice(&b).ok())
        .is_some_and(|sig| key.verify_strict(message, &sig).is_ok())
}

/// The proof a laptop sends with `code`, signed by its device key.
pub fn enrollment_proof(key: &ed25519_dalek::SigningKey, code: &str, device: Uuid) -> String {
    sign(key, &proof_message(code, device))
}

/// Whether `proof` is the signature of `key` over `code` and `device`.
pub fn proof_holds(key: &[u8; 32], code: &str, device: Uuid, proof: &str) -> bool {
    signed(key, &proof_message(code, device), proof)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollResponse {
    pub learner: Uuid,
    pub name: String,
    pub authority: String,
    /// The device token; the server keeps only its hash.
    pub token: String,
    /// Which of a course's two parallel test forms this learner takes as pre-test (0: the
    /// first listed, 1: the second), chosen by the server when the learner first enrolls so
    /// that each cohort is balanced, and the same for every laptop of the learner. Absent
    /// from older servers: the laptop then uses `lphm_progress::first_form_by_hash`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_form: Option<u8>,
}

/// A laptop that found its identity shared (restored from a backup, or copied to another
/// laptop) asks for a new one: `POST /v1/fork` with its current token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForkRequest {
    /// The new device id, chosen by the laptop (asking again after a lost answer reuses it).
    pub device: Uuid,
    /// The device key (hex), the one registered for the current identity.
    pub device_key: String,
    /// [`fork_proof`]: the key's signature over the old and the new device id.
    pub proof: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForkResponse {
    /// The token of the new identity; the old token stays with the old one.
    pub token: String,
}

fn fork_message(old: Uuid, new: Uuid) -> Vec<u8> {
    [b"lphm-fork-v1\0".as_slice(), old.as_bytes(), new.as_bytes()].concat()
}

/// The proof a laptop sends with a [`ForkRequest`], signed by its device key.
pub fn fork_proof(key: &ed25519_dalek::SigningKey, old: Uuid, new: Uuid) -> String {
    sign(key, &fork_message(old, new))
}

/// Whether `proof` is the signature of `key` over `old` and `new`.
pub fn fork_proof_holds(key: &[u8; 32], old: Uuid, new: Uuid, proof: &str) -> bool {
    signed(key, &fork_message(old, new), proof)
}

/// The packages a server offers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    pub packages: Vec<CatalogueEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueEntry {
    pub course: String,
    pub version: u32,
    /// Course titles by language.
    pub title: std::collections::BTreeMap<String, String>,
    /// The file name under `/v1/packages/`.
    pub file: String,
    pub size: u64,
    /// Hex SHA-256 of the whole package file.
    pub sha256: String,
}

/// What a failing endpoint answers. `code` names the error for the client's translations.
/// `GET /v1/certificates` (JSON): the certificates the programme issued to the caller's
/// learner, and the public key they are signed with. Empty when the server issues none.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificates {
    /// The issuer's public key file (`lphm_package::PublicKey::to_file`); `None` when the
    /// server has no certificate key.
    pub key: Option<String>,
    pub certificates: Vec<IssuedCertificate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedCertificate {
    pub id: Uuid,
    pub course: String,
    /// The signed credential (Open Badges 3.0, a JWT signed with EdDSA).
    pub jwt: String,
    /// Revoked by a coordinator: it no longer counts.
    pub revoked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub code: String,
    /// An English detail for logs and administrators.
    pub detail: String,
    /// The number of the event refused, when the refusal is about one
    /// (`sync-device-forked`: the first event the server holds with other contents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seq: Option<u64>,
}

/// The error codes the server sends.
pub mod codes {
    pub const VERSION_UNKNOWN: &str = "sync-version-unknown";
    pub const TOKEN_MISSING: &str = "sync-token-missing";
    pub const TOKEN_REFUSED: &str = "sync-token-refused";
    pub const CODE_INVALID: &str = "sync-code-invalid";
    pub const CODE_USED: &str = "sync-code-used";
    pub const CODE_EXPIRED: &str = "sync-code-expired";
    pub const BODY_TOO_LARGE: &str = "sync-body-too-large";
    pub const BODY_MALFORMED: &str = "sync-body-malformed";
    pub const WRONG_DEVICE: &str = "sync-wrong-device";
    pub const TOO_MANY_EVENTS: &str = "sync-too-many-events";
    pub const NOT_FOUND: &str = "sync-not-found";
    /// An event no app could have recorded (`lphm_progress::EventKind::implausible`).
    pub const VALUE_INVALID: &str = "sync-value-invalid";
    /// Too many enrollment attempts from one address, or from all, in a short time; the
    /// answer's `Retry-After` says how many seconds to wait.
    pub const TOO_MANY_ATTEMPTS: &str = "sync-too-many-attempts";
    /// A pushed event's `(device, seq)` is on the server with other contents: the laptop
    /// was restored from a backup or copied, and must take a new identity (`/v1/fork`).
    pub const DEVICE_FORKED: &str = "sync-device-forked";
    /// A fork the server cannot make: a wrong key or proof, or a device id in use.
    pub const FORK_REFUSED: &str = "sync-fork-refused";
    /// The programme erased the learner's personal data on the server (at their request or
    /// by its own decision): every request of their laptops, and their old codes, are
    /// refused for good (HTTP 410 Gone). The laptop keeps its progress; a coordinator can
    /// give a new code, which enrolls it as a new learner.
    pub const LEARNER_ERASED: &str = "learner-erased";
    pub const SERVER: &str = "sync-server-error";
}
