//! Certificates on the laptop: the ones the programme issued arrive with a sync
//! (`GET /v1/certificates`), are checked against the key the server sends with them, and
//! are kept for good; the learner saves one as a PDF in their interface language, made
//! here, offline. A learner who completed a course before any certificate came (never
//! synced, or no server at all) can save a *statement of completion*, marked on the page
//! as not verified by the programme.

use std::path::Path;

use lphm_certificate::{CertificateError, Document, Facts, Titles};
use lphm_content::Manifest;
use lphm_progress::CourseProgress;
use lphm_store::KeptCertificate;
use lphm_sync::protocol::Certificates;
use serde::Serialize;
use uuid::Uuid;

use crate::client::Enrollment;
use crate::{ApiError, Desk, ErrorKind, FileDialog};

/// The programme's certificate key, public half: what `lphm certificate verify` trusts.
/// The secret half is the programme's, on its server only (`docs/certificates.md`).
pub const PROGRAMME_KEY: &str = include_str!("../../../keys/lphm-programme.public.json");

/// The programme, as a statement of completion names it (the server's default issuer name).
pub const PROGRAMME_NAME: &str = "UNITAR Learning Platform on Human Mobility";

/// The reference printed on a statement of completion: derived from the learner and the
/// course, so every print of it carries the same one.
fn statement_reference(profile: Uuid, course: &str) -> Uuid {
    use sha2::{Digest, Sha256};
    let digest = Sha256::new()
        .chain_update(b"lphm statement of completion\0")
        .chain_update(profile.as_bytes())
        .chain_update(course.as_bytes())
        .finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

/// What the course page shows about a certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct CertificateView {
    /// `issued`: the programme's certificate is here; `revoked`: it was revoked;
    /// `complete`: the course is complete and no certificate came yet (a statement can be
    /// saved).
    pub state: String,
    /// The certificate's id, when issued.
    pub id: Option<String>,
    /// Where anyone can check it, when issued.
    pub verify_url: Option<String>,
    /// The day the course was completed, YYYY-MM-DD.
    pub completed_on: String,
    /// Whether this learner syncs with a server (then the certificate comes with a sync).
    pub connected: bool,
}

/// The UTC date of `ms`, YYYY-MM-DD.
fn utc_date(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.strftime("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

impl Desk {
    /// Fetches `profile`'s certificates from the server it syncs with and keeps the new
    /// ones (and revocations). A certificate whose signature does not check with the key
    /// the server gives is not kept. Returns how many were new or changed.
    pub(crate) async fn fetch_certificates(
        &self,
        profile: Uuid,
        en: &Enrollment,
    ) -> Result<usize, ApiError> {
        let answer: Certificates = self.get_json(en, "certificates").await?;
        let Some(key_file) = answer.key else {
            return Ok(0);
        };
        let key = lphm_package::PublicKey::parse(&key_file).map_err(|e| {
            ApiError::from(ErrorKind::SyncBadResponse {
                server: en.server.clone(),
            })
            .detail(e)
        })?;
        let mut changed = 0;
        for c in answer.certificates {
            if let Err(e) = lphm_certificate::verify(&c.jwt, std::slice::from_ref(&key)) {
                eprintln!(
                    "lphm: certificate {} from {} not kept: {e}",
                    c.id, en.server
                );
                continue;
            }
            let kept = KeptCertificate {
                id: c.id,
                course: c.course,
                jwt: c.jwt,
                key: key_file.clone(),
                revoked: c.revoked,
                received_ms: self.clock.now_ms(),
            };
            if self.store.keep_certificate(profile, &kept)? {
                changed += 1;
            }
        }
        Ok(changed)
    }

    /// The certificate kept for `course` (the latest, should a course have two).
    fn kept_certificate(
        &self,
        profile: Uuid,
        course: &str,
    ) -> Result<Option<(KeptCertificate, lphm_certificate::Credential)>, ApiError> {
        let mut found = None;
        for c in self.store.certificates(profile)? {
            if c.course != course {
                continue;
            }
            let Ok(key) = lphm_package::PublicKey::parse(&c.key) else {
                continue;
            };
            if let Ok(credential) = lphm_certificate::verify(&c.jwt, &[key]) {
                found = Some((c, credential));
            }
        }
        Ok(found)
    }

    /// What the course page says about a certificate for `course`: `None` while the
    /// course is not complete and nothing was issued.
    pub(crate) fn certificate_view(
        &self,
        profile: Uuid,
        m: &Manifest,
        summary: &lphm_progress::Summary,
    ) -> Result<Option<CertificateView>, ApiError> {
        let connected = self.enrollment()?.is_some();
        if let Some((kept, credential)) = self.kept_certificate(profile, &m.id)? {
            return Ok(Some(CertificateView {
                state: if kept.revoked { "revoked" } else { "issued" }.into(),
                id: Some(kept.id.to_string()),
                verify_url: Some(credential.facts.verify_url.clone()),
                completed_on: credential.facts.completed_on.clone(),
                connected,
            }));
        }
        Ok(
            CourseProgress::completed_at(m, summary).map(|ms| CertificateView {
                state: "complete".into(),
                id: None,
                verify_url: None,
                completed_on: utc_date(ms),
                connected,
            }),
        )
    }

    /// The PDF for `course` in the interface language: the programme's certificate when
    /// one was issued (and not revoked), else a statement of completion; refused while the
    /// course is not complete.
    pub fn certificate_pdf(&self, course: &str) -> Result<Vec<u8>, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        let lang = profile.lang.clone();
        let fb = m.fallback_lang();
        let titles = Titles {
            course: m.title.pick(&lang, fb).0.to_string(),
            modules: m
                .modules
                .iter()
                .map(|md| md.title.pick(&lang, fb).0.to_string())
                .collect(),
        };
        let doc = match self.kept_certificate(profile.id, course)? {
            Some((kept, credential)) if !kept.revoked => {
                Document::Certificate { credential, titles }
            }
            _ => {
                let summary = self.summary(profile.id)?;
                let Some(done_ms) = CourseProgress::completed_at(&m, &summary) else {
                    return Err(ApiError::from(ErrorKind::CertificateNotComplete {}));
                };
                let now = self.clock.now_ms();
                Document::Statement {
                    facts: Facts {
                        // No certificate number: a reference of this learner and
                        // course, the same on every print, to quote in a letter.
                        id: statement_reference(profile.id, &m.id),
                        learner: profile.id,
                        name: profile.name.clone(),
                        authority: profile.authority.clone(),
                        course: m.id.clone(),
                        course_title: m.title.pick(fb, fb).0.to_string(),
                        modules: m
                            .modules
                            .iter()
                            .map(|md| md.title.pick(fb, fb).0.to_string())
                            .collect(),
                        study_seconds: summary.seconds_in_course(course),
                        completed_on: utc_date(done_ms),
                        issued_at_ms: now,
                        issuer_name: PROGRAMME_NAME.into(),
                        issuer_url: String::new(),
                        verify_url: String::new(),
                    },
                    titles,
                }
            }
        };
        lphm_certificate::render(&doc, &lang).map_err(|e| match e {
            CertificateError::Character { character } => {
                ApiError::from(ErrorKind::CertificateCannotPrint {
                    character: character.to_string(),
                })
            }
            other => ApiError::from(ErrorKind::Unexpected {
                code: "certificate-render".into(),
            })
            .detail(other),
        })
    }

    /// The dialog that asks where to save the certificate (or statement) of `course`.
    /// Fails first when the course is not complete and nothing was issued.
    pub fn certificate_dialog(&self, course: &str) -> Result<FileDialog, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        let summary = self.summary(profile.id)?;
        let Some(view) = self.certificate_view(profile.id, &m, &summary)? else {
            return Err(ApiError::from(ErrorKind::CertificateNotComplete {}));
        };
        let mut dialog = self.dialog(
            "certificate-dialog-title",
            "certificate-dialog-filter",
            "pdf",
        )?;
        let kind = if view.state == "issued" {
            "certificate"
        } else {
            "statement"
        };
        dialog.file_name = Some(format!("lphm-{kind}-{course}.pdf"));
        Ok(dialog)
    }

    /// Writes the PDF of [`Desk::certificate_pdf`] to `path` and syncs it to disk.
    pub fn save_certificate(&self, course: &str, path: &Path) -> Result<(), ApiError> {
        let pdf = self.certificate_pdf(course)?;
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".part");
        lphm_durable::write_file(path, Path::new(&tmp), &pdf).map_err(|e| {
            ApiError::file(
                |path, detail| ErrorKind::CertificateSaveFailed { path, detail },
                path,
                &e,
            )
        })
    }
}

/// Checks a certificate PDF against the programme keys `trusted`: the credential it
/// carries, as `lphm certificate verify` reports it. `file` names it in the messages.
pub fn check_certificate_file(
    pdf: &[u8],
    file: &str,
    trusted: &[lphm_package::PublicKey],
) -> Result<lphm_certificate::Credential, ApiError> {
    let file = file.to_string();
    lphm_certificate::check_pdf(pdf, trusted).map_err(|e| {
        let detail = e.to_string();
        let kind = match e {
            CertificateError::NotPdf { .. } => ErrorKind::CertificateNotPdf { file },
            CertificateError::Statement => ErrorKind::CertificateStatement { file },
            CertificateError::NoCredential => ErrorKind::CertificateNoCredential { file },
            CertificateError::UnknownKey { .. } => ErrorKind::CertificateUnknownKey { file },
            _ => ErrorKind::CertificateTampered { file },
        };
        ApiError::from(kind).detail(detail)
    })
}
