//! Personal data on the server (the GDPR's rights of access and erasure, for the
//! programme's EU cities): everything held about one learner as a file they can read
//! ([`export`]), and erasing a learner ([`erase`]).
//!
//! Erasing deletes the learner's progress events (and their indexes), laptops and their
//! tokens, unused codes and cohort places, blanks the name and authority of the learner and
//! of their certificates, and keeps a tombstone: the learner's record with `erased_ms`
//! (and the reason), the certificates' numbers, courses, dates and revocations (so the
//! verification page still answers), and an audit entry `learner-erase` naming only the
//! learner's id. The hashes of the erased laptops' tokens are kept, with nothing else, so
//! those laptops are told `learner-erased` in words rather than "unknown token".

use lphm_progress::Event;
use serde::Serialize;
use uuid::Uuid;

use crate::accounts::AuditEntry;
use crate::{Backend, StoreError};

/// Milliseconds since the epoch as a person reads them: RFC 3339 in UTC.
pub fn utc_text(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.round(jiff::Unit::Second).unwrap_or(t).to_string())
        .unwrap_or_else(|_| ms.to_string())
}

mod when {
    pub fn serialize<S: serde::Serializer>(ms: &i64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::utc_text(*ms))
    }
}

mod when_opt {
    pub fn serialize<S: serde::Serializer>(ms: &Option<i64>, s: S) -> Result<S::Ok, S::Error> {
        match ms {
            Some(ms) => s.serialize_str(&super::utc_text(*ms)),
            None => s.serialize_none(),
        }
    }
}

/// Everything the server holds about one learner, as the backends gather it. Keys are
/// words a person can read; times are UTC. Never a token's or a code's hash, nor a key.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LearnerData {
    pub learner: LearnerRecord,
    pub cohorts: Vec<CohortPlace>,
    pub devices: Vec<DeviceRecord>,
    pub enrollment_codes: Vec<CodeRecord>,
    /// In the order the server stored them, in the form of `lphm_progress::Event`.
    pub progress_events: Vec<Event>,
    pub certificates: Vec<CertificateInfo>,
    /// Audit entries whose subject names the learner's id.
    pub audit_entries: Vec<AuditInfo>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LearnerRecord {
    pub id: Uuid,
    pub name: String,
    pub authority: String,
    #[serde(rename = "created", with = "when")]
    pub created_ms: i64,
    #[serde(rename = "erased", with = "when_opt")]
    pub erased_ms: Option<i64>,
    /// The form of a course's pre-test ("A" or "B", the first or second of its two
    /// parallel forms) the server gave the learner when they enrolled; the post-test is
    /// the other.
    pub first_test_form: Option<String>,
}

/// A first form (0 or 1) as the export and the dashboard name it: "A" or "B".
pub fn form_letter(form: u8) -> String {
    if form == 0 { "A" } else { "B" }.to_string()
}

/// A cohort the learner is a participant of, and the city and country given for them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CohortPlace {
    pub cohort_id: Uuid,
    pub cohort_name: String,
    pub starts: String,
    pub ends: String,
    pub place: String,
    pub city: String,
    pub country: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DeviceRecord {
    pub device_id: Uuid,
    pub name: String,
    #[serde(rename = "registered", with = "when")]
    pub created_ms: i64,
    #[serde(rename = "last_sync", with = "when_opt")]
    pub last_sync_ms: Option<i64>,
    pub revoked: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CodeRecord {
    #[serde(rename = "issued", with = "when")]
    pub created_ms: i64,
    #[serde(rename = "expires", with = "when")]
    pub expires_ms: i64,
    #[serde(rename = "used", with = "when_opt")]
    pub used_ms: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CertificateInfo {
    pub certificate_id: Uuid,
    pub course: String,
    #[serde(rename = "issued", with = "when")]
    pub issued_ms: i64,
    #[serde(rename = "revoked", with = "when_opt")]
    pub revoked_ms: Option<i64>,
    pub revoked_reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AuditInfo {
    #[serde(rename = "at", with = "when")]
    pub at_ms: i64,
    /// The dashboard account, or none for the command line and the server itself.
    pub account: Option<Uuid>,
    pub action: String,
    pub subject: String,
}

impl From<AuditEntry> for AuditInfo {
    fn from(e: AuditEntry) -> AuditInfo {
        AuditInfo {
            at_ms: e.at_ms,
            account: e.account,
            action: e.action,
            subject: e.subject,
        }
    }
}

/// What an erasure removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Erased {
    pub events: usize,
    pub devices: usize,
    pub codes: usize,
    pub cohorts: usize,
    /// Certificates whose name and authority were blanked (they stay, with their numbers).
    pub certificates: usize,
}

/// The export file: [`LearnerData`] under a plain-English `about`.
#[derive(Serialize)]
struct ExportFile<'a> {
    about: String,
    made: String,
    #[serde(flatten)]
    data: &'a LearnerData,
}

/// Everything held about `learner` as the file they can read: pretty-printed JSON in
/// UTF-8, with an `about` that says what it is and when it was made. Names appear as
/// stored (a learner has the right to see exactly what is kept). Not audited here: the
/// caller says who asked.
pub async fn export(backend: &Backend, learner: Uuid, now_ms: i64) -> Result<String, StoreError> {
    let data = backend
        .learner_export(learner)
        .await?
        .ok_or(StoreError::UnknownLearner(learner))?;
    let made = utc_text(now_ms);
    let file = ExportFile {
        about: format!(
            "Everything the sync server of UNITAR's Learning Platform on Human Mobility (LPHM) \
             held about learner {learner} on {made} (UTC): the learner's record, the cohorts \
             they take part in, the laptops registered for them, the enrollment codes issued \
             to them, every progress event their laptops sent, their certificates, and the \
             audit log entries that name them. Names are as stored. Secrets (token and code \
             hashes, keys) are left out."
        ),
        made,
        data: &data,
    };
    let mut text = serde_json::to_string_pretty(&file)?;
    text.push('\n');
    Ok(text)
}

/// Erases `learner` (see the module comment) and writes the audit entry `learner-erase`,
/// in one transaction where the backend allows. `reason` is kept on the tombstone; it
/// must not be empty. An erased learner is not erased again ([`StoreError::LearnerErased`]).
pub async fn erase(
    backend: &Backend,
    learner: Uuid,
    now_ms: i64,
    by: Option<Uuid>,
    reason: &str,
) -> Result<Erased, StoreError> {
    backend
        .erase_learner(learner, now_ms, by, reason.trim().to_string())
        .await
}
