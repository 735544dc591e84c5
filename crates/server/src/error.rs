//! What can go wrong in storage and in serving, as `thiserror` enums.

use uuid::Uuid;

/// A storage operation failed or was refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("the enrollment code is not known")]
    CodeInvalid,
    #[error("the enrollment code was already used")]
    CodeUsed,
    #[error("the enrollment code has expired")]
    CodeExpired,
    #[error("no learner {0} on this server")]
    UnknownLearner(Uuid),
    #[error("the personal data of learner {0} was erased; their laptops and codes are refused")]
    LearnerErased(Uuid),
    #[error("no device {0} on this server")]
    UnknownDevice(Uuid),
    #[error("event {seq} of device {device} is already stored with other contents: that laptop was restored from a backup or copied")]
    Forked { device: Uuid, seq: u64 },
    #[error("device {0} is already registered, and not as a new identity of this laptop")]
    ForkTaken(Uuid),
    #[error("no cohort {0} on this server")]
    UnknownCohort(Uuid),
    #[error("an account with the login '{0}' already exists")]
    LoginTaken(String),
    #[error("the sled database failed: {0}")]
    Sled(#[from] sled::Error),
    #[error("PostgreSQL failed: {0}")]
    Postgres(#[from] tokio_postgres::Error),
    #[error("no PostgreSQL connection: {0}")]
    Pool(#[from] deadpool_postgres::PoolError),
    #[error("the PostgreSQL address is not usable: {0}")]
    PostgresConfig(String),
    #[error("the database holds a record that does not read back: {0}")]
    Corrupt(String),
    #[error(
        "the database was written by a newer server (schema {found}, this server knows {known})"
    )]
    Schema { found: String, known: u32 },
    #[error("a storage task stopped unexpectedly: {0}")]
    Task(String),
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> StoreError {
        StoreError::Corrupt(e.to_string())
    }
}

/// The server could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot listen: {0}")]
    Io(#[from] std::io::Error),
    #[error("the TLS certificate or key is not usable: {0}")]
    Tls(String),
}
