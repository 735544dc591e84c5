//! The certificates the programme issued to each profile, as they came with a sync: kept
//! for good (a course removed, a server forgotten or a revocation do not delete one; a
//! revocation only marks it).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Store, StoreError};

/// A certificate as this laptop keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptCertificate {
    pub id: Uuid,
    pub course: String,
    /// The signed credential, exactly as issued.
    pub jwt: String,
    /// The issuer's public key file, as the server gave it with the certificate.
    pub key: String,
    /// The server said a coordinator revoked it.
    pub revoked: bool,
    pub received_ms: i64,
}

fn key(profile: Uuid, id: Uuid) -> Vec<u8> {
    [profile.as_bytes().as_slice(), id.as_bytes()].concat()
}

impl Store {
    /// Keeps `cert` for `profile` and flushes. One already kept stays as it was received,
    /// except that a revocation is recorded; returns whether anything changed.
    pub fn keep_certificate(
        &self,
        profile: Uuid,
        cert: &KeptCertificate,
    ) -> Result<bool, StoreError> {
        let k = key(profile, cert.id);
        let kept = match self.certificates.get(&k)? {
            None => cert.clone(),
            Some(old) => {
                let mut old: KeptCertificate = serde_json::from_slice(&old)?;
                if old.revoked || !cert.revoked {
                    return Ok(false);
                }
                old.revoked = true;
                old
            }
        };
        self.certificates.insert(k, serde_json::to_vec(&kept)?)?;
        self.flush()?;
        Ok(true)
    }

    /// `profile`'s certificates, in the order they were received.
    pub fn certificates(&self, profile: Uuid) -> Result<Vec<KeptCertificate>, StoreError> {
        let mut all = self
            .certificates
            .scan_prefix(profile.as_bytes())
            .map(|r| Ok(serde_json::from_slice::<KeptCertificate>(&r?.1)?))
            .collect::<Result<Vec<_>, StoreError>>()?;
        all.sort_by_key(|c| (c.received_ms, c.id));
        Ok(all)
    }
}
