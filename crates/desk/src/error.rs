//! The error that crosses into the interface. Each kind of failure is a variant of
//! [`ErrorKind`] with a stable code and the typed arguments of its Fluent message
//! `error-<code>`: the window and the command-line tool show that message in the learner's
//! language, so nothing matches on English text. Numbers stay numbers, so Fluent picks the
//! right plural form ("3 pytania", "5 pytań").
//!
//! What a person does not read in the message (the system's own words, the folder
//! concerned, the questions left unanswered) travels apart, in [`Context`].
//!
//! On the wire: `{ "code": "quiz-unanswered", "args": { "count": 2 }, "context": { … } }`.
//! The tests of this module check that every locale has a message for every code, taking
//! exactly the arguments the variant carries.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Declares [`ErrorKind`]: each variant with its code and the arguments of its message.
macro_rules! errors {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident = $code:literal { $($arg:ident : $ty:ty),* $(,)? }
    ),* $(,)?) => {
        /// Every failure a person can be shown, with its message's arguments.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
        #[serde(tag = "code", content = "args")]
        pub enum ErrorKind {
            $(
                $(#[doc = $doc])*
                #[serde(rename = $code)]
                $variant { $($arg: $ty),* },
            )*
        }

        impl ErrorKind {
            /// Every code, with the names of its message's arguments.
            pub const ALL: &'static [(&'static str, &'static [&'static str])] =
                &[$(($code, &[$(stringify!($arg)),*])),*];

            /// The stable code: the message is `error-<code>`.
            pub fn code(&self) -> &'static str {
                match self {
                    $(ErrorKind::$variant { .. } => $code,)*
                }
            }
        }
    };
}

errors! {
    /// Something no other code covers (a failure of the window's own machinery).
    Unexpected = "unexpected" { code: String },
    StoreUnreadable = "store-unreadable" {},
    StoreLocked = "store-locked" {},
    StoreCorrupt = "store-corrupt" {},
    StoreNewerSchema = "store-newer-schema" {},
    StoreDiskFull = "store-disk-full" {},
    StoreIo = "store-io" {},
    StoreCorruptRecord = "store-corrupt-record" {},
    ContentIo = "content-io" {},
    ContentMissingFile = "content-missing-file" { detail: String },
    ContentMalformed = "content-malformed" { detail: String },
    ContentUnsupportedFormat = "content-unsupported-format" {},
    ContentBadId = "content-bad-id" { detail: String },
    ContentDuplicateId = "content-duplicate-id" { detail: String },
    ContentMissingFallback = "content-missing-fallback" { detail: String },
    ContentBadQuestion = "content-bad-question" { detail: String },
    ProfileNameRequired = "profile-name-required" {},
    ProfileNotFound = "profile-not-found" {},
    ProfileNone = "profile-none" {},
    LanguageUnknown = "language-unknown" {},
    TextSizeOutOfRange = "text-size-out-of-range" { min: u16, max: u16 },
    CourseNotFound = "course-not-found" {},
    LessonNotFound = "lesson-not-found" {},
    QuizNotFound = "quiz-not-found" {},
    /// Submitted with `count` questions unanswered (which ones: [`Context::questions`]).
    QuizUnanswered = "quiz-unanswered" { count: u32 },
    QuizInvalidAnswer = "quiz-invalid-answer" {},
    /// The course has no pre-test, post-test or survey of that kind.
    EvaluationNone = "evaluation-none" {},
    /// The post-test before the course is complete.
    TestLocked = "test-locked" {},
    /// The pre-test once lessons were completed without it.
    TestClosed = "test-closed" {},
    TestAlreadyTaken = "test-already-taken" {},
    /// Submitted with `count` questions unanswered (which ones: [`Context::questions`]).
    TestUnanswered = "test-unanswered" { count: u32 },
    TestInvalidAnswer = "test-invalid-answer" {},
    /// A survey before it is offered (the course not complete, the follow-up not due).
    SurveyLocked = "survey-locked" {},
    SurveyAlreadyAnswered = "survey-already-answered" {},
    /// `count` required questions unanswered (which ones: [`Context::questions`]).
    SurveyUnanswered = "survey-unanswered" { count: u32 },
    /// An answer that does not fit its question (which: [`Context::questions`]).
    SurveyInvalidAnswer = "survey-invalid-answer" {},
    PackageNotAPackage = "package-not-a-package" {},
    PackageTruncated = "package-truncated" {},
    PackageUnsupportedFormat = "package-unsupported-format" {},
    PackageBadManifest = "package-bad-manifest" { detail: String },
    PackageUnknownKey = "package-unknown-key" { key: String },
    PackageBadSignature = "package-bad-signature" {},
    PackageTampered = "package-tampered" { path: String },
    PackageUnsafeEntry = "package-unsafe-entry" { path: String },
    PackageTooLarge = "package-too-large" { detail: String },
    PackageMissingFile = "package-missing-file" { path: String },
    PackageCancelled = "package-cancelled" {},
    PackageBadKey = "package-bad-key" { detail: String },
    PackageIo = "package-io" { detail: String },
    PackageFileUnreadable = "package-file-unreadable" { path: String, detail: String },
    /// Another program holds the file (Windows).
    FileInUse = "file-in-use" { path: String },
    PackageOlderVersion = "package-older-version" { found: u32, installed: u32 },
    PackageSameVersionDiffers = "package-same-version-differs" { version: u32 },
    TrustKeyNotFound = "trust-key-not-found" { key: String },
    SyncOffline = "sync-offline" { server: String },
    SyncTimeout = "sync-timeout" { server: String },
    SyncServerError = "sync-server-error" { server: String, status: u16 },
    SyncBadResponse = "sync-bad-response" { server: String },
    SyncTokenRefused = "sync-token-refused" { server: String },
    SyncCodeInvalid = "sync-code-invalid" {},
    SyncCodeUsed = "sync-code-used" {},
    SyncCodeExpired = "sync-code-expired" {},
    SyncTooManyAttempts = "sync-too-many-attempts" { server: String },
    /// The server took this laptop for a copy of another (see [`Context::seq`]).
    SyncDeviceForked = "sync-device-forked" { server: String },
    /// The programme erased the learner's data on the server: their laptops are refused
    /// for good and the background sync stops; progress here is kept.
    LearnerErased = "learner-erased" { server: String },
    SyncServerVersion = "sync-server-version" { server: String },
    SyncRefused = "sync-refused" { server: String, status: u16 },
    SyncNotEnrolled = "sync-not-enrolled" {},
    SyncServerInvalid = "sync-server-invalid" { server: String },
    SyncServerRequired = "sync-server-required" {},
    SyncCodeRequired = "sync-code-required" {},
    /// Enrolling without the learner's agreement to the current statement of what is sent
    /// (`client::CONSENT_VERSION`): nothing was sent.
    ConsentNeeded = "consent-needed" {},
    /// The server could not be reached while enrolling (nothing is waiting to be sent yet).
    EnrollOffline = "enroll-offline" { server: String },
    SyncCertificateInvalid = "sync-certificate-invalid" { detail: String },
    SyncCertificateUntrusted = "sync-certificate-untrusted" { server: String },
    BundleNothingToExport = "bundle-nothing-to-export" {},
    BundleNothingRecorded = "bundle-nothing-recorded" {},
    BundleWriteFailed = "bundle-write-failed" { path: String, detail: String },
    NotesNothingToExport = "notes-nothing-to-export" {},
    SearchFailed = "search-failed" {},
    NotesExportFailed = "notes-export-failed" { path: String, detail: String },
    /// The window asked for a kind of file other than `md` and `pdf`.
    NotesFormatUnknown = "notes-format-unknown" { format: String },
    /// A note or title has a character the PDF's fonts cannot draw.
    NotesCannotPrint = "notes-cannot-print" { character: String },
    CertificateNotComplete = "certificate-not-complete" {},
    CertificateSaveFailed = "certificate-save-failed" { path: String, detail: String },
    CertificateCannotPrint = "certificate-cannot-print" { character: String },
    CertificateNotPdf = "certificate-not-pdf" { file: String },
    CertificateStatement = "certificate-statement" { file: String },
    CertificateNoCredential = "certificate-no-credential" { file: String },
    CertificateTampered = "certificate-tampered" { file: String },
    CertificateUnknownKey = "certificate-unknown-key" { file: String },
    DownloadNotOffered = "download-not-offered" { file: String },
    DownloadWriteFailed = "download-write-failed" { path: String, detail: String },
    DownloadDamaged = "download-damaged" { file: String },
    DownloadCancelled = "download-cancelled" {},
    /// `max`: the longest note, in characters.
    NoteTooLong = "note-too-long" { max: u32 },
}

/// What goes with an error but is not part of its message.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Context {
    /// The system's or the server's own words, untranslated: shown as a detail, kept for
    /// support.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub detail: Option<String>,
    /// The file or folder concerned, when the message does not name it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub path: Option<String>,
    /// The questions left unanswered (`quiz-unanswered`), for the window to point at.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<Vec<String>>")]
    pub questions: Vec<String>,
    /// The last event the server holds from this laptop (`sync-device-forked`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub seq: Option<u64>,
}

impl Context {
    fn is_empty(&self) -> bool {
        self == &Context::default()
    }
}

/// A failure as the interface receives it: what happened ([`ErrorKind`], flattened into
/// `code` and `args`) and its [`Context`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error, TS)]
#[error("{} {kind:?} {context:?}", kind.code())]
pub struct ApiError {
    #[serde(flatten)]
    pub kind: ErrorKind,
    /// Boxed: most errors have none, and a `Result` stays small.
    #[serde(default, skip_serializing_if = "Context::is_empty")]
    #[ts(optional, as = "Option<Context>")]
    pub context: Box<Context>,
}

impl From<ErrorKind> for ApiError {
    fn from(kind: ErrorKind) -> Self {
        ApiError {
            kind,
            context: Box::default(),
        }
    }
}

impl ApiError {
    /// The stable code: the message is `error-<code>`.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The message's arguments, as they cross to the window.
    pub fn args(&self) -> serde_json::Map<String, serde_json::Value> {
        match serde_json::to_value(&self.kind) {
            Ok(serde_json::Value::Object(mut o)) => match o.remove("args") {
                Some(serde_json::Value::Object(args)) => args,
                _ => serde_json::Map::new(),
            },
            _ => serde_json::Map::new(),
        }
    }

    /// With the system's or server's own words.
    pub fn detail(mut self, detail: impl std::fmt::Display) -> ApiError {
        self.context.detail = Some(detail.to_string());
        self
    }

    /// With the file or folder concerned.
    pub fn path(mut self, path: &Path) -> ApiError {
        self.context.path = Some(path.display().to_string());
        self
    }

    /// An I/O failure on the file at `path`: `file-in-use` when another program holds it
    /// (Windows), else what `kind` makes of the path and the system's own words.
    pub fn file(
        kind: impl FnOnce(String, String) -> ErrorKind,
        path: &Path,
        e: &std::io::Error,
    ) -> ApiError {
        let shown = path.display().to_string();
        if lphm_durable::in_use(path, e) {
            ApiError::from(ErrorKind::FileInUse { path: shown }).detail(e)
        } else {
            ApiError::from(kind(shown, e.to_string()))
        }
    }
}

impl From<lphm_store::OpenError> for ApiError {
    fn from(e: lphm_store::OpenError) -> Self {
        use lphm_store::OpenError as E;
        let kind = match &e {
            E::Unreadable { .. } => ErrorKind::StoreUnreadable {},
            E::Locked { .. } => ErrorKind::StoreLocked {},
            E::Corrupt { .. } => ErrorKind::StoreCorrupt {},
            E::NewerSchema { .. } => ErrorKind::StoreNewerSchema {},
            _ => ErrorKind::StoreUnreadable {},
        };
        ApiError::from(kind).path(e.path()).detail(&e)
    }
}

impl From<lphm_store::StoreError> for ApiError {
    fn from(e: lphm_store::StoreError) -> Self {
        use lphm_store::StoreError as E;
        let kind = match &e {
            E::DiskFull => ErrorKind::StoreDiskFull {},
            E::Corrupt(_) => ErrorKind::StoreCorruptRecord {},
            _ => ErrorKind::StoreIo {},
        };
        ApiError::from(kind).detail(&e)
    }
}

impl From<lphm_content::ContentError> for ApiError {
    fn from(e: lphm_content::ContentError) -> Self {
        content(&e)
    }
}

fn content(e: &lphm_content::ContentError) -> ApiError {
    {
        use lphm_content::ContentError as E;
        let detail = e.to_string();
        let kind = match e {
            E::Io { .. } => ErrorKind::ContentIo {},
            E::MissingFile { .. } => ErrorKind::ContentMissingFile { detail },
            E::Malformed { .. } => ErrorKind::ContentMalformed { detail },
            E::UnsupportedFormat { .. } => ErrorKind::ContentUnsupportedFormat {},
            E::BadId { .. } => ErrorKind::ContentBadId { detail },
            E::DuplicateId { .. } => ErrorKind::ContentDuplicateId { detail },
            E::MissingFallback { .. } => ErrorKind::ContentMissingFallback { detail },
            E::BadQuestion { .. } => ErrorKind::ContentBadQuestion { detail },
            _ => ErrorKind::ContentMalformed { detail },
        };
        ApiError::from(kind).detail(e)
    }
}

impl From<lphm_package::PackageError> for ApiError {
    fn from(e: lphm_package::PackageError) -> Self {
        use lphm_package::PackageError as E;
        let kind = match &e {
            E::NotAPackage { .. } => ErrorKind::PackageNotAPackage {},
            E::Truncated => ErrorKind::PackageTruncated {},
            E::UnsupportedFormat { .. } => ErrorKind::PackageUnsupportedFormat {},
            E::BadManifest { detail } => ErrorKind::PackageBadManifest {
                detail: detail.clone(),
            },
            E::UnknownKey { key } => ErrorKind::PackageUnknownKey { key: key.clone() },
            E::BadSignature => ErrorKind::PackageBadSignature {},
            E::Tampered { path } => ErrorKind::PackageTampered { path: path.clone() },
            E::UnsafeEntry { path, .. } => ErrorKind::PackageUnsafeEntry { path: path.clone() },
            E::TooLarge { detail } => ErrorKind::PackageTooLarge {
                detail: detail.clone(),
            },
            E::MissingFile { path } => ErrorKind::PackageMissingFile { path: path.clone() },
            E::Content(c) => return content(c),
            E::Cancelled => ErrorKind::PackageCancelled {},
            E::BadKey { detail } => ErrorKind::PackageBadKey {
                detail: detail.clone(),
            },
            E::Io(io) => ErrorKind::PackageIo {
                detail: io.to_string(),
            },
            _ => ErrorKind::PackageNotAPackage {},
        };
        ApiError::from(kind).detail(&e)
    }
}

#[cfg(test)]
mod tests;
