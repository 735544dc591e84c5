//! Publisher keys: ed25519 (`ed25519-dalek`), stored as small JSON files.
//!
//! A key is known by its id: the first 8 bytes of the sha256 of the public key, in hex.
//! Secret key files hold the 32-byte seed; whoever has it can publish courses that every
//! laptop trusting the key will accept, so it never leaves the publisher's machine.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::PackageError;

/// A public key a laptop may trust, with the publisher's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicKey {
    pub name: String,
    key: VerifyingKey,
}

/// A publisher's signing key.
pub struct SecretKey {
    pub name: String,
    key: SigningKey,
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the seed.
        f.debug_struct("SecretKey")
            .field("name", &self.name)
            .field("id", &self.public().id())
            .finish()
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PublicFile {
    lphm_public_key: u32,
    name: String,
    key: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SecretFile {
    lphm_secret_key: u32,
    name: String,
    seed: String,
}

fn bad(detail: impl Into<String>) -> PackageError {
    PackageError::BadKey {
        detail: detail.into(),
    }
}

fn decode32(b64: &str) -> Result<[u8; 32], PackageError> {
    let bytes = B64.decode(b64.trim()).map_err(|e| bad(e.to_string()))?;
    <[u8; 32]>::try_from(bytes.as_slice()).map_err(|_| bad("a key is 32 bytes"))
}

impl PublicKey {
    /// The key id: 16 hex digits.
    pub fn id(&self) -> String {
        key_id(self.key.as_bytes())
    }

    pub fn bytes(&self) -> [u8; 32] {
        self.key.to_bytes()
    }

    pub fn from_bytes(name: &str, bytes: &[u8; 32]) -> Result<PublicKey, PackageError> {
        Ok(PublicKey {
            name: name.into(),
            key: VerifyingKey::from_bytes(bytes).map_err(|e| bad(e.to_string()))?,
        })
    }

    /// Parses a public key file (`lphm keygen` writes them).
    pub fn parse(text: &str) -> Result<PublicKey, PackageError> {
        let file: PublicFile = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
        if file.lphm_public_key != 1 {
            return Err(bad("unknown public key file version"));
        }
        PublicKey::from_bytes(&file.name, &decode32(&file.key)?)
    }

    pub fn to_file(&self) -> String {
        let file = PublicFile {
            lphm_public_key: 1,
            name: self.name.clone(),
            key: B64.encode(self.key.as_bytes()),
        };
        serde_json::to_string_pretty(&file).expect("serializable") + "\n"
    }

    /// Checks `signature` over `message` (strict ed25519: no malleable signatures).
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), PackageError> {
        let sig = Signature::from_slice(signature).map_err(|_| PackageError::BadSignature)?;
        self.key
            .verify_strict(message, &sig)
            .map_err(|_| PackageError::BadSignature)
    }
}

impl SecretKey {
    /// A key from 32 random bytes; the caller supplies the randomness (a CSPRNG).
    pub fn from_seed(name: &str, seed: [u8; 32]) -> SecretKey {
        SecretKey {
            name: name.into(),
            key: SigningKey::from_bytes(&seed),
        }
    }

    pub fn public(&self) -> PublicKey {
        PublicKey {
            name: self.name.clone(),
            key: self.key.verifying_key(),
        }
    }

    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }

    pub fn parse(text: &str) -> Result<SecretKey, PackageError> {
        let file: SecretFile = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
        if file.lphm_secret_key != 1 {
            return Err(bad("unknown secret key file version"));
        }
        Ok(SecretKey::from_seed(&file.name, decode32(&file.seed)?))
    }

    pub fn to_file(&self) -> String {
        let file = SecretFile {
            lphm_secret_key: 1,
            name: self.name.clone(),
            seed: B64.encode(self.key.to_bytes()),
        };
        serde_json::to_string_pretty(&file).expect("serializable") + "\n"
    }
}

/// The key the built-in courses are packed with when the app is built (`lphm-desk`'s
/// build script). Its seed is no secret: it is this constant, so anyone can sign with it
/// and a signature by it proves nothing. A laptop accepts a package it signed only when
/// the package's manifest hash is one of those compiled into the app: the built-in courses
/// are trusted because they are inside the app, and editing one needs no secret.
pub fn builtin_key() -> SecretKey {
    let seed: [u8; 32] =
        Sha256::digest(b"LPHM built-in courses: packed with the app, no secret").into();
    SecretKey::from_seed("LPHM built-in courses", seed)
}

/// The id of a raw public key.
pub fn key_id(public: &[u8; 32]) -> String {
    hex::encode(&Sha256::digest(public)[..8])
}
