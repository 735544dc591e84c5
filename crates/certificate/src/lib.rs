//! Certificates of completion.
//!
//! A learner who completes a course gets a certificate from the programme's server: the
//! server signs, the laptop renders and stores. This crate holds both halves and the way
//! back:
//!
//! - [`issue`] and [`verify`]: the signed credential, an Open Badges 3.0
//!   `OpenBadgeCredential` secured as a JWT with EdDSA, with the programme's certificate
//!   key (an ed25519 key file from `lphm keygen`, the key types of `lphm-package`). See
//!   [`credential`] for its shape and where the LPHM facts that OB 3.0 has no field for
//!   travel.
//! - [`render`]: a one-page PDF/A-3u in the learner's interface language, of a
//!   [`Document::Certificate`] (QR code to the verification address, the credential
//!   attached as `credential.jwt`) or a [`Document::Statement`] of completion made on the
//!   laptop before anything was issued (marked as not verified, no QR code, no credential).
//! - [`credential_in_pdf`] and [`check_pdf`]: a certificate PDF read back and checked.
//!
//! It also prints the learner's notes ([`render_notes`]: a [`NotesDocument`] on as many
//! A4 pages as it takes), with the same fonts, shaping and colours; the crate prints, and
//! is to be renamed for it.
//!
//! Nothing here reads a clock or draws random numbers: times and ids come in the
//! [`Facts`] (and the [`NotesDocument`]).

mod attachment;
pub mod credential;
mod document;
mod error;
mod notes;
mod pen;
mod text;

pub use attachment::{check_pdf, credential_in_pdf};
pub use credential::{issue, verify, Credential, Facts};
pub use document::{long_date, render, Document, Titles, ATTACHMENT, STATEMENT_KEYWORD};
pub use error::CertificateError;
pub use notes::{render_notes, NotesCourse, NotesDocument, NotesLesson};
