//! Certificates of completion.
//!
//! A learner who completes a course gets a certificate from the programme's server: the
//! server signs, the laptop renders and stores.
//!
//! - [`issue`] and [`verify`]: the signed credential, an Open Badges 3.0
//!   `OpenBadgeCredential` secured as a JWT with EdDSA, with the programme's certificate
//!   key (an ed25519 key file from `lphm keygen`, the key types of `lphm-package`). See
//!   [`credential`] for its shape and where the LPHM facts that OB 3.0 has no field for
//!   travel.
//!
//! Nothing here reads a clock or draws random numbers: times and ids come in the
//! [`Facts`].

pub mod credential;
mod error;

pub use credential::{issue, verify, Credential, Facts};
pub use error::CertificateError;
