//! Progress to a signed file, for a laptop that never gets a connection.

use super::*;

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
            return Err(ApiError::from(if enrollment.is_some() {
                ErrorKind::BundleNothingToExport {}
            } else {
                ErrorKind::BundleNothingRecorded {}
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
            return Err(ApiError::file(
                |path, detail| ErrorKind::BundleWriteFailed { path, detail },
                path,
                &e,
            ));
        }
        Ok(BundleInfo {
            path: path.display().to_string(),
            events: events.len(),
            bytes: bytes.len() as u64,
        })
    }
}
