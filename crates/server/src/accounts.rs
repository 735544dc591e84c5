//! Coordinator accounts for the dashboard: who may log in, with which role, and their
//! sessions.
//!
//! - Passwords are hashed with Argon2id (`argon2`, RustCrypto: memory-hard, the current
//!   OWASP recommendation, pure Rust) in the PHC string format, which carries its own salt
//!   and parameters; the password itself is never stored or logged.
//! - A session is a random token in an `HttpOnly`, `SameSite=Strict` cookie (`Secure` over
//!   TLS); the server keeps only its SHA-256, with the session's CSRF token, which every
//!   form carries back.
//! - An administrator may do everything; a coordinator sees only the cohorts given to them.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What an account may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything: every cohort, accounts, the audit log, a learner's data.
    Administrator,
    /// The cohorts they are given, and those cohorts' learners only.
    Coordinator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Coordinator => "coordinator",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "administrator" => Some(Role::Administrator),
            "coordinator" => Some(Role::Coordinator),
            _ => None,
        }
    }
}

/// A person who logs in to the dashboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: Uuid,
    /// What they type to log in: trimmed and lower-cased, unique.
    pub login: String,
    pub name: String,
    pub role: Role,
    /// Argon2id, PHC string format.
    pub password_hash: String,
    pub created_ms: i64,
    pub disabled: bool,
}

/// A logged-in session, as stored: the token only as its hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub token_hash: [u8; 32],
    pub account: Uuid,
    /// Every form carries it back; a request whose token differs is refused.
    pub csrf: String,
    pub created_ms: i64,
    pub expires_ms: i64,
}

/// How long a session lasts without logging in again: a working day.
pub const SESSION_MS: i64 = 12 * 60 * 60 * 1000;

/// The shortest password an account may have. Length is what makes a password strong;
/// no rules on kinds of characters (NIST SP 800-63B).
pub const MIN_PASSWORD_CHARS: usize = 12;

/// A login as stored: trimmed, lower-case.
pub fn normalise_login(login: &str) -> String {
    login.trim().to_lowercase()
}

/// The Argon2id hash of `password` with a fresh random salt (16 bytes from the system's
/// generator, through `rand`).
pub fn hash_password(password: &str) -> String {
    let bytes: [u8; 16] = rand::random();
    let salt = SaltString::encode_b64(&bytes).expect("16 bytes make a valid salt");
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("hashing with a generated salt and default parameters succeeds")
        .to_string()
}

/// Whether `password` is the one `hash` was made from (a hash that does not parse matches
/// nothing).
pub fn password_matches(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash to check against when no account has the login typed, so that a wrong login
/// takes as long as a wrong password and does not tell which logins exist.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("no account has this password"))
}

/// One line of the audit log: who looked at or changed what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at_ms: i64,
    /// The account, or `None` for the command line and the server itself.
    pub account: Option<Uuid>,
    /// What was done, e.g. `login`, `login-refused`, `cohort-view`, `csv-export`.
    pub action: String,
    /// What it was done to, e.g. a cohort id, a learner id, the login typed.
    pub subject: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_hash_is_argon2id_salted_and_matches_only_its_password() {
        let a = hash_password("correct horse battery staple");
        let b = hash_password("correct horse battery staple");
        assert!(a.starts_with("$argon2id$"), "{a}");
        assert_ne!(a, b, "a fresh salt each time");
        assert!(!a.contains("horse"), "the password is not in the hash");
        assert!(password_matches(&a, "correct horse battery staple"));
        assert!(!password_matches(&a, "correct horse battery stapler"));
        assert!(!password_matches("not a hash", "anything"));
        assert!(!password_matches(decoy_hash(), ""));
    }

    #[test]
    fn logins_compare_trimmed_and_without_case() {
        assert_eq!(
            normalise_login("  Awa.Ndiaye@Diourbel.sn "),
            "awa.ndiaye@diourbel.sn"
        );
        assert_eq!(
            Role::parse(Role::Coordinator.as_str()),
            Some(Role::Coordinator)
        );
        assert_eq!(Role::parse("root"), None);
    }
}
