//! The offline bundle: a device's unsynced progress in a file, for when no connection
//! appears at all. A coordinator imports it on the server (`lphm-server import-bundle`);
//! importing it twice changes nothing, because events are identified by `(device, seq)`.
//!
//! Layout: the line `LPHM-BUNDLE 1\n`, the device's 32-byte ed25519 public key, a
//! [`wire::pack`]ed [`BundleBody`], then the 64-byte signature of everything before it by
//! that key. The signature is checked before anything is decompressed. The server then
//! checks that the key is the one the device registered when it enrolled.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::wire::{self, Block};

pub const MAGIC: &[u8] = b"LPHM-BUNDLE 1\n";
/// Bundles are refused beyond this size (compressed).
pub const MAX_BUNDLE: usize = 64 << 20;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleBody {
    /// The learner on the server, when the profile is enrolled.
    pub learner: Option<Uuid>,
    pub device: Uuid,
    /// The device's public key, so a server that has not seen the device yet can show
    /// the coordinator which key signed it.
    pub device_key: [u8; 32],
    pub learner_name: String,
    pub created_ms: i64,
    /// The device's events, one group.
    pub events: Block,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum BundleError {
    #[error("this is not an LPHM progress file")]
    NotABundle,
    #[error("the file is too large to be a progress file")]
    TooLarge,
    #[error("the progress file is damaged: {0}")]
    Damaged(String),
    #[error("the progress file's signature does not match its contents")]
    BadSignature,
}

/// Writes `body` as a bundle signed by `key`.
pub fn write(body: &BundleBody, key: &SigningKey) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend(key.verifying_key().to_bytes());
    out.extend(wire::pack(body));
    let sig = key.sign(&out);
    out.extend(sig.to_bytes());
    out
}

/// Reads a bundle and checks that it is signed by the key it names. Whether that key
/// belongs to the device is for the caller (the server) to check.
pub fn read(bytes: &[u8]) -> Result<BundleBody, BundleError> {
    if bytes.len() > MAX_BUNDLE {
        return Err(BundleError::TooLarge);
    }
    if !bytes.starts_with(MAGIC) {
        return Err(BundleError::NotABundle);
    }
    if bytes.len() < MAGIC.len() + 32 + 64 {
        return Err(BundleError::Damaged("the file is cut short".into()));
    }
    let (signed, sig) = bytes.split_at(bytes.len() - 64);
    let key_bytes: [u8; 32] = signed[MAGIC.len()..MAGIC.len() + 32]
        .try_into()
        .map_err(|_| BundleError::BadSignature)?;
    let key = VerifyingKey::from_bytes(&key_bytes).map_err(|_| BundleError::BadSignature)?;
    let sig = Signature::from_slice(sig).map_err(|_| BundleError::BadSignature)?;
    key.verify_strict(signed, &sig)
        .map_err(|_| BundleError::BadSignature)?;
    let body: BundleBody = wire::unpack(
        &signed[MAGIC.len() + 32..],
        crate::protocol::MAX_UNPACKED * 8,
    )
    .map_err(|e| BundleError::Damaged(e.to_string()))?;
    if body.device_key != key_bytes {
        return Err(BundleError::BadSignature);
    }
    if body.events.groups.iter().any(|g| g.device != body.device) {
        return Err(BundleError::Damaged("events of another device".into()));
    }
    Ok(body)
}
