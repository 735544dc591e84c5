//! Storage: one [`Backend`] with two implementations that behave identically, sled for a
//! server that needs no setup and PostgreSQL for a larger deployment. Calls dispatch with a
//! `match`; the tests run every behaviour against both.
//!
//! The ordering rule both keep: each learner's events get `server_seq` 1, 2, 3… in the
//! order their ingests commit, so a pull that has seen `server_seq` n never later finds
//! an event numbered n or below that it did not see.

mod postgres;
mod sled;

use std::path::PathBuf;

use lphm_progress::Event;
use uuid::Uuid;

pub use self::postgres::PgBackend;
pub use self::sled::SledBackend;
use crate::accounts::{Account, AuditEntry, Session};
use crate::cohorts::{Cohort, Participant};
use crate::digest::Digest;
use crate::model::{CertificateRecord, Device, Enrollment, Ingested, Learner, Pulled};
use crate::privacy::{Erased, LearnerData};
use crate::StoreError;

/// Where the server keeps its data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackendConfig {
    /// A sled database in this folder (created when missing).
    Sled { dir: PathBuf },
    /// A PostgreSQL database, e.g. `postgres://lphm@localhost/lphm`.
    Postgres { url: String },
}

/// The server's storage. Cloning is cheap and shares the same database.
#[derive(Clone, Debug)]
pub enum Backend {
    Sled(SledBackend),
    Postgres(PgBackend),
}

macro_rules! dispatch {
    ($self:ident, $b:ident => $call:expr) => {
        match $self {
            Backend::Sled($b) => $call,
            Backend::Postgres($b) => $call,
        }
    };
}

impl Backend {
    /// Opens (and on first use creates) the storage.
    pub async fn open(config: &BackendConfig) -> Result<Backend, StoreError> {
        Ok(match config {
            BackendConfig::Sled { dir } => Backend::Sled(SledBackend::open(dir.clone()).await?),
            BackendConfig::Postgres { url } => Backend::Postgres(PgBackend::connect(url).await?),
        })
    }

    /// Stores a certificate unless the learner already has one for that course; returns
    /// the one kept.
    pub async fn add_certificate(
        &self,
        cert: CertificateRecord,
    ) -> Result<CertificateRecord, StoreError> {
        dispatch!(self, b => b.add_certificate(cert).await)
    }

    /// Adds a dashboard account; refused when its login is taken.
    pub async fn add_account(&self, account: Account) -> Result<(), StoreError> {
        dispatch!(self, b => b.add_account(account).await)
    }

    pub async fn account(&self, id: Uuid) -> Result<Option<Account>, StoreError> {
        dispatch!(self, b => b.account(id).await)
    }

    /// The account with this login (already normalised).
    pub async fn account_by_login(&self, login: &str) -> Result<Option<Account>, StoreError> {
        dispatch!(self, b => b.account_by_login(login.to_string()).await)
    }

    pub async fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        dispatch!(self, b => b.accounts().await)
    }

    pub async fn add_session(&self, session: Session) -> Result<(), StoreError> {
        dispatch!(self, b => b.add_session(session).await)
    }

    /// The unexpired session with this token hash.
    pub async fn session(
        &self,
        token_hash: [u8; 32],
        now_ms: i64,
    ) -> Result<Option<Session>, StoreError> {
        dispatch!(self, b => b.session(token_hash, now_ms).await)
    }

    pub async fn end_session(&self, token_hash: [u8; 32]) -> Result<(), StoreError> {
        dispatch!(self, b => b.end_session(token_hash).await)
    }

    /// Appends to the audit log.
    pub async fn audit(&self, entry: AuditEntry) -> Result<(), StoreError> {
        dispatch!(self, b => b.audit(entry).await)
    }

    /// The latest `limit` audit entries, newest first.
    pub async fn audit_log(&self, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        dispatch!(self, b => b.audit_log(limit).await)
    }

    /// Adds a cohort, or updates the one with the same id.
    pub async fn add_cohort(&self, cohort: Cohort) -> Result<(), StoreError> {
        dispatch!(self, b => b.add_cohort(cohort).await)
    }

    pub async fn cohort(&self, id: Uuid) -> Result<Option<Cohort>, StoreError> {
        dispatch!(self, b => b.cohort(id).await)
    }

    /// Every cohort, newest first.
    pub async fn cohorts(&self) -> Result<Vec<Cohort>, StoreError> {
        dispatch!(self, b => b.cohorts().await)
    }

    /// Puts a learner in a cohort (or updates their city and country there).
    pub async fn add_participant(&self, participant: Participant) -> Result<(), StoreError> {
        self.refuse_erased(participant.learner).await?;
        dispatch!(self, b => b.add_participant(participant).await)
    }

    pub async fn participants(&self, cohort: Uuid) -> Result<Vec<Participant>, StoreError> {
        dispatch!(self, b => b.participants(cohort).await)
    }

    /// Gives a cohort to an account: a coordinator sees it from then on.
    pub async fn give_cohort(&self, cohort: Uuid, account: Uuid) -> Result<(), StoreError> {
        dispatch!(self, b => b.give_cohort(cohort, account).await)
    }

    /// The cohorts given to an account.
    pub async fn cohorts_given(&self, account: Uuid) -> Result<Vec<Uuid>, StoreError> {
        dispatch!(self, b => b.cohorts_given(account).await)
    }

    /// Each learner's last `server_seq`: what changed since a previous look.
    pub async fn learner_seqs(&self) -> Result<Vec<(Uuid, u64)>, StoreError> {
        dispatch!(self, b => b.learner_seqs().await)
    }

    pub async fn certificate(&self, id: Uuid) -> Result<Option<CertificateRecord>, StoreError> {
        dispatch!(self, b => b.certificate(id).await)
    }

    /// Every certificate, or one learner's, oldest first.
    pub async fn certificates(
        &self,
        learner: Option<Uuid>,
    ) -> Result<Vec<CertificateRecord>, StoreError> {
        dispatch!(self, b => b.certificates(learner).await)
    }

    /// Marks a certificate revoked (the first revocation's date and reason stay); `false`
    /// when there is no such certificate.
    pub async fn revoke_certificate(
        &self,
        id: Uuid,
        now_ms: i64,
        reason: String,
    ) -> Result<bool, StoreError> {
        dispatch!(self, b => b.revoke_certificate(id, now_ms, reason).await)
    }

    /// Everything held about one learner (`None`: no such learner), for
    /// `crate::privacy::export`.
    pub async fn learner_export(&self, id: Uuid) -> Result<Option<LearnerData>, StoreError> {
        dispatch!(self, b => b.learner_export(id).await)
    }

    /// Erases a learner's personal data, in one transaction: their events (and indexes),
    /// devices and tokens (the tokens' hashes are kept apart, to answer `learner-erased`),
    /// unused codes (used ones lose their device and token), cohort places; blanks the
    /// name and authority of the learner and of their certificates (whose signed
    /// credential, which carries the name, is dropped); marks the learner `erased_ms` with
    /// `reason`; and writes the audit entry `learner-erase` (subject: the id) by `by`.
    pub async fn erase_learner(
        &self,
        id: Uuid,
        at_ms: i64,
        by: Option<Uuid>,
        reason: String,
    ) -> Result<Erased, StoreError> {
        dispatch!(self, b => b.erase_learner(id, at_ms, by, reason).await)
    }

    /// The learner a token belonged to, when that learner was erased since.
    pub async fn erased_token(&self, token_hash: [u8; 32]) -> Result<Option<Uuid>, StoreError> {
        dispatch!(self, b => b.erased_token(token_hash).await)
    }

    /// Refuses an erased learner ([`StoreError::LearnerErased`]) for what an
    /// administrator does to a learner (new codes, devices, cohort places).
    async fn refuse_erased(&self, id: Uuid) -> Result<(), StoreError> {
        match self.learner(id).await? {
            Some(l) if l.erased_ms.is_some() => Err(StoreError::LearnerErased(id)),
            _ => Ok(()),
        }
    }

    pub async fn add_learner(&self, learner: Learner) -> Result<(), StoreError> {
        dispatch!(self, b => b.add_learner(learner).await)
    }

    pub async fn learner(&self, id: Uuid) -> Result<Option<Learner>, StoreError> {
        dispatch!(self, b => b.learner(id).await)
    }

    /// Every learner, by creation time.
    pub async fn learners(&self) -> Result<Vec<Learner>, StoreError> {
        dispatch!(self, b => b.learners().await)
    }

    /// Stores the hash of a new code for `learner`, valid until `expires_ms`.
    pub async fn add_code(
        &self,
        hash: [u8; 32],
        learner: Uuid,
        now_ms: i64,
        expires_ms: i64,
    ) -> Result<(), StoreError> {
        self.refuse_erased(learner).await?;
        dispatch!(self, b => b.add_code(hash, learner, now_ms, expires_ms).await)
    }

    /// Redeems a code, registers the device for the code's learner and stores its token,
    /// all at once: of two redeems of the same code exactly one wins.
    pub async fn enroll(&self, e: Enrollment, now_ms: i64) -> Result<Learner, StoreError> {
        dispatch!(self, b => b.enroll(e, now_ms).await)
    }

    /// The learner and device of a token that is known and not revoked.
    pub async fn authenticate(
        &self,
        token_hash: [u8; 32],
    ) -> Result<Option<(Uuid, Uuid)>, StoreError> {
        dispatch!(self, b => b.authenticate(token_hash).await)
    }

    /// Registers a device without a token (a bundle from a laptop never enrolled here).
    pub async fn register_device(&self, device: Device) -> Result<(), StoreError> {
        self.refuse_erased(device.learner).await?;
        dispatch!(self, b => b.register_device(device).await)
    }

    pub async fn device(&self, learner: Uuid, device: Uuid) -> Result<Option<Device>, StoreError> {
        dispatch!(self, b => b.device(learner, device).await)
    }

    /// Registers `new` for `learner` as a new identity of the laptop registered as `from`
    /// (same key), with a token. Asking again for the same `new` (a lost answer) gives
    /// another token; a `new` registered otherwise is `StoreError::ForkTaken`.
    pub async fn fork_device(
        &self,
        learner: Uuid,
        from: Uuid,
        new: Uuid,
        token_hash: [u8; 32],
        now_ms: i64,
    ) -> Result<(), StoreError> {
        dispatch!(self, b => b.fork_device(learner, from, new, token_hash, now_ms).await)
    }

    /// Devices of one learner or of all, by learner then creation time.
    pub async fn devices(&self, learner: Option<Uuid>) -> Result<Vec<Device>, StoreError> {
        dispatch!(self, b => b.devices(learner).await)
    }

    /// Revokes one registration (a laptop for one learner) and all its tokens; the same
    /// laptop registered for another learner (a second profile) is untouched. False when
    /// there is no such registration.
    pub async fn revoke_device(&self, learner: Uuid, device: Uuid) -> Result<bool, StoreError> {
        dispatch!(self, b => b.revoke_device(learner, device).await)
    }

    /// Stores `events` of `learner` in one transaction (an erased learner's are refused with
    /// [`StoreError::LearnerErased`]): an event whose `(device, seq)` is
    /// already there is ignored if it is the same event, and refuses the whole batch
    /// (`StoreError::Forked`) if it is another; the others get the next `server_seq`s.
    /// Every device must be registered for the learner. Advances each device's `acked`.
    pub async fn ingest(&self, learner: Uuid, events: Vec<Event>) -> Result<Ingested, StoreError> {
        if events.is_empty() {
            return Ok(Ingested::default());
        }
        let ingested = dispatch!(self, b => b.ingest(learner, events).await)?;
        if ingested.new > 0 {
            // The events are stored: a digest that fails to follow is caught up when read.
            if let Err(e) = self.digests(&[learner]).await {
                eprintln!("lphm-server: the progress digest of {learner} waits: {e}");
            }
        }
        Ok(ingested)
    }

    /// Stores events a laptop relays for the learner's other devices (after a restore,
    /// what only the laptops still had): like [`Backend::ingest`], but events of devices
    /// not registered for the learner are left out, and an event whose `(device, seq)` is
    /// held with other contents is left out instead of refusing the rest.
    pub async fn ingest_relayed(
        &self,
        learner: Uuid,
        mut events: Vec<Event>,
    ) -> Result<Ingested, StoreError> {
        let registered: std::collections::BTreeSet<Uuid> = self
            .devices(Some(learner))
            .await?
            .into_iter()
            .map(|d| d.device)
            .collect();
        events.retain(|e| registered.contains(&e.device));
        loop {
            match self.ingest(learner, events.clone()).await {
                Err(StoreError::Forked { device, seq }) => {
                    events.retain(|e| (e.device, e.seq) != (device, seq));
                }
                other => return other,
            }
        }
    }

    /// Notes that `device` synced now and answers its `acked`.
    pub async fn touch(&self, learner: Uuid, device: Uuid, now_ms: i64) -> Result<u64, StoreError> {
        dispatch!(self, b => b.touch(learner, device, now_ms).await)
    }

    /// The learner's events after `after` that `device` did not record, at most `limit`.
    /// `check` is what the server answered with `after` (`Pulled::check`): when its
    /// history up to `after` is no longer that one (a restore), the pull starts from the
    /// beginning and says so (`Pulled::rewound`).
    pub async fn pull(
        &self,
        learner: Uuid,
        device: Uuid,
        after: u64,
        check: u64,
        limit: u32,
        max_bytes: usize,
    ) -> Result<Pulled, StoreError> {
        dispatch!(self, b => b.pull(learner, device, after, check, limit.max(1), max_bytes).await)
    }

    /// All of a learner's events, in `server_seq` order.
    pub async fn events(&self, learner: Uuid) -> Result<Vec<Event>, StoreError> {
        dispatch!(self, b => b.events(learner).await)
    }

    /// `learners` (those that exist) with their progress digests, caught up with their
    /// events (see [`crate::digest`]).
    pub async fn digests(&self, learners: &[Uuid]) -> Result<Vec<(Learner, Digest)>, StoreError> {
        let rows = dispatch!(self, b => b.digest_rows(learners).await)?;
        let mut out = Vec::with_capacity(rows.len());
        for (learner, seq, stored) in rows {
            // A digest of an older shape is derived again from the events.
            let stored = stored
                .and_then(|s| serde_json::from_str::<Digest>(&s).ok())
                .filter(|d| d.version == crate::digest::VERSION);
            let digest = match stored {
                Some(d) if d.upto == seq => d,
                _ if seq == 0 => Digest::default(),
                stored => self.catch_up(learner.id, stored).await?,
            };
            out.push((learner, digest));
        }
        Ok(out)
    }

    /// Brings a learner's digest up to their last event and stores it: extended with the
    /// events it lacks, or made again from the whole log when extending cannot (a
    /// clearing) or there is none to extend.
    async fn catch_up(&self, learner: Uuid, stored: Option<Digest>) -> Result<Digest, StoreError> {
        let mut extended = None;
        if let Some(mut d) = stored {
            let new = dispatch!(self, b => b.events_after(learner, d.upto).await)?;
            if new.iter().all(|(seq, e)| d.extend(e, *seq)) {
                extended = Some(d);
            }
        }
        let digest = match extended {
            Some(d) => d,
            None => {
                let all = dispatch!(self, b => b.events_after(learner, 0).await)?;
                let upto = all.last().map(|(s, _)| *s).unwrap_or(0);
                let events: Vec<Event> = all.into_iter().map(|(_, e)| e).collect();
                Digest::of(&events, upto)
            }
        };
        let text = serde_json::to_string(&digest)?;
        dispatch!(self, b => b.put_digest(learner, digest.upto, text).await)?;
        Ok(digest)
    }

    /// The devices of `learners`.
    pub async fn devices_of(&self, learners: &[Uuid]) -> Result<Vec<Device>, StoreError> {
        match self {
            Backend::Sled(b) => {
                let mut out = Vec::new();
                for l in learners {
                    out.extend(b.devices(Some(*l)).await?);
                }
                Ok(out)
            }
            Backend::Postgres(b) => b.devices_of(learners).await,
        }
    }

    /// The certificates of `learners`.
    pub async fn certificates_of(
        &self,
        learners: &[Uuid],
    ) -> Result<Vec<CertificateRecord>, StoreError> {
        match self {
            Backend::Sled(b) => {
                let mut out = Vec::new();
                for l in learners {
                    out.extend(b.certificates(Some(*l)).await?);
                }
                Ok(out)
            }
            Backend::Postgres(b) => b.certificates_of(learners).await,
        }
    }

    /// Makes everything written so far durable and lets go of the database.
    pub async fn close(&self) -> Result<(), StoreError> {
        dispatch!(self, b => b.close().await)
    }
}

/// The check of a learner's history up to an event: a hash chain over the ids of the events
/// numbered 1..=n (`server_seq` order), 8 bytes of SHA-256 each time. A laptop sends back
/// the check of its cursor; a server whose history differs there (restored from a backup,
/// so numbers were given again to other events) no longer matches and pulls from the
/// start instead of skipping events. 0 stands for "nothing yet".
pub(crate) fn chain_next(prev: u64, id: Uuid) -> u64 {
    use sha2::{Digest, Sha256};
    let digest = Sha256::new()
        .chain_update(prev.to_be_bytes())
        .chain_update(id.as_bytes())
        .finalize();
    u64::from_be_bytes(digest[..8].try_into().expect("8 bytes")).max(1)
}

/// Whether a stored event (its JSON) and `e`, with the same device and number, are the
/// same event: same time and contents. (The id is left out: a few events stored before
/// ids were tied to `(device, seq)` keep an older id.) When they differ, two laptops used
/// one identity (a restore or a copy) and the push is refused with `StoreError::Forked`.
pub(crate) fn same_event(stored: &[u8], e: &Event) -> bool {
    serde_json::from_slice::<Event>(stored).is_ok_and(|s| s.at_ms == e.at_ms && s.kind == e.kind)
}

/// A stored event: the JSON of [`Event`] with the profile cleared (the server files events
/// by learner; each laptop files them under its own profile).
pub(crate) fn event_json(e: &Event) -> Result<String, StoreError> {
    let mut e = e.clone();
    e.profile = Uuid::nil();
    Ok(serde_json::to_string(&e)?)
}
