//! Publisher keys trusted on this laptop besides the built-in LPHM key.

use serde::{Deserialize, Serialize};

use crate::{Store, StoreError};

/// An ed25519 public key an administrator chose to trust.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrustedKey {
    /// The key id (16 hex digits), as `lphm-package` computes it.
    pub id: String,
    pub name: String,
    pub key: [u8; 32],
}

impl Store {
    pub fn trusted_keys(&self) -> Result<Vec<TrustedKey>, StoreError> {
        self.trust
            .iter()
            .values()
            .map(|v| Ok(serde_json::from_slice(&v?)?))
            .collect()
    }

    pub fn add_trusted_key(&self, key: &TrustedKey) -> Result<(), StoreError> {
        self.trust
            .insert(key.id.as_bytes(), serde_json::to_vec(key)?)?;
        self.flush()?;
        Ok(())
    }

    /// Returns whether the key was there.
    pub fn remove_trusted_key(&self, id: &str) -> Result<bool, StoreError> {
        let existed = self.trust.remove(id.as_bytes())?.is_some();
        self.flush()?;
        Ok(existed)
    }
}
