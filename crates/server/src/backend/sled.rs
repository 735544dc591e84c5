//! The sled backend: a server that needs no setup. One database folder, these trees:
//!
//! | tree | key | value |
//! | --- | --- | --- |
//! | `meta` | `schema` | `1` |
//! | `learners` | learner (16 bytes) | JSON [`Learner`] |
//! | `codes` | SHA-256 of the code (32) | JSON `CodeRecord` |
//! | `tokens` | SHA-256 of the token (32) | JSON `TokenRecord` |
//! | `devices` | learner, device (32) | JSON [`Device`] |
//! | `counters` | learner (16) | last `server_seq` (u64 big-endian) |
//! | `events` | learner, `server_seq` BE (24) | JSON [`Event`] |
//! | `event_keys` | learner, device, `seq` BE (40) | `server_seq` BE |
//! | `chains` | learner, `server_seq` BE (24) | the history check up to that event (u64 BE, see `chain_next`) |
//! | `certificates` | certificate id (16) | JSON [`CertificateRecord`] |
//! | `certificate_of` | learner (16), course id | certificate id (16): one per learner and course |
//! | `accounts` | account id (16) | JSON [`Account`] |
//! | `account_logins` | login (normalised) | account id (16) |
//! | `sessions` | SHA-256 of the session token (32) | JSON [`Session`] |
//! | `audit` | at_ms BE, then a sequence number BE (16) | JSON [`AuditEntry`] |
//! | `cohorts` | cohort id (16) | JSON [`Cohort`] |
//! | `participants` | cohort (16), learner (16) | JSON [`Participant`] |
//! | `cohort_accounts` | account (16), cohort (16) | empty: the cohort is given to the account |
//! | `erased_tokens` | SHA-256 of a token of an erased learner (32) | the learner (16) |
//!
//! Writes take one mutex and run as sled transactions over the trees they touch, then
//! flush and fsync sled's files (`lphm_durable::SledFiles`): an answer that says "stored"
//! means on stable storage, through a power cut too (proven by `tests/powercut`), and `server_seq`s are handed out in
//! commit order because only one writer runs at a time.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use lphm_progress::Event;
use serde::{Deserialize, Serialize};
use sled::transaction::{ConflictableTransactionError, TransactionError, Transactional};
use uuid::Uuid;

use super::{chain_next, event_json, same_event};
use crate::accounts::{Account, AuditEntry, Session};
use crate::cohorts::{Cohort, Participant};
use crate::model::{CertificateRecord, Device, Enrollment, Ingested, Learner, Pulled};
use crate::privacy::{self, Erased, LearnerData};
use crate::StoreError;

const SCHEMA: u32 = 1;

#[derive(Clone)]
pub struct SledBackend {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for SledBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SledBackend").finish_non_exhaustive()
    }
}

struct Inner {
    db: sled::Db,
    /// sled's files, synced after every flush.
    durable: lphm_durable::SledFiles,
    learners: sled::Tree,
    codes: sled::Tree,
    tokens: sled::Tree,
    devices: sled::Tree,
    counters: sled::Tree,
    events: sled::Tree,
    event_keys: sled::Tree,
    chains: sled::Tree,
    certificates: sled::Tree,
    certificate_of: sled::Tree,
    accounts: sled::Tree,
    account_logins: sled::Tree,
    sessions: sled::Tree,
    audit: sled::Tree,
    cohorts: sled::Tree,
    participants: sled::Tree,
    cohort_accounts: sled::Tree,
    /// Learner id -> the JSON of their `Digest` (crate::digest).
    digests: sled::Tree,
    erased_tokens: sled::Tree,
    /// One writer at a time (see the module comment).
    write: Mutex<()>,
}

#[derive(Serialize, Deserialize)]
struct CodeRecord {
    learner: Uuid,
    created_ms: i64,
    expires_ms: i64,
    used_ms: Option<i64>,
    used_by: Option<Uuid>,
    /// Hex hash of the token the redeem issued, revoked if the same laptop redeems again.
    #[serde(default)]
    token: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct TokenRecord {
    learner: Uuid,
    device: Uuid,
    created_ms: i64,
    revoked: bool,
}

type TxResult<T> = Result<T, ConflictableTransactionError<StoreError>>;

fn ld(learner: Uuid, device: Uuid) -> Vec<u8> {
    [learner.as_bytes().as_slice(), device.as_bytes()].concat()
}

fn lds(learner: Uuid, device: Uuid, seq: u64) -> Vec<u8> {
    [
        learner.as_bytes().as_slice(),
        device.as_bytes(),
        &seq.to_be_bytes(),
    ]
    .concat()
}

fn ls(learner: Uuid, server_seq: u64) -> Vec<u8> {
    [learner.as_bytes().as_slice(), &server_seq.to_be_bytes()].concat()
}

fn be_u64(bytes: &[u8]) -> Result<u64, StoreError> {
    let arr: [u8; 8] = bytes
        .try_into()
        .map_err(|_| StoreError::Corrupt("a number is not 8 bytes".into()))?;
    Ok(u64::from_be_bytes(arr))
}

fn json<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, StoreError> {
    Ok(serde_json::from_slice(bytes)?)
}

fn to_json<T: Serialize>(value: &T) -> Result<Vec<u8>, StoreError> {
    Ok(serde_json::to_vec(value)?)
}

/// Inside a transaction: a failure that aborts it.
fn abort<T>(e: StoreError) -> TxResult<T> {
    Err(ConflictableTransactionError::Abort(e))
}

fn tx_error(e: TransactionError<StoreError>) -> StoreError {
    match e {
        TransactionError::Abort(e) => e,
        TransactionError::Storage(e) => StoreError::Sled(e),
    }
}

/// Runs blocking sled work off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| StoreError::Task(e.to_string()))?
}

macro_rules! off_thread {
    ($self:ident, $inner:ident => $body:expr) => {{
        let $inner = $self.inner.clone();
        blocking(move || $body).await
    }};
}

impl Inner {
    /// Flushes sled and fsyncs its files: what was written is on stable storage.
    fn flush(&self) -> Result<(), StoreError> {
        self.durable.flush(&self.db)?;
        Ok(())
    }
}

impl SledBackend {
    pub async fn open(dir: PathBuf) -> Result<SledBackend, StoreError> {
        blocking(move || {
            let db = sled::open(&dir)?;
            let durable = lphm_durable::SledFiles::open(&dir).map_err(sled::Error::Io)?;
            let meta = db.open_tree("meta")?;
            match meta.get("schema")? {
                None => {
                    meta.insert("schema", SCHEMA.to_string().as_bytes())?;
                }
                Some(v) if v.as_ref() == SCHEMA.to_string().as_bytes() => {}
                Some(v) => {
                    return Err(StoreError::Schema {
                        found: String::from_utf8_lossy(&v).into_owned(),
                        known: SCHEMA,
                    })
                }
            }
            let inner = Inner {
                learners: db.open_tree("learners")?,
                codes: db.open_tree("codes")?,
                tokens: db.open_tree("tokens")?,
                devices: db.open_tree("devices")?,
                counters: db.open_tree("counters")?,
                events: db.open_tree("events")?,
                event_keys: db.open_tree("event_keys")?,
                chains: db.open_tree("chains")?,
                certificates: db.open_tree("certificates")?,
                certificate_of: db.open_tree("certificate_of")?,
                accounts: db.open_tree("accounts")?,
                account_logins: db.open_tree("account_logins")?,
                sessions: db.open_tree("sessions")?,
                audit: db.open_tree("audit")?,
                cohorts: db.open_tree("cohorts")?,
                participants: db.open_tree("participants")?,
                cohort_accounts: db.open_tree("cohort_accounts")?,
                digests: db.open_tree("digests")?,
                erased_tokens: db.open_tree("erased_tokens")?,
                db,
                durable,
                write: Mutex::new(()),
            };
            if meta.get("chains")?.is_none() {
                inner.chain_existing()?;
                meta.insert("chains", "1")?;
            }
            inner.flush()?;
            Ok(SledBackend {
                inner: Arc::new(inner),
            })
        })
        .await
    }

    /// Stores `cert` unless the learner already has a certificate for that course;
    /// returns the one kept (the new one, or the one already there).
    pub async fn add_certificate(
        &self,
        cert: CertificateRecord,
    ) -> Result<CertificateRecord, StoreError> {
        off_thread!(self, inner => {
            let _w = inner.lock();
            let of = [cert.learner.as_bytes().as_slice(), cert.course.as_bytes()].concat();
            if let Some(id) = inner.certificate_of.get(&of)? {
                let kept = inner
                    .certificates
                    .get(&id)?
                    .ok_or_else(|| StoreError::Corrupt("a certificate index entry without its certificate".into()))?;
                return json(&kept);
            }
            let value = to_json(&cert)?;
            (&inner.certificates, &inner.certificate_of)
                .transaction(|(certs, of_tree)| {
                    certs.insert(cert.id.as_bytes(), value.as_slice())?;
                    of_tree.insert(of.as_slice(), cert.id.as_bytes())?;
                    Ok(())
                })
                .map_err(tx_error)?;
            inner.flush()?;
            Ok(cert)
        })
    }

    /// Adds an account; its login must be free.
    pub async fn add_account(&self, account: Account) -> Result<(), StoreError> {
        off_thread!(self, inner => {
            let _w = inner.lock();
            let value = to_json(&account)?;
            (&inner.accounts, &inner.account_logins)
                .transaction(|(accounts, logins)| {
                    if logins.get(account.login.as_bytes())?.is_some() {
                        return abort(StoreError::LoginTaken(account.login.clone()));
                    }
                    logins.insert(account.login.as_bytes(), account.id.as_bytes())?;
                    accounts.insert(account.id.as_bytes(), value.as_slice())?;
                    Ok(())
                })
                .map_err(tx_error)?;
            inner.flush()
        })
    }

    pub async fn account(&self, id: Uuid) -> Result<Option<Account>, StoreError> {
        off_thread!(self, inner => inner.accounts.get(id.as_bytes())?.map(|v| json(&v)).transpose())
    }

    pub async fn account_by_login(&self, login: String) -> Result<Option<Account>, StoreError> {
        off_thread!(self, inner => {
            let Some(id) = inner.account_logins.get(login.as_bytes())? else {
                return Ok(None);
            };
            inner.accounts.get(&id)?.map(|v| json(&v)).transpose()
        })
    }

    /// Every account, in the order they were made.
    pub async fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        off_thread!(self, inner => {
            let mut all = inner
                .accounts
                .iter()
                .map(|r| json::<Account>(&r?.1))
                .collect::<Result<Vec<_>, _>>()?;
            all.sort_by_key(|a| (a.created_ms, a.id));
            Ok(all)
        })
    }

    pub async fn add_session(&self, session: Session) -> Result<(), StoreError> {
        off_thread!(self, inner => {
            inner.sessions.insert(session.token_hash, to_json(&session)?)?;
            inner.flush()
        })
    }

    /// The session with this token hash, if it has not expired by `now_ms` (an expired one
    /// is removed).
    pub async fn session(
        &self,
        token_hash: [u8; 32],
        now_ms: i64,
    ) -> Result<Option<Session>, StoreError> {
        off_thread!(self, inner => {
            let Some(v) = inner.sessions.get(token_hash)? else {
                return Ok(None);
            };
            let session: Session = json(&v)?;
            if session.expires_ms <= now_ms {
                inner.sessions.remove(token_hash)?;
                return Ok(None);
            }
            Ok(Some(session))
        })
    }

    pub async fn end_session(&self, token_hash: [u8; 32]) -> Result<(), StoreError> {
        off_thread!(self, inner => {
            inner.sessions.remove(token_hash)?;
            inner.flush()
        })
    }

    pub async fn audit(&self, entry: AuditEntry) -> Result<(), StoreError> {
        off_thread!(self, inner => {
            let seq = inner.db.generate_id()?;
            let key = [entry.at_ms.to_be_bytes(), seq.to_be_bytes()].concat();
            inner.audit.insert(key, to_json(&entry)?)?;
            inner.flush()
        })
    }

    /// The latest `limit` audit entries, newest first.
    pub async fn audit_log(&self, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        off_thread!(self, inner => {
            inner
                .audit
                .iter()
                .rev()
                .take(limit)
                .map(|r| json::<AuditEntry>(&r?.1))
                .collect()
        })
    }

    pub async fn add_cohort(&self, cohort: Cohort) -> Result<(), StoreError> {
        off_thread!(self, inner => {
            inner.cohorts.insert(cohort.id.as_bytes(), to_json(&cohort)?)?;
            inner.flush()
        })
    }

    pub async fn cohort(&self, id: Uuid) -> Result<Option<Cohort>, StoreError> {
        off_thread!(self, inner => inner.cohorts.get(id.as_bytes())?.map(|v| json(&v)).transpose())
    }

    /// Every cohort, newest first.
    pub async fn cohorts(&self) -> Result<Vec<Cohort>, StoreError> {
        off_thread!(self, inner => {
            let mut all = inner
                .cohorts
                .iter()
                .map(|r| json::<Cohort>(&r?.1))
                .collect::<Result<Vec<_>, _>>()?;
            all.sort_by_key(|c| (std::cmp::Reverse(c.created_ms), c.id));
            Ok(all)
        })
    }

    /// Adds (or updates) a participant; the learner must exist.
    pub async fn add_participant(&self, p: Participant) -> Result<(), StoreError> {
        off_thread!(self, inner => {
            let _w = inner.lock();
            if !inner.learners.contains_key(p.learner.as_bytes())? {
                return Err(StoreError::UnknownLearner(p.learner));
            }
            if !inner.cohorts.contains_key(p.cohort.as_bytes())? {
                return Err(StoreError::UnknownCohort(p.cohort));
            }
            inner.participants.insert(ld(p.cohort, p.learner), to_json(&p)?)?;
            inner.flush()
        })
    }

    pub async fn participants(&self, cohort: Uuid) -> Result<Vec<Participant>, StoreError> {
        off_thread!(self, inner => {
            inner
                .participants
                .scan_prefix(cohort.as_bytes())
                .map(|r| json::<Participant>(&r?.1))
                .collect()
        })
    }

    /// Gives `cohort` to `account` (a coordinator then sees it).
    pub async fn give_cohort(&self, cohort: Uuid, account: Uuid) -> Result<(), StoreError> {
        off_thread!(self, inner => {
            if !inner.cohorts.contains_key(cohort.as_bytes())? {
                return Err(StoreError::UnknownCohort(cohort));
            }
            inner.cohort_accounts.insert(ld(account, cohort), &[])?;
            inner.flush()
        })
    }

    /// The cohorts given to `account`.
    pub async fn cohorts_given(&self, account: Uuid) -> Result<Vec<Uuid>, StoreError> {
        off_thread!(self, inner => {
            inner
                .cohort_accounts
                .scan_prefix(account.as_bytes())
                .map(|r| {
                    let (k, _) = r?;
                    Uuid::from_slice(&k[16..])
                        .map_err(|_| StoreError::Corrupt("a cohort grant key is not two ids".into()))
                })
                .collect()
        })
    }

    /// Each learner's last `server_seq` (learners with no event yet are left out).
    pub async fn learner_seqs(&self) -> Result<Vec<(Uuid, u64)>, StoreError> {
        off_thread!(self, inner => {
            inner
                .counters
                .iter()
                .map(|r| {
                    let (k, v) = r?;
                    let id = Uuid::from_slice(&k)
                        .map_err(|_| StoreError::Corrupt("a counter key is not a learner id".into()))?;
                    Ok((id, be_u64(&v)?))
                })
                .collect()
        })
    }

    pub async fn certificate(&self, id: Uuid) -> Result<Option<CertificateRecord>, StoreError> {
        off_thread!(self, inner => inner.certificates.get(id.as_bytes())?.map(|v| json(&v)).transpose())
    }

    /// Every certificate, or one learner's, oldest first.
    pub async fn certificates(
        &self,
        learner: Option<Uuid>,
    ) -> Result<Vec<CertificateRecord>, StoreError> {
        off_thread!(self, inner => {
            let mut all = inner
                .certificates
                .iter()
                .map(|r| json::<CertificateRecord>(&r?.1))
                .filter(|c| learner.is_none_or(|l| c.as_ref().map_or(true, |c| c.learner == l)))
                .collect::<Result<Vec<_>, _>>()?;
            all.sort_by_key(|c| (c.issued_ms, c.id));
            Ok(all)
        })
    }

    /// Marks a certificate revoked; `false` when there is no such certificate. Revoking
    /// again keeps the first date and reason.
    pub async fn revoke_certificate(
        &self,
        id: Uuid,
        now_ms: i64,
        reason: String,
    ) -> Result<bool, StoreError> {
        off_thread!(self, inner => {
            let _w = inner.lock();
            let Some(value) = inner.certificates.get(id.as_bytes())? else {
                return Ok(false);
            };
            let mut cert: CertificateRecord = json(&value)?;
            if cert.revoked_ms.is_none() {
                cert.revoked_ms = Some(now_ms);
                cert.revoked_reason = Some(reason);
                inner.certificates.insert(id.as_bytes(), to_json(&cert)?)?;
                inner.flush()?;
            }
            Ok(true)
        })
    }

    pub async fn add_learner(&self, learner: Learner) -> Result<(), StoreError> {
        off_thread!(self, inner => inner.add_learner(&learner))
    }

    pub async fn learner(&self, id: Uuid) -> Result<Option<Learner>, StoreError> {
        off_thread!(self, inner => inner.learners.get(id.as_bytes())?.map(|v| json(&v)).transpose())
    }

    pub async fn learners(&self) -> Result<Vec<Learner>, StoreError> {
        off_thread!(self, inner => {
            let mut all = inner
                .learners
                .iter()
                .map(|r| json::<Learner>(&r?.1))
                .collect::<Result<Vec<_>, _>>()?;
            all.sort_by_key(|l| (l.created_ms, l.id));
            Ok(all)
        })
    }

    pub async fn add_code(
        &self,
        hash: [u8; 32],
        learner: Uuid,
        now_ms: i64,
        expires_ms: i64,
    ) -> Result<(), StoreError> {
        off_thread!(self, inner => {
            let _w = inner.lock();
            if !inner.learners.contains_key(learner.as_bytes())? {
                return Err(StoreError::UnknownLearner(learner));
            }
            let record = CodeRecord {
                learner,
                created_ms: now_ms,
                expires_ms,
                used_ms: None,
                used_by: None,
                token: None,
            };
            inner.codes.insert(hash, to_json(&record)?)?;
            inner.flush()?;
            Ok(())
        })
    }

    pub async fn enroll(&self, e: Enrollment, now_ms: i64) -> Result<Learner, StoreError> {
        off_thread!(self, inner => inner.enroll(&e, now_ms))
    }

    pub async fn authenticate(
        &self,
        token_hash: [u8; 32],
    ) -> Result<Option<(Uuid, Uuid)>, StoreError> {
        off_thread!(self, inner => {
            let Some(v) = inner.tokens.get(token_hash)? else {
                return Ok(None);
            };
            let t: TokenRecord = json(&v)?;
            Ok((!t.revoked).then_some((t.learner, t.device)))
        })
    }

    pub async fn register_device(&self, device: Device) -> Result<(), StoreError> {
        off_thread!(self, inner => {
            let _w = inner.lock();
            if !inner.learners.contains_key(device.learner.as_bytes())? {
                return Err(StoreError::UnknownLearner(device.learner));
            }
            inner
                .devices
                .insert(ld(device.learner, device.device), to_json(&device)?)?;
            inner.flush()?;
            Ok(())
        })
    }

    pub async fn device(&self, learner: Uuid, device: Uuid) -> Result<Option<Device>, StoreError> {
        off_thread!(self, inner => inner.devices.get(ld(learner, device))?.map(|v| json(&v)).transpose())
    }

    pub async fn devices(&self, learner: Option<Uuid>) -> Result<Vec<Device>, StoreError> {
        off_thread!(self, inner => {
            let iter = match learner {
                Some(l) => inner.devices.scan_prefix(l.as_bytes()),
                None => inner.devices.iter(),
            };
            let mut all = iter
                .map(|r| json::<Device>(&r?.1))
                .collect::<Result<Vec<_>, _>>()?;
            all.sort_by_key(|d| (d.learner, d.created_ms, d.device));
            Ok(all)
        })
    }

    pub async fn revoke_device(&self, learner: Uuid, device: Uuid) -> Result<bool, StoreError> {
        off_thread!(self, inner => inner.revoke_device(learner, device))
    }

    pub async fn ingest(&self, learner: Uuid, events: Vec<Event>) -> Result<Ingested, StoreError> {
        off_thread!(self, inner => inner.ingest(learner, &events))
    }

    pub async fn fork_device(
        &self,
        learner: Uuid,
        from: Uuid,
        new: Uuid,
        token_hash: [u8; 32],
        now_ms: i64,
    ) -> Result<(), StoreError> {
        off_thread!(self, inner => inner.fork_device(learner, from, new, token_hash, now_ms))
    }

    pub async fn touch(&self, learner: Uuid, device: Uuid, now_ms: i64) -> Result<u64, StoreError> {
        off_thread!(self, inner => {
            let _w = inner.lock();
            let key = ld(learner, device);
            let Some(v) = inner.devices.get(&key)? else {
                return Err(StoreError::UnknownDevice(device));
            };
            let mut d: Device = json(&v)?;
            d.last_sync_ms = Some(now_ms);
            inner.devices.insert(key, to_json(&d)?)?;
            // Not flushed: losing a last-sync time in a crash is harmless.
            Ok(d.acked)
        })
    }

    pub async fn pull(
        &self,
        learner: Uuid,
        device: Uuid,
        after: u64,
        check: u64,
        limit: u32,
        max_bytes: usize,
    ) -> Result<Pulled, StoreError> {
        off_thread!(self, inner => inner.pull(learner, device, after, check, limit, max_bytes))
    }

    /// `learners` (those that exist), with their last `server_seq` and stored digest.
    pub async fn digest_rows(
        &self,
        learners: &[Uuid],
    ) -> Result<Vec<(Learner, u64, Option<String>)>, StoreError> {
        let learners = learners.to_vec();
        off_thread!(self, inner => {
            let mut out = Vec::with_capacity(learners.len());
            for id in learners {
                let Some(l) = inner.learners.get(id.as_bytes())? else {
                    continue;
                };
                let seq = match inner.counters.get(id.as_bytes())? {
                    Some(v) => be_u64(&v)?,
                    None => 0,
                };
                let digest = inner
                    .digests
                    .get(id.as_bytes())?
                    .map(|v| String::from_utf8_lossy(&v).into_owned());
                out.push((json(&l)?, seq, digest));
            }
            Ok(out)
        })
    }

    /// Stores a learner's digest unless one covering more events is already there. Not
    /// flushed: a digest lost in a crash is made again from the events when read.
    pub async fn put_digest(
        &self,
        learner: Uuid,
        upto: u64,
        digest: String,
    ) -> Result<(), StoreError> {
        off_thread!(self, inner => {
            let _w = inner.lock();
            // Never for an erased learner (nor one that is gone).
            match inner.learners.get(learner.as_bytes())? {
                Some(l) if json::<Learner>(&l)?.erased_ms.is_none() => {}
                _ => return Ok(()),
            }
            if let Some(v) = inner.digests.get(learner.as_bytes())? {
                let held: crate::digest::Digest = json(&v)?;
                if held.upto > upto {
                    return Ok(());
                }
            }
            inner.digests.insert(learner.as_bytes(), digest.as_bytes())?;
            Ok(())
        })
    }

    /// The learner's events numbered after `after`, with their numbers, in order.
    pub async fn events_after(
        &self,
        learner: Uuid,
        after: u64,
    ) -> Result<Vec<(u64, Event)>, StoreError> {
        off_thread!(self, inner => {
            inner
                .events
                .range(ls(learner, after.saturating_add(1))..=ls(learner, u64::MAX))
                .map(|r| {
                    let (k, v) = r?;
                    Ok((be_u64(&k[16..])?, json::<Event>(&v)?))
                })
                .collect()
        })
    }

    pub async fn events(&self, learner: Uuid) -> Result<Vec<Event>, StoreError> {
        off_thread!(self, inner => {
            inner
                .events
                .scan_prefix(learner.as_bytes())
                .map(|r| json::<Event>(&r?.1))
                .collect()
        })
    }

    pub async fn learner_export(&self, id: Uuid) -> Result<Option<LearnerData>, StoreError> {
        off_thread!(self, inner => inner.learner_export(id))
    }

    pub async fn erase_learner(
        &self,
        id: Uuid,
        at_ms: i64,
        by: Option<Uuid>,
        reason: String,
    ) -> Result<Erased, StoreError> {
        off_thread!(self, inner => inner.erase_learner(id, at_ms, by, reason))
    }

    pub async fn erased_token(&self, token_hash: [u8; 32]) -> Result<Option<Uuid>, StoreError> {
        off_thread!(self, inner => {
            inner
                .erased_tokens
                .get(token_hash)?
                .map(|v| {
                    Uuid::from_slice(&v)
                        .map_err(|_| StoreError::Corrupt("an erased token is not a learner id".into()))
                })
                .transpose()
        })
    }

    pub async fn close(&self) -> Result<(), StoreError> {
        off_thread!(self, inner => {
            inner.flush()?;
            Ok(())
        })
    }
}

impl Inner {
    fn lock(&self) -> std::sync::MutexGuard<'_, ()> {
        // A panic while holding the lock left no partial write behind (transactions), so
        // a poisoned lock is still good to use.
        self.write.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn learner_export(&self, id: Uuid) -> Result<Option<LearnerData>, StoreError> {
        let Some(l) = self.learners.get(id.as_bytes())? else {
            return Ok(None);
        };
        let l: Learner = json(&l)?;
        let mut cohorts = Vec::new();
        for r in self.participants.iter() {
            let p: Participant = json(&r?.1)?;
            if p.learner != id {
                continue;
            }
            if let Some(c) = self.cohorts.get(p.cohort.as_bytes())? {
                let c: Cohort = json(&c)?;
                cohorts.push(privacy::CohortPlace {
                    cohort_id: c.id,
                    cohort_name: c.name,
                    starts: c.starts,
                    ends: c.ends,
                    place: c.place,
                    city: p.city,
                    country: p.country,
                });
            }
        }
        let mut devices = Vec::new();
        for r in self.devices.scan_prefix(id.as_bytes()) {
            let d: Device = json(&r?.1)?;
            devices.push(privacy::DeviceRecord {
                device_id: d.device,
                name: d.name,
                created_ms: d.created_ms,
                last_sync_ms: d.last_sync_ms,
                revoked: d.revoked,
            });
        }
        devices.sort_by_key(|d| (d.created_ms, d.device_id));
        let mut enrollment_codes = Vec::new();
        for r in self.codes.iter() {
            let c: CodeRecord = json(&r?.1)?;
            if c.learner == id {
                enrollment_codes.push(privacy::CodeRecord {
                    created_ms: c.created_ms,
                    expires_ms: c.expires_ms,
                    used_ms: c.used_ms,
                });
            }
        }
        enrollment_codes.sort_by_key(|c| (c.created_ms, c.expires_ms, c.used_ms));
        let progress_events = self
            .events
            .scan_prefix(id.as_bytes())
            .map(|r| json::<Event>(&r?.1))
            .collect::<Result<Vec<_>, _>>()?;
        let mut certificates = Vec::new();
        for r in self.certificates.iter() {
            let c: CertificateRecord = json(&r?.1)?;
            if c.learner == id {
                certificates.push(privacy::CertificateInfo {
                    certificate_id: c.id,
                    course: c.course,
                    issued_ms: c.issued_ms,
                    revoked_ms: c.revoked_ms,
                    revoked_reason: c.revoked_reason,
                });
            }
        }
        certificates.sort_by_key(|c| (c.issued_ms, c.certificate_id));
        let needle = id.to_string();
        let mut audit_entries = Vec::new();
        for r in self.audit.iter() {
            let e: AuditEntry = json(&r?.1)?;
            if e.subject.contains(&needle) {
                audit_entries.push(e.into());
            }
        }
        Ok(Some(LearnerData {
            learner: privacy::LearnerRecord {
                id: l.id,
                name: l.name,
                authority: l.authority,
                created_ms: l.created_ms,
                erased_ms: l.erased_ms,
                first_test_form: l.first_form.map(privacy::form_letter),
            },
            cohorts,
            devices,
            enrollment_codes,
            progress_events,
            certificates,
            audit_entries,
        }))
    }

    /// Erases under the write lock, in one transaction over every tree it touches (what to
    /// change is read first; nothing else writes meanwhile).
    fn erase_learner(
        &self,
        id: Uuid,
        at_ms: i64,
        by: Option<Uuid>,
        reason: String,
    ) -> Result<Erased, StoreError> {
        let _w = self.lock();
        let Some(l) = self.learners.get(id.as_bytes())? else {
            return Err(StoreError::UnknownLearner(id));
        };
        let mut learner: Learner = json(&l)?;
        if learner.erased_ms.is_some() {
            return Err(StoreError::LearnerErased(id));
        }
        learner.name.clear();
        learner.authority.clear();
        learner.erased_ms = Some(at_ms);
        learner.erased_reason = Some(reason);
        let learner_value = to_json(&learner)?;
        let keys = |tree: &sled::Tree| -> Result<Vec<sled::IVec>, StoreError> {
            tree.scan_prefix(id.as_bytes()).map(|r| Ok(r?.0)).collect()
        };
        let events = keys(&self.events)?;
        let event_keys = keys(&self.event_keys)?;
        let chains = keys(&self.chains)?;
        let devices = keys(&self.devices)?;
        let mut tokens = Vec::new();
        for r in self.tokens.iter() {
            let (k, v) = r?;
            if json::<TokenRecord>(&v)?.learner == id {
                tokens.push(k);
            }
        }
        // Unused codes go; used ones stay (an old code is then answered `learner-erased`)
        // without the laptop and token they were used by.
        let (mut unused, mut used) = (Vec::new(), Vec::new());
        for r in self.codes.iter() {
            let (k, v) = r?;
            let mut c: CodeRecord = json(&v)?;
            if c.learner != id {
                continue;
            }
            if c.used_ms.is_none() {
                unused.push(k);
            } else {
                c.used_by = None;
                c.token = None;
                used.push((k, to_json(&c)?));
            }
        }
        let mut places = Vec::new();
        for r in self.participants.iter() {
            let (k, v) = r?;
            if json::<Participant>(&v)?.learner == id {
                places.push(k);
            }
        }
        let mut certificates = Vec::new();
        for r in self.certificates.iter() {
            let (k, v) = r?;
            let mut c: CertificateRecord = json(&v)?;
            if c.learner == id {
                // The signed credential carries the name and authority: it goes.
                c.jwt.clear();
                certificates.push((k, to_json(&c)?));
            }
        }
        // The progress digest goes first: should the erasure then fail or be cut by a
        // crash, a digest is only derived again from the events, which are still there.
        self.digests.remove(id.as_bytes())?;
        let audit_key = [at_ms.to_be_bytes(), self.db.generate_id()?.to_be_bytes()].concat();
        let audit_value = to_json(&AuditEntry {
            at_ms,
            account: by,
            action: "learner-erase".into(),
            subject: id.to_string(),
        })?;
        (
            &self.learners,
            &self.events,
            &self.event_keys,
            &self.chains,
            &self.devices,
            &self.tokens,
            &self.erased_tokens,
            &self.counters,
            &self.codes,
            &self.participants,
            &self.certificates,
            &self.audit,
        )
            .transaction(
                |(
                    learners,
                    ev,
                    ev_keys,
                    ev_chains,
                    devs,
                    toks,
                    erased,
                    counters,
                    codes,
                    parts,
                    certs,
                    audit,
                )|
                 -> TxResult<()> {
                    for k in &events {
                        ev.remove(k)?;
                    }
                    for k in &event_keys {
                        ev_keys.remove(k)?;
                    }
                    for k in &chains {
                        ev_chains.remove(k)?;
                    }
                    for k in &devices {
                        devs.remove(k)?;
                    }
                    for k in &tokens {
                        toks.remove(k)?;
                        erased.insert(k, id.as_bytes())?;
                    }
                    counters.remove(id.as_bytes())?;
                    for k in &unused {
                        codes.remove(k)?;
                    }
                    for (k, v) in &used {
                        codes.insert(k, v.clone())?;
                    }
                    for k in &places {
                        parts.remove(k)?;
                    }
                    for (k, v) in &certificates {
                        certs.insert(k, v.clone())?;
                    }
                    learners.insert(id.as_bytes(), learner_value.clone())?;
                    audit.insert(audit_key.as_slice(), audit_value.clone())?;
                    Ok(())
                },
            )
            .map_err(tx_error)?;
        self.flush()?;
        Ok(Erased {
            events: events.len(),
            devices: devices.len(),
            codes: unused.len(),
            cohorts: places.len(),
            certificates: certificates.len(),
        })
    }

    fn add_learner(&self, learner: &Learner) -> Result<(), StoreError> {
        let _w = self.lock();
        self.learners
            .insert(learner.id.as_bytes(), to_json(learner)?)?;
        self.flush()?;
        Ok(())
    }

    /// The first test form the learner of a code gets at enrollment, when they have none
    /// yet: the rarer among the learners who share a cohort with them
    /// (`crate::model::balanced_form`). Read under the write lock, so enrollments choose
    /// one after the other and each sees the forms given before.
    fn form_to_assign(&self, code_hash: &[u8; 32]) -> Result<Option<u8>, StoreError> {
        let Some(v) = self.codes.get(code_hash)? else {
            return Ok(None);
        };
        let id = json::<CodeRecord>(&v)?.learner;
        match self.learners.get(id.as_bytes())? {
            Some(l) if json::<Learner>(&l)?.first_form.is_none() => {}
            _ => return Ok(None),
        }
        let mut cohorts = Vec::new();
        for r in self.participants.iter() {
            let (k, _) = r?;
            if k.len() == 32 && k[16..] == *id.as_bytes() {
                cohorts.push(k[..16].to_vec());
            }
        }
        let mut others = BTreeSet::new();
        for c in cohorts {
            for r in self.participants.scan_prefix(c) {
                let p: Participant = json(&r?.1)?;
                if p.learner != id {
                    others.insert(p.learner);
                }
            }
        }
        let mut counts = [0usize; 2];
        for other in others {
            if let Some(l) = self.learners.get(other.as_bytes())? {
                if let Some(f) = json::<Learner>(&l)?.first_form {
                    counts[usize::from(f == 1)] += 1;
                }
            }
        }
        Ok(Some(crate::model::balanced_form(id, counts)))
    }

    fn enroll(&self, e: &Enrollment, now_ms: i64) -> Result<Learner, StoreError> {
        let _w = self.lock();
        let chosen = self.form_to_assign(&e.code_hash)?;
        // Gives the learner the chosen form in the same transaction as the enrollment.
        let settle = |learners: &sled::transaction::TransactionalTree,
                      mut l: Learner|
         -> TxResult<Learner> {
            if l.first_form.is_none() && chosen.is_some() {
                l.first_form = chosen;
                learners.insert(l.id.as_bytes(), to_json(&l).or_else(abort)?)?;
            }
            Ok(l)
        };
        let learner = (&self.codes, &self.tokens, &self.devices, &self.learners)
            .transaction(|(codes, tokens, devices, learners)| -> TxResult<Learner> {
                let Some(v) = codes.get(e.code_hash)? else {
                    return abort(StoreError::CodeInvalid);
                };
                let mut code: CodeRecord = json(&v).or_else(abort)?;
                if let Some(l) = learners.get(code.learner.as_bytes())? {
                    let l: Learner = json(&l).or_else(abort)?;
                    if l.erased_ms.is_some() {
                        return abort(StoreError::LearnerErased(l.id));
                    }
                }
                if let Some(used_ms) = code.used_ms {
                    // The same laptop asking again: its answer was lost.
                    if !crate::model::may_redeem_again(e, code.used_by, used_ms, now_ms) {
                        return abort(StoreError::CodeUsed);
                    }
                    let key = ld(code.learner, e.device);
                    let Some(d) = devices.get(&key)? else {
                        return abort(StoreError::CodeUsed);
                    };
                    let d: Device = json(&d).or_else(abort)?;
                    if d.revoked || d.key != e.device_key {
                        return abort(StoreError::CodeUsed);
                    }
                    let old = code.token.as_deref().and_then(|h| hex::decode(h).ok());
                    if let Some(old) = old {
                        if let Some(t) = tokens.get(&old)? {
                            let mut t: TokenRecord = json(&t).or_else(abort)?;
                            t.revoked = true;
                            tokens.insert(old, to_json(&t).or_else(abort)?)?;
                        }
                    }
                    code.token = Some(hex::encode(e.token_hash));
                    codes.insert(&e.code_hash, to_json(&code).or_else(abort)?)?;
                    let token = TokenRecord {
                        learner: code.learner,
                        device: e.device,
                        created_ms: now_ms,
                        revoked: false,
                    };
                    tokens.insert(&e.token_hash, to_json(&token).or_else(abort)?)?;
                    let Some(l) = learners.get(code.learner.as_bytes())? else {
                        return abort(StoreError::UnknownLearner(code.learner));
                    };
                    return settle(learners, json(&l).or_else(abort)?);
                }
                if now_ms >= code.expires_ms {
                    return abort(StoreError::CodeExpired);
                }
                let Some(l) = learners.get(code.learner.as_bytes())? else {
                    return abort(StoreError::UnknownLearner(code.learner));
                };
                let learner = settle(learners, json(&l).or_else(abort)?)?;
                code.used_ms = Some(now_ms);
                code.used_by = Some(e.device);
                code.token = Some(hex::encode(e.token_hash));
                codes.insert(&e.code_hash, to_json(&code).or_else(abort)?)?;
                let key = ld(learner.id, e.device);
                let device = match devices.get(&key)? {
                    Some(v) => {
                        let mut d: Device = json(&v).or_else(abort)?;
                        d.name = e.device_name.clone();
                        d.key = e.device_key;
                        d.revoked = false;
                        d
                    }
                    None => Device {
                        learner: learner.id,
                        device: e.device,
                        name: e.device_name.clone(),
                        key: e.device_key,
                        created_ms: now_ms,
                        revoked: false,
                        last_sync_ms: None,
                        acked: 0,
                        forked_from: None,
                    },
                };
                devices.insert(key, to_json(&device).or_else(abort)?)?;
                let token = TokenRecord {
                    learner: learner.id,
                    device: e.device,
                    created_ms: now_ms,
                    revoked: false,
                };
                tokens.insert(&e.token_hash, to_json(&token).or_else(abort)?)?;
                Ok(learner)
            })
            .map_err(tx_error)?;
        self.flush()?;
        Ok(learner)
    }

    fn revoke_device(&self, learner: Uuid, device: Uuid) -> Result<bool, StoreError> {
        let _w = self.lock();
        let key = ld(learner, device);
        let Some(v) = self.devices.get(&key)? else {
            return Ok(false);
        };
        let mut d: Device = json(&v)?;
        d.revoked = true;
        let registration = to_json(&d)?;
        let mut tokens = Vec::new();
        for r in self.tokens.iter() {
            let (k, v) = r?;
            let mut t: TokenRecord = json(&v)?;
            if t.learner == learner && t.device == device && !t.revoked {
                t.revoked = true;
                tokens.push((k, to_json(&t)?));
            }
        }
        (&self.devices, &self.tokens)
            .transaction(|(devices, tok)| -> TxResult<()> {
                devices.insert(key.as_slice(), registration.clone())?;
                for (k, v) in &tokens {
                    tok.insert(k, v.clone())?;
                }
                Ok(())
            })
            .map_err(tx_error)?;
        self.flush()?;
        Ok(true)
    }

    fn fork_device(
        &self,
        learner: Uuid,
        from: Uuid,
        new: Uuid,
        token_hash: [u8; 32],
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let _w = self.lock();
        (&self.devices, &self.tokens)
            .transaction(|(devices, tokens)| -> TxResult<()> {
                let Some(v) = devices.get(ld(learner, from))? else {
                    return abort(StoreError::UnknownDevice(from));
                };
                let old: Device = json(&v).or_else(abort)?;
                match devices.get(ld(learner, new))? {
                    Some(v) => {
                        let d: Device = json(&v).or_else(abort)?;
                        if d.forked_from != Some(from) || d.key != old.key || d.revoked {
                            return abort(StoreError::ForkTaken(new));
                        }
                    }
                    None => {
                        let d = Device {
                            learner,
                            device: new,
                            name: format!("{} (copy)", old.name),
                            key: old.key,
                            created_ms: now_ms,
                            revoked: false,
                            last_sync_ms: None,
                            acked: 0,
                            forked_from: Some(from),
                        };
                        devices.insert(ld(learner, new), to_json(&d).or_else(abort)?)?;
                    }
                }
                let token = TokenRecord {
                    learner,
                    device: new,
                    created_ms: now_ms,
                    revoked: false,
                };
                tokens.insert(&token_hash, to_json(&token).or_else(abort)?)?;
                Ok(())
            })
            .map_err(tx_error)?;
        self.flush()
    }

    fn ingest(&self, learner: Uuid, events: &[Event]) -> Result<Ingested, StoreError> {
        let _w = self.lock();
        // Erasing takes the same lock: no event of an erased learner gets in after it.
        if let Some(l) = self.learners.get(learner.as_bytes())? {
            if json::<Learner>(&l)?.erased_ms.is_some() {
                return Err(StoreError::LearnerErased(learner));
            }
        }
        let bodies = events
            .iter()
            .map(event_json)
            .collect::<Result<Vec<_>, _>>()?;
        let ingested = (
            &self.events,
            &self.event_keys,
            &self.counters,
            &self.devices,
            &self.chains,
        )
            .transaction(
                |(ev, keys, counters, devices, chains)| -> TxResult<Ingested> {
                    let mut last = match counters.get(learner.as_bytes())? {
                        Some(v) => be_u64(&v).or_else(abort)?,
                        None => 0,
                    };
                    let mut chain = match chains.get(ls(learner, last))? {
                        Some(v) => be_u64(&v).or_else(abort)?,
                        None => 0,
                    };
                    let mut out = Ingested::default();
                    let mut touched = BTreeSet::new();
                    for (e, body) in events.iter().zip(&bodies) {
                        let key = lds(learner, e.device, e.seq);
                        if let Some(at) = keys.get(&key)? {
                            let at = be_u64(&at).or_else(abort)?;
                            let stored = ev.get(ls(learner, at))?.unwrap_or_default();
                            if stored != body.as_bytes() && !same_event(&stored, e) {
                                return abort(StoreError::Forked {
                                    device: e.device,
                                    seq: e.seq,
                                });
                            }
                            out.existing += 1;
                            continue;
                        }
                        last += 1;
                        chain = chain_next(chain, e.id);
                        keys.insert(key, &last.to_be_bytes())?;
                        ev.insert(ls(learner, last), body.as_bytes())?;
                        chains.insert(ls(learner, last), &chain.to_be_bytes())?;
                        touched.insert(e.device);
                        out.new += 1;
                    }
                    counters.insert(learner.as_bytes(), &last.to_be_bytes())?;
                    for device in touched {
                        let key = ld(learner, device);
                        let Some(v) = devices.get(&key)? else {
                            return abort(StoreError::UnknownDevice(device));
                        };
                        let mut d: Device = json(&v).or_else(abort)?;
                        while keys.get(lds(learner, device, d.acked + 1))?.is_some() {
                            d.acked += 1;
                        }
                        devices.insert(key, to_json(&d).or_else(abort)?)?;
                    }
                    Ok(out)
                },
            )
            .map_err(tx_error)?;
        self.flush()?;
        Ok(ingested)
    }

    /// The history check at `server_seq` (0 before the first event); `None` when the
    /// learner has no such event.
    fn chain_at(&self, learner: Uuid, server_seq: u64) -> Result<Option<u64>, StoreError> {
        if server_seq == 0 {
            return Ok(Some(0));
        }
        self.chains
            .get(ls(learner, server_seq))?
            .map(|v| be_u64(&v))
            .transpose()
    }

    /// Computes the history checks of events stored before there were any (once, at the
    /// first start of a server that keeps them).
    fn chain_existing(&self) -> Result<(), StoreError> {
        let mut current: Option<(Uuid, u64)> = None;
        for r in self.events.iter() {
            let (k, v) = r?;
            let learner = Uuid::from_slice(&k[..16])
                .map_err(|_| StoreError::Corrupt("an event key is not a learner".into()))?;
            let event: Event = json(&v)?;
            let prev = match current {
                Some((l, c)) if l == learner => c,
                _ => 0,
            };
            let chain = chain_next(prev, event.id);
            self.chains.insert(&k, &chain.to_be_bytes())?;
            current = Some((learner, chain));
        }
        Ok(())
    }

    fn pull(
        &self,
        learner: Uuid,
        device: Uuid,
        after: u64,
        check: u64,
        limit: u32,
        max_bytes: usize,
    ) -> Result<Pulled, StoreError> {
        // Under the write lock every ingest that numbered up to `high` has committed, so
        // the events up to `high` are all visible below.
        let high = {
            let _w = self.lock();
            match self.counters.get(learner.as_bytes())? {
                Some(v) => be_u64(&v)?,
                None => 0,
            }
        };
        let rewound = self.chain_at(learner, after)? != Some(check);
        let after = if rewound { 0 } else { after };
        let mut pulled = Pulled {
            events: Vec::new(),
            cursor: high,
            check: 0,
            more: false,
            rewound,
        };
        if after < high {
            self.pull_from(&mut pulled, learner, device, after, limit, max_bytes)?;
        }
        pulled.check = self
            .chain_at(learner, pulled.cursor)?
            .ok_or_else(|| StoreError::Corrupt("an event has no history check".into()))?;
        Ok(pulled)
    }

    /// Fills `pulled`, whose cursor is the learner's highest number so far, with events
    /// after `after`.
    fn pull_from(
        &self,
        pulled: &mut Pulled,
        learner: Uuid,
        device: Uuid,
        after: u64,
        limit: u32,
        max_bytes: usize,
    ) -> Result<(), StoreError> {
        let high = pulled.cursor;
        let (mut last_returned, mut bytes) = (after, 0);
        for r in self
            .events
            .range(ls(learner, after + 1)..=ls(learner, high))
        {
            let (k, v) = r?;
            let event: Event = json(&v)?;
            if event.device == device {
                continue;
            }
            bytes += lphm_sync::wire::weight(&event);
            let full = pulled.events.len() == limit as usize
                || (bytes > max_bytes && !pulled.events.is_empty());
            if full {
                pulled.more = true;
                pulled.cursor = last_returned;
                break;
            }
            last_returned = be_u64(&k[16..])?;
            pulled.events.push(event);
        }
        Ok(())
    }
}
