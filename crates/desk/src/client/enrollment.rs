//! Linking a learner to a server with a one-time code, the laptop's signing key, and
//! the status the window shows.

use super::*;

/// The version of the statement of what is sent and who sees it (`consent-*` messages in
/// `locales/<lang>/consent.ftl`), which a learner agrees to before enrolling. Raise it when
/// the facts the statement gives change (what is sent, or who sees it): a window or a tool
/// that shows an older text then cannot enroll, and the agreement kept says which text
/// was read.
pub const CONSENT_VERSION: u32 = 2;

/// The statement as message ids, in the order it is shown: each section's heading, then its
/// paragraphs (the title is `consent-title`). The window (through the generated contract)
/// and `lphm sync enroll` both show it from this list.
pub const CONSENT_STATEMENT: &[(&str, &[&str])] = &[
    (
        "consent-sent-title",
        &[
            "consent-sent-progress",
            "consent-sent-evaluation",
            "consent-sent-notes",
            "consent-sent-computer",
        ],
    ),
    ("consent-not-sent-title", &["consent-not-sent"]),
    ("consent-who-title", &["consent-who", "consent-rights"]),
];

/// The learner's agreement to the statement, kept with the enrollment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Consent {
    /// The [`CONSENT_VERSION`] of the statement agreed to.
    pub version: u32,
    /// When (the desk's clock, at enrollment).
    pub agreed_ms: i64,
}

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

    /// `profile`'s enrollment, if any.
    pub(crate) fn enrollment_of(&self, profile: Uuid) -> Result<Option<Enrollment>, ApiError> {
        Ok(self.store.sync_record(profile, ENROLLMENT)?)
    }

    /// Links the current profile to a learner on `server` with a one-time `code` from a
    /// coordinator. Progress recorded before enrolling is sent at the next sync.
    ///
    /// `agreed` is the [`CONSENT_VERSION`] of the statement the learner read and agreed to:
    /// without the current one, nothing is sent and the answer is `consent-needed` (checked
    /// after the address and the code, the order the form shows them in). The agreement
    /// and its date are kept with the enrollment.
    pub async fn enroll(
        &self,
        server: &str,
        code: &str,
        device_name: &str,
        agreed: Option<u32>,
    ) -> Result<Enrollment, ApiError> {
        let profile = self.current_profile()?;
        let server = normalise_server(server)?;
        let code = code.trim();
        if code.is_empty() {
            return Err(ApiError::from(ErrorKind::SyncCodeRequired {}));
        }
        if agreed != Some(CONSENT_VERSION) {
            return Err(ApiError::from(ErrorKind::ConsentNeeded {}));
        }
        let consent = Consent {
            version: CONSENT_VERSION,
            agreed_ms: now_ms(self),
        };
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
            ApiError::from(ErrorKind::SyncBadResponse {
                server: server.to_string(),
            })
            .detail(e)
        })?;
        let enrollment = Enrollment {
            server,
            learner: answer.learner,
            name: answer.name,
            authority: answer.authority,
            token: answer.token,
            enrolled_ms: now_ms(self),
            consent: Some(consent),
            first_form: answer.first_form,
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
            consent: enrollment.as_ref().and_then(|e| e.consent),
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

    /// The enrolled profiles the background sync works for: those whose last sync did not
    /// fail in a way only a person can resolve ([`super::stops_sync`]).
    pub fn profiles_to_sync(&self) -> Result<Vec<Uuid>, ApiError> {
        let mut out = Vec::new();
        for p in self.enrolled_profiles()? {
            let state: SyncState = self.store.sync_record(p, STATE)?.unwrap_or_default();
            if !state.last_error.as_ref().is_some_and(super::stops_sync) {
                out.push(p);
            }
        }
        Ok(out)
    }

    /// A handle that wakes the background sync: notified whenever an event is recorded.
    pub fn sync_wake(&self) -> Arc<tokio::sync::Notify> {
        self.sync_wake.clone()
    }
}

/// A learner who is not connected yet has no progress "waiting to be sent": an
/// unreachable server while enrolling says only that, and what to try.
fn enroll_unreachable(e: ApiError) -> ApiError {
    match e.kind {
        ErrorKind::SyncOffline { server } | ErrorKind::SyncTimeout { server } => ApiError {
            kind: ErrorKind::EnrollOffline { server },
            ..e
        },
        _ => e,
    }
}
