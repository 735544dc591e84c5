//! The PostgreSQL backend. Schema (created on first connect, version in `lphm_meta`):
//!
//! ```sql
//! learners (id uuid PK, name, authority, created_ms, last_server_seq bigint,
//!           erased_ms NULL, erased_reason NULL: a tombstone once erased,
//!           first_form smallint NULL: the test form chosen at the first enrollment)
//! codes    (hash bytea PK, learner → learners, created_ms, expires_ms, used_ms NULL, used_by NULL,
//!           token bytea NULL: the hash of the token the redeem issued)
//! devices  (learner → learners, device uuid, name, public_key bytea, created_ms, revoked,
//!           last_sync_ms NULL, acked bigint, PK (learner, device))
//! tokens   (hash bytea PK, learner, device → devices, created_ms, revoked)
//! events   (learner → learners, server_seq, device, seq, event text (JSON), chain bigint
//!           (the history check up to this event, see `chain_next`),
//!           PK (learner, server_seq), UNIQUE (learner, device, seq))
//! erased_tokens (hash bytea PK, learner → learners): tokens of erased learners' laptops
//! ```
//!
//! `server_seq` comes from the learner's own row (`last_server_seq`), which an ingest
//! locks with `SELECT … FOR UPDATE` for the length of its transaction. Ingests of one
//! learner therefore commit one after another and in number order. (A global `SEQUENCE`
//! would not do: numbers are taken in one order and committed in another, and a pull
//! between the two commits would move its cursor past an event not yet visible.)
//!
//! Connections come from a `deadpool-postgres` pool: a small, well-kept pool made for
//! tokio-postgres, which recycles connections and caches prepared statements per
//! connection, so the hot statements of a sync are parsed once per connection.

use std::collections::{BTreeSet, HashMap};
use std::str::FromStr;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use lphm_progress::Event;
use tokio_postgres::NoTls;
use uuid::Uuid;

use super::{chain_next, event_json, same_event};
use crate::accounts::{Account, AuditEntry, Role, Session};
use crate::cohorts::{Cohort, Participant};
use crate::model::{CertificateRecord, Device, Enrollment, Ingested, Learner, Pulled};
use crate::privacy::{self, Erased, LearnerData};
use crate::StoreError;

const SCHEMA: u32 = 1;
/// Connections kept at most; a sync holds one for a few milliseconds.
const POOL_SIZE: usize = 16;

const CREATE: &str = r#"
CREATE TABLE IF NOT EXISTS lphm_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS learners (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    authority text NOT NULL,
    created_ms bigint NOT NULL,
    last_server_seq bigint NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS codes (
    hash bytea PRIMARY KEY,
    learner uuid NOT NULL REFERENCES learners (id),
    created_ms bigint NOT NULL,
    expires_ms bigint NOT NULL,
    used_ms bigint,
    used_by uuid
);
CREATE TABLE IF NOT EXISTS devices (
    learner uuid NOT NULL REFERENCES learners (id),
    device uuid NOT NULL,
    name text NOT NULL,
    public_key bytea NOT NULL,
    created_ms bigint NOT NULL,
    revoked boolean NOT NULL DEFAULT false,
    last_sync_ms bigint,
    acked bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (learner, device)
);
CREATE INDEX IF NOT EXISTS devices_by_device ON devices (device);
CREATE TABLE IF NOT EXISTS tokens (
    hash bytea PRIMARY KEY,
    learner uuid NOT NULL,
    device uuid NOT NULL,
    created_ms bigint NOT NULL,
    revoked boolean NOT NULL DEFAULT false,
    FOREIGN KEY (learner, device) REFERENCES devices (learner, device)
);
CREATE INDEX IF NOT EXISTS tokens_by_device ON tokens (device);
CREATE TABLE IF NOT EXISTS events (
    learner uuid NOT NULL REFERENCES learners (id),
    server_seq bigint NOT NULL,
    device uuid NOT NULL,
    seq bigint NOT NULL,
    event text NOT NULL,
    PRIMARY KEY (learner, server_seq),
    UNIQUE (learner, device, seq)
);
CREATE TABLE IF NOT EXISTS certificates (
    id uuid PRIMARY KEY,
    learner uuid NOT NULL REFERENCES learners (id),
    course text NOT NULL,
    jwt text NOT NULL,
    issued_ms bigint NOT NULL,
    revoked_ms bigint,
    revoked_reason text,
    UNIQUE (learner, course)
);
CREATE TABLE IF NOT EXISTS accounts (
    id uuid PRIMARY KEY,
    login text NOT NULL UNIQUE,
    name text NOT NULL,
    role text NOT NULL,
    password_hash text NOT NULL,
    created_ms bigint NOT NULL,
    disabled boolean NOT NULL DEFAULT false
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash bytea PRIMARY KEY,
    account uuid NOT NULL REFERENCES accounts (id),
    csrf text NOT NULL,
    created_ms bigint NOT NULL,
    expires_ms bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
    id bigserial PRIMARY KEY,
    at_ms bigint NOT NULL,
    account uuid,
    action text NOT NULL,
    subject text NOT NULL
);
CREATE TABLE IF NOT EXISTS cohorts (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    courses text[] NOT NULL,
    starts text NOT NULL,
    ends text NOT NULL,
    place text NOT NULL,
    facilitator text NOT NULL,
    created_ms bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
    cohort uuid NOT NULL REFERENCES cohorts (id),
    learner uuid NOT NULL REFERENCES learners (id),
    city text NOT NULL,
    country text NOT NULL,
    PRIMARY KEY (cohort, learner)
);
CREATE TABLE IF NOT EXISTS cohort_accounts (
    account uuid NOT NULL REFERENCES accounts (id),
    cohort uuid NOT NULL REFERENCES cohorts (id),
    PRIMARY KEY (account, cohort)
);
CREATE TABLE IF NOT EXISTS digests (
    learner uuid PRIMARY KEY REFERENCES learners (id),
    upto bigint NOT NULL,
    digest text NOT NULL
);
ALTER TABLE codes ADD COLUMN IF NOT EXISTS token bytea;
ALTER TABLE events ADD COLUMN IF NOT EXISTS chain bigint;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS forked_from uuid;
ALTER TABLE learners ADD COLUMN IF NOT EXISTS erased_ms bigint;
ALTER TABLE learners ADD COLUMN IF NOT EXISTS erased_reason text;
ALTER TABLE learners ADD COLUMN IF NOT EXISTS first_form smallint;
CREATE TABLE IF NOT EXISTS erased_tokens (
    hash bytea PRIMARY KEY,
    learner uuid NOT NULL REFERENCES learners (id)
);
INSERT INTO lphm_meta (key, value) VALUES ('schema', '1') ON CONFLICT (key) DO NOTHING;
"#;

const DEVICE_COLUMNS: &str =
    "learner, device, name, public_key, created_ms, revoked, last_sync_ms, acked, forked_from";

const COHORT_COLUMNS: &str = "id, name, courses, starts, ends, place, facilitator, created_ms";

fn cohort_row(row: &tokio_postgres::Row) -> Cohort {
    Cohort {
        id: row.get(0),
        name: row.get(1),
        courses: row.get(2),
        starts: row.get(3),
        ends: row.get(4),
        place: row.get(5),
        facilitator: row.get(6),
        created_ms: row.get(7),
    }
}

const ACCOUNT_COLUMNS: &str = "id, login, name, role, password_hash, created_ms, disabled";

fn account_row(row: &tokio_postgres::Row) -> Result<Account, StoreError> {
    let role: String = row.get(3);
    Ok(Account {
        id: row.get(0),
        login: row.get(1),
        name: row.get(2),
        role: Role::parse(&role)
            .ok_or_else(|| StoreError::Corrupt(format!("an account has the role '{role}'")))?,
        password_hash: row.get(4),
        created_ms: row.get(5),
        disabled: row.get(6),
    })
}

const CERTIFICATE_COLUMNS: &str = "id, learner, course, jwt, issued_ms, revoked_ms, revoked_reason";

fn certificate_row(row: &tokio_postgres::Row) -> CertificateRecord {
    CertificateRecord {
        id: row.get(0),
        learner: row.get(1),
        course: row.get(2),
        jwt: row.get(3),
        issued_ms: row.get(4),
        revoked_ms: row.get(5),
        revoked_reason: row.get(6),
    }
}

#[derive(Clone)]
pub struct PgBackend {
    pool: Pool,
}

impl std::fmt::Debug for PgBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgBackend").finish_non_exhaustive()
    }
}

const LEARNER_COLUMNS: &str =
    "id, name, authority, created_ms, erased_ms, erased_reason, first_form";

fn learner_row(r: &tokio_postgres::Row) -> Learner {
    Learner {
        id: r.get(0),
        name: r.get(1),
        authority: r.get(2),
        created_ms: r.get(3),
        erased_ms: r.get(4),
        erased_reason: r.get(5),
        first_form: r.get::<_, Option<i16>>(6).map(|f| f.clamp(0, 1) as u8),
    }
}

fn device_row(r: &tokio_postgres::Row) -> Result<Device, StoreError> {
    let key: Vec<u8> = r.get(3);
    Ok(Device {
        learner: r.get(0),
        device: r.get(1),
        name: r.get(2),
        key: key
            .try_into()
            .map_err(|_| StoreError::Corrupt("a device key is not 32 bytes".into()))?,
        created_ms: r.get(4),
        revoked: r.get(5),
        last_sync_ms: r.get(6),
        acked: r.get::<_, i64>(7) as u64,
        forked_from: r.get(8),
    })
}

/// Computes the history checks of events stored before there were any (once, at the
/// first start of a server that keeps them).
async fn chain_existing(tx: &tokio_postgres::Transaction<'_>) -> Result<(), StoreError> {
    // Done once: later starts need not look through every event.
    let done = tx
        .query_opt("SELECT 1 FROM lphm_meta WHERE key = 'chains'", &[])
        .await?;
    if done.is_some() {
        return Ok(());
    }
    let learners = tx
        .query(
            "SELECT DISTINCT learner FROM events WHERE chain IS NULL",
            &[],
        )
        .await?;
    for row in learners {
        let learner: Uuid = row.get(0);
        let rows = tx
            .query(
                "SELECT server_seq, event FROM events WHERE learner = $1 ORDER BY server_seq",
                &[&learner],
            )
            .await?;
        let (mut seqs, mut chains) = (Vec::new(), Vec::new());
        let mut chain = 0;
        for r in rows {
            let event: Event = serde_json::from_str(r.get(1))?;
            chain = chain_next(chain, event.id);
            seqs.push(r.get::<_, i64>(0));
            chains.push(chain as i64);
        }
        tx.execute(
            "UPDATE events SET chain = t.c FROM UNNEST($2::bigint[], $3::bigint[]) AS t (s, c)
             WHERE learner = $1 AND server_seq = t.s",
            &[&learner, &seqs, &chains],
        )
        .await?;
    }
    tx.execute(
        "INSERT INTO lphm_meta (key, value) VALUES ('chains', '1') ON CONFLICT (key) DO NOTHING",
        &[],
    )
    .await?;
    Ok(())
}

/// Gives `learner` (whose row the transaction holds `FOR UPDATE`) a first test form if they
/// have none: the rarer among the learners sharing a cohort with them
/// (`crate::model::balanced_form`). The rows of their cohorts are locked first
/// (`FOR NO KEY UPDATE`, in id order, so adding participants is not blocked and two
/// enrollments never wait on each other in a circle): enrollments into one cohort then
/// choose one after the other, each seeing the forms the earlier ones committed.
async fn assign_first_form(
    tx: &tokio_postgres::Transaction<'_>,
    learner: &mut Learner,
) -> Result<(), StoreError> {
    if learner.first_form.is_some() {
        return Ok(());
    }
    tx.query(
        "SELECT id FROM cohorts WHERE id IN (SELECT cohort FROM participants WHERE learner = $1)
         ORDER BY id FOR NO KEY UPDATE",
        &[&learner.id],
    )
    .await?;
    let rows = tx
        .query(
            "SELECT first_form, count(*) FROM learners
             WHERE first_form IS NOT NULL AND id <> $1 AND id IN (
                 SELECT p2.learner FROM participants p1
                 JOIN participants p2 ON p2.cohort = p1.cohort
                 WHERE p1.learner = $1)
             GROUP BY first_form",
            &[&learner.id],
        )
        .await?;
    let mut counts = [0usize; 2];
    for r in rows {
        let form: i16 = r.get(0);
        counts[usize::from(form == 1)] += r.get::<_, i64>(1) as usize;
    }
    let form = crate::model::balanced_form(learner.id, counts);
    tx.execute(
        "UPDATE learners SET first_form = $2 WHERE id = $1",
        &[&learner.id, &i16::from(form)],
    )
    .await?;
    learner.first_form = Some(form);
    Ok(())
}

impl PgBackend {
    pub async fn connect(url: &str) -> Result<PgBackend, StoreError> {
        let config = tokio_postgres::Config::from_str(url)
            .map_err(|e| StoreError::PostgresConfig(e.to_string()))?;
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .build()
            .map_err(|e| StoreError::PostgresConfig(e.to_string()))?;
        let mut client = pool.get().await?;
        let tx = client.transaction().await?;
        // Two servers starting at once must not both create the tables.
        tx.execute("SELECT pg_advisory_xact_lock(8470001)", &[])
            .await?;
        tx.batch_execute(CREATE).await?;
        chain_existing(&tx).await?;
        let found: String = tx
            .query_one("SELECT value FROM lphm_meta WHERE key = 'schema'", &[])
            .await?
            .get(0);
        if found != SCHEMA.to_string() {
            return Err(StoreError::Schema {
                found,
                known: SCHEMA,
            });
        }
        tx.commit().await?;
        drop(client);
        Ok(PgBackend { pool })
    }

    /// See the sled backend: stores `cert` unless the learner already has one for the
    /// course, and returns the one kept.
    pub async fn add_certificate(
        &self,
        c: CertificateRecord,
    ) -> Result<CertificateRecord, StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO certificates (id, learner, course, jwt, issued_ms, revoked_ms, revoked_reason) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (learner, course) DO NOTHING",
                &[&c.id, &c.learner, &c.course, &c.jwt, &c.issued_ms, &c.revoked_ms, &c.revoked_reason],
            )
            .await?;
        let row = client
            .query_one(
                &format!("SELECT {CERTIFICATE_COLUMNS} FROM certificates WHERE learner = $1 AND course = $2"),
                &[&c.learner, &c.course],
            )
            .await?;
        Ok(certificate_row(&row))
    }

    pub async fn add_account(&self, a: Account) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        let added = client
            .execute(
                "INSERT INTO accounts (id, login, name, role, password_hash, created_ms, disabled) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (login) DO NOTHING",
                &[&a.id, &a.login, &a.name, &a.role.as_str(), &a.password_hash, &a.created_ms, &a.disabled],
            )
            .await?;
        if added == 0 {
            return Err(StoreError::LoginTaken(a.login));
        }
        Ok(())
    }

    pub async fn account(&self, id: Uuid) -> Result<Option<Account>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE id = $1"),
                &[&id],
            )
            .await?;
        row.as_ref().map(account_row).transpose()
    }

    pub async fn account_by_login(&self, login: String) -> Result<Option<Account>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE login = $1"),
                &[&login],
            )
            .await?;
        row.as_ref().map(account_row).transpose()
    }

    pub async fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts ORDER BY created_ms, id"),
                &[],
            )
            .await?;
        rows.iter().map(account_row).collect()
    }

    pub async fn add_session(&self, s: Session) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO sessions (token_hash, account, csrf, created_ms, expires_ms) VALUES ($1, $2, $3, $4, $5)",
                &[&s.token_hash.as_slice(), &s.account, &s.csrf, &s.created_ms, &s.expires_ms],
            )
            .await?;
        Ok(())
    }

    pub async fn session(
        &self,
        token_hash: [u8; 32],
        now_ms: i64,
    ) -> Result<Option<Session>, StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "DELETE FROM sessions WHERE token_hash = $1 AND expires_ms <= $2",
                &[&token_hash.as_slice(), &now_ms],
            )
            .await?;
        let row = client
            .query_opt(
                "SELECT account, csrf, created_ms, expires_ms FROM sessions WHERE token_hash = $1",
                &[&token_hash.as_slice()],
            )
            .await?;
        Ok(row.map(|r| Session {
            token_hash,
            account: r.get(0),
            csrf: r.get(1),
            created_ms: r.get(2),
            expires_ms: r.get(3),
        }))
    }

    pub async fn end_session(&self, token_hash: [u8; 32]) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "DELETE FROM sessions WHERE token_hash = $1",
                &[&token_hash.as_slice()],
            )
            .await?;
        Ok(())
    }

    pub async fn audit(&self, e: AuditEntry) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO audit (at_ms, account, action, subject) VALUES ($1, $2, $3, $4)",
                &[&e.at_ms, &e.account, &e.action, &e.subject],
            )
            .await?;
        Ok(())
    }

    pub async fn audit_log(&self, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT at_ms, account, action, subject FROM audit ORDER BY at_ms DESC, id DESC LIMIT $1",
                &[&(limit as i64)],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| AuditEntry {
                at_ms: r.get(0),
                account: r.get(1),
                action: r.get(2),
                subject: r.get(3),
            })
            .collect())
    }

    pub async fn add_cohort(&self, c: Cohort) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO cohorts (id, name, courses, starts, ends, place, facilitator, created_ms) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO UPDATE SET \
                 name = $2, courses = $3, starts = $4, ends = $5, place = $6, facilitator = $7",
                &[&c.id, &c.name, &c.courses, &c.starts, &c.ends, &c.place, &c.facilitator, &c.created_ms],
            )
            .await?;
        Ok(())
    }

    pub async fn cohort(&self, id: Uuid) -> Result<Option<Cohort>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                &format!("SELECT {COHORT_COLUMNS} FROM cohorts WHERE id = $1"),
                &[&id],
            )
            .await?;
        Ok(row.as_ref().map(cohort_row))
    }

    pub async fn cohorts(&self) -> Result<Vec<Cohort>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                &format!("SELECT {COHORT_COLUMNS} FROM cohorts ORDER BY created_ms DESC, id"),
                &[],
            )
            .await?;
        Ok(rows.iter().map(cohort_row).collect())
    }

    pub async fn add_participant(&self, p: Participant) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        if client
            .query_opt("SELECT 1 FROM learners WHERE id = $1", &[&p.learner])
            .await?
            .is_none()
        {
            return Err(StoreError::UnknownLearner(p.learner));
        }
        if client
            .query_opt("SELECT 1 FROM cohorts WHERE id = $1", &[&p.cohort])
            .await?
            .is_none()
        {
            return Err(StoreError::UnknownCohort(p.cohort));
        }
        client
            .execute(
                "INSERT INTO participants (cohort, learner, city, country) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (cohort, learner) DO UPDATE SET city = $3, country = $4",
                &[&p.cohort, &p.learner, &p.city, &p.country],
            )
            .await?;
        Ok(())
    }

    pub async fn participants(&self, cohort: Uuid) -> Result<Vec<Participant>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT cohort, learner, city, country FROM participants WHERE cohort = $1 ORDER BY learner",
                &[&cohort],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| Participant {
                cohort: r.get(0),
                learner: r.get(1),
                city: r.get(2),
                country: r.get(3),
            })
            .collect())
    }

    pub async fn give_cohort(&self, cohort: Uuid, account: Uuid) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        if client
            .query_opt("SELECT 1 FROM cohorts WHERE id = $1", &[&cohort])
            .await?
            .is_none()
        {
            return Err(StoreError::UnknownCohort(cohort));
        }
        client
            .execute(
                "INSERT INTO cohort_accounts (account, cohort) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                &[&account, &cohort],
            )
            .await?;
        Ok(())
    }

    pub async fn cohorts_given(&self, account: Uuid) -> Result<Vec<Uuid>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT cohort FROM cohort_accounts WHERE account = $1 ORDER BY cohort",
                &[&account],
            )
            .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    pub async fn learner_seqs(&self) -> Result<Vec<(Uuid, u64)>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT id, last_server_seq FROM learners WHERE last_server_seq > 0",
                &[],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| (r.get(0), r.get::<_, i64>(1) as u64))
            .collect())
    }

    pub async fn certificate(&self, id: Uuid) -> Result<Option<CertificateRecord>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                &format!("SELECT {CERTIFICATE_COLUMNS} FROM certificates WHERE id = $1"),
                &[&id],
            )
            .await?;
        Ok(row.as_ref().map(certificate_row))
    }

    pub async fn certificates(
        &self,
        learner: Option<Uuid>,
    ) -> Result<Vec<CertificateRecord>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                &format!(
                    "SELECT {CERTIFICATE_COLUMNS} FROM certificates \
                     WHERE $1::uuid IS NULL OR learner = $1 ORDER BY issued_ms, id"
                ),
                &[&learner],
            )
            .await?;
        Ok(rows.iter().map(certificate_row).collect())
    }

    pub async fn revoke_certificate(
        &self,
        id: Uuid,
        now_ms: i64,
        reason: String,
    ) -> Result<bool, StoreError> {
        let client = self.pool.get().await?;
        let found = client
            .execute(
                "UPDATE certificates SET revoked_ms = COALESCE(revoked_ms, $2), \
                 revoked_reason = COALESCE(revoked_reason, $3) WHERE id = $1",
                &[&id, &now_ms, &reason],
            )
            .await?;
        Ok(found > 0)
    }

    pub async fn add_learner(&self, l: Learner) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO learners (id, name, authority, created_ms, first_form)
                 VALUES ($1, $2, $3, $4, $5)",
                &[
                    &l.id,
                    &l.name,
                    &l.authority,
                    &l.created_ms,
                    &l.first_form.map(i16::from),
                ],
            )
            .await?;
        Ok(())
    }

    pub async fn learner(&self, id: Uuid) -> Result<Option<Learner>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                &format!("SELECT {LEARNER_COLUMNS} FROM learners WHERE id = $1"),
                &[&id],
            )
            .await?;
        Ok(row.as_ref().map(learner_row))
    }

    pub async fn learners(&self) -> Result<Vec<Learner>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                &format!("SELECT {LEARNER_COLUMNS} FROM learners ORDER BY created_ms, id"),
                &[],
            )
            .await?;
        Ok(rows.iter().map(learner_row).collect())
    }

    pub async fn add_code(
        &self,
        hash: [u8; 32],
        learner: Uuid,
        now_ms: i64,
        expires_ms: i64,
    ) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        let n = client
            .execute(
                "INSERT INTO codes (hash, learner, created_ms, expires_ms)
                 SELECT $1, id, $3, $4 FROM learners WHERE id = $2",
                &[&hash.as_slice(), &learner, &now_ms, &expires_ms],
            )
            .await?;
        if n == 0 {
            return Err(StoreError::UnknownLearner(learner));
        }
        Ok(())
    }

    pub async fn enroll(&self, e: Enrollment, now_ms: i64) -> Result<Learner, StoreError> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        // FOR UPDATE: a second redeem of the same code waits here, then sees it used.
        let Some(code) = tx
            .query_opt(
                "SELECT learner, expires_ms, used_ms, used_by, token FROM codes
                 WHERE hash = $1 FOR UPDATE",
                &[&e.code_hash.as_slice()],
            )
            .await?
        else {
            return Err(StoreError::CodeInvalid);
        };
        let learner_id: Uuid = code.get(0);
        let expires_ms: i64 = code.get(1);
        let used_ms: Option<i64> = code.get(2);
        // FOR UPDATE: two laptops of one learner enrolling at once choose one first form.
        let mut learner = tx
            .query_opt(
                &format!("SELECT {LEARNER_COLUMNS} FROM learners WHERE id = $1 FOR UPDATE"),
                &[&learner_id],
            )
            .await?
            .map(|r| learner_row(&r))
            .ok_or(StoreError::UnknownLearner(learner_id))?;
        if learner.erased_ms.is_some() {
            return Err(StoreError::LearnerErased(learner_id));
        }
        assign_first_form(&tx, &mut learner).await?;
        if let Some(used_ms) = used_ms {
            // The same laptop asking again: its answer was lost.
            if !crate::model::may_redeem_again(&e, code.get(3), used_ms, now_ms) {
                return Err(StoreError::CodeUsed);
            }
            let same = tx
                .query_opt(
                    "SELECT 1 FROM devices WHERE learner = $1 AND device = $2
                     AND public_key = $3 AND NOT revoked",
                    &[&learner_id, &e.device, &e.device_key.as_slice()],
                )
                .await?;
            if same.is_none() {
                return Err(StoreError::CodeUsed);
            }
            let old: Option<Vec<u8>> = code.get(4);
            tx.execute(
                "UPDATE tokens SET revoked = true WHERE hash = $1",
                &[&old.unwrap_or_default()],
            )
            .await?;
            tx.execute(
                "UPDATE codes SET token = $2 WHERE hash = $1",
                &[&e.code_hash.as_slice(), &e.token_hash.as_slice()],
            )
            .await?;
            tx.execute(
                "INSERT INTO tokens (hash, learner, device, created_ms) VALUES ($1, $2, $3, $4)",
                &[&e.token_hash.as_slice(), &learner_id, &e.device, &now_ms],
            )
            .await?;
            tx.commit().await?;
            return Ok(learner);
        }
        if now_ms >= expires_ms {
            return Err(StoreError::CodeExpired);
        }
        tx.execute(
            "UPDATE codes SET used_ms = $2, used_by = $3, token = $4 WHERE hash = $1",
            &[
                &e.code_hash.as_slice(),
                &now_ms,
                &e.device,
                &e.token_hash.as_slice(),
            ],
        )
        .await?;
        tx.execute(
            "INSERT INTO devices (learner, device, name, public_key, created_ms)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (learner, device) DO UPDATE
             SET name = EXCLUDED.name, public_key = EXCLUDED.public_key, revoked = false",
            &[
                &learner_id,
                &e.device,
                &e.device_name,
                &e.device_key.as_slice(),
                &now_ms,
            ],
        )
        .await?;
        tx.execute(
            "INSERT INTO tokens (hash, learner, device, created_ms) VALUES ($1, $2, $3, $4)",
            &[&e.token_hash.as_slice(), &learner_id, &e.device, &now_ms],
        )
        .await?;
        tx.commit().await?;
        Ok(learner)
    }

    pub async fn authenticate(
        &self,
        token_hash: [u8; 32],
    ) -> Result<Option<(Uuid, Uuid)>, StoreError> {
        let client = self.pool.get().await?;
        let stmt = client
            .prepare_cached("SELECT learner, device FROM tokens WHERE hash = $1 AND NOT revoked")
            .await?;
        let row = client.query_opt(&stmt, &[&token_hash.as_slice()]).await?;
        Ok(row.map(|r| (r.get(0), r.get(1))))
    }

    pub async fn register_device(&self, d: Device) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        let n = client
            .execute(
                "INSERT INTO devices (learner, device, name, public_key, created_ms, revoked,
                                      last_sync_ms, acked, forked_from)
                 SELECT id, $2, $3, $4, $5, $6, $7, $8, $9 FROM learners WHERE id = $1
                 ON CONFLICT (learner, device) DO UPDATE
                 SET name = EXCLUDED.name, public_key = EXCLUDED.public_key",
                &[
                    &d.learner,
                    &d.device,
                    &d.name,
                    &d.key.as_slice(),
                    &d.created_ms,
                    &d.revoked,
                    &d.last_sync_ms,
                    &(d.acked as i64),
                    &d.forked_from,
                ],
            )
            .await?;
        if n == 0 {
            return Err(StoreError::UnknownLearner(d.learner));
        }
        Ok(())
    }

    pub async fn device(&self, learner: Uuid, device: Uuid) -> Result<Option<Device>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                &format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE learner = $1 AND device = $2"),
                &[&learner, &device],
            )
            .await?;
        row.as_ref().map(device_row).transpose()
    }

    pub async fn devices(&self, learner: Option<Uuid>) -> Result<Vec<Device>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                &format!(
                    "SELECT {DEVICE_COLUMNS} FROM devices
                     WHERE $1::uuid IS NULL OR learner = $1
                     ORDER BY learner, created_ms, device"
                ),
                &[&learner],
            )
            .await?;
        rows.iter().map(device_row).collect()
    }

    pub async fn revoke_device(&self, learner: Uuid, device: Uuid) -> Result<bool, StoreError> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let n = tx
            .execute(
                "UPDATE devices SET revoked = true WHERE learner = $1 AND device = $2",
                &[&learner, &device],
            )
            .await?;
        tx.execute(
            "UPDATE tokens SET revoked = true WHERE learner = $1 AND device = $2",
            &[&learner, &device],
        )
        .await?;
        tx.commit().await?;
        Ok(n > 0)
    }

    pub async fn ingest(&self, learner: Uuid, events: Vec<Event>) -> Result<Ingested, StoreError> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let lock = tx
            .prepare_cached(
                "SELECT last_server_seq, erased_ms FROM learners WHERE id = $1 FOR UPDATE",
            )
            .await?;
        let Some(row) = tx.query_opt(&lock, &[&learner]).await? else {
            return Err(StoreError::UnknownLearner(learner));
        };
        // Erasing locks the same row: no event of an erased learner gets in after it.
        if row.get::<_, Option<i64>>(1).is_some() {
            return Err(StoreError::LearnerErased(learner));
        }
        let mut last: i64 = row.get(0);

        // Which of these the server already holds. No other ingest of this learner can
        // run until we commit, so the answer stays true.
        let devices: Vec<Uuid> = events.iter().map(|e| e.device).collect();
        let seqs: Vec<i64> = events.iter().map(|e| e.seq as i64).collect();
        let existing_stmt = tx
            .prepare_cached(
                "SELECT device, seq, event FROM events
                 WHERE learner = $1 AND (device, seq) IN (SELECT * FROM UNNEST($2::uuid[], $3::bigint[]))",
            )
            .await?;
        let mut held: HashMap<(Uuid, i64), String> = tx
            .query(&existing_stmt, &[&learner, &devices, &seqs])
            .await?
            .iter()
            .map(|r| ((r.get(0), r.get(1)), r.get(2)))
            .collect();

        let chain_stmt = tx
            .prepare_cached("SELECT chain FROM events WHERE learner = $1 AND server_seq = $2")
            .await?;
        let mut chain: i64 = match tx.query_opt(&chain_stmt, &[&learner, &last]).await? {
            Some(r) => r.get::<_, Option<i64>>(0).unwrap_or(0),
            None => 0,
        };
        let mut out = Ingested::default();
        let (mut s_col, mut d_col, mut q_col, mut e_col) = (vec![], vec![], vec![], vec![]);
        let mut c_col = vec![];
        let mut touched = BTreeSet::new();
        for e in &events {
            let body = event_json(e)?;
            if let Some(stored) = held.get(&(e.device, e.seq as i64)) {
                if *stored != body && !same_event(stored.as_bytes(), e) {
                    return Err(StoreError::Forked {
                        device: e.device,
                        seq: e.seq,
                    });
                }
                out.existing += 1;
                continue;
            }
            held.insert((e.device, e.seq as i64), body.clone());
            last += 1;
            chain = chain_next(chain as u64, e.id) as i64;
            c_col.push(chain);
            s_col.push(last);
            d_col.push(e.device);
            q_col.push(e.seq as i64);
            e_col.push(body);
            touched.insert(e.device);
            out.new += 1;
        }
        if out.new > 0 {
            let insert = tx
                .prepare_cached(
                    "INSERT INTO events (learner, server_seq, device, seq, event, chain)
                     SELECT $1, s, d, q, e, c
                     FROM UNNEST($2::bigint[], $3::uuid[], $4::bigint[], $5::text[], $6::bigint[])
                     AS t (s, d, q, e, c)",
                )
                .await?;
            tx.execute(&insert, &[&learner, &s_col, &d_col, &q_col, &e_col, &c_col])
                .await?;
            let bump = tx
                .prepare_cached("UPDATE learners SET last_server_seq = $2 WHERE id = $1")
                .await?;
            tx.execute(&bump, &[&learner, &last]).await?;
        }
        let acked_stmt = tx
            .prepare_cached("SELECT acked FROM devices WHERE learner = $1 AND device = $2")
            .await?;
        let beyond_stmt = tx
            .prepare_cached(
                "SELECT seq FROM events WHERE learner = $1 AND device = $2 AND seq > $3 ORDER BY seq",
            )
            .await?;
        let set_acked = tx
            .prepare_cached("UPDATE devices SET acked = $3 WHERE learner = $1 AND device = $2")
            .await?;
        for device in touched {
            let Some(row) = tx.query_opt(&acked_stmt, &[&learner, &device]).await? else {
                return Err(StoreError::UnknownDevice(device));
            };
            let mut acked: i64 = row.get(0);
            for r in tx.query(&beyond_stmt, &[&learner, &device, &acked]).await? {
                if r.get::<_, i64>(0) != acked + 1 {
                    break;
                }
                acked += 1;
            }
            tx.execute(&set_acked, &[&learner, &device, &acked]).await?;
        }
        tx.commit().await?;
        Ok(out)
    }

    pub async fn fork_device(
        &self,
        learner: Uuid,
        from: Uuid,
        new: Uuid,
        token_hash: [u8; 32],
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let Some(old) = tx
            .query_opt(
                "SELECT name, public_key FROM devices WHERE learner = $1 AND device = $2",
                &[&learner, &from],
            )
            .await?
        else {
            return Err(StoreError::UnknownDevice(from));
        };
        let (name, key): (String, Vec<u8>) = (old.get(0), old.get(1));
        tx.execute(
            "INSERT INTO devices (learner, device, name, public_key, created_ms, forked_from)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (learner, device) DO NOTHING",
            &[
                &learner,
                &new,
                &format!("{name} (copy)"),
                &key,
                &now_ms,
                &from,
            ],
        )
        .await?;
        let ok = tx
            .query_opt(
                "SELECT 1 FROM devices WHERE learner = $1 AND device = $2
                 AND forked_from = $3 AND public_key = $4 AND NOT revoked",
                &[&learner, &new, &from, &key],
            )
            .await?;
        if ok.is_none() {
            return Err(StoreError::ForkTaken(new));
        }
        tx.execute(
            "INSERT INTO tokens (hash, learner, device, created_ms) VALUES ($1, $2, $3, $4)",
            &[&token_hash.as_slice(), &learner, &new, &now_ms],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn touch(&self, learner: Uuid, device: Uuid, now_ms: i64) -> Result<u64, StoreError> {
        let client = self.pool.get().await?;
        let stmt = client
            .prepare_cached(
                "UPDATE devices SET last_sync_ms = $3 WHERE learner = $1 AND device = $2 RETURNING acked",
            )
            .await?;
        let row = client
            .query_opt(&stmt, &[&learner, &device, &now_ms])
            .await?
            .ok_or(StoreError::UnknownDevice(device))?;
        Ok(row.get::<_, i64>(0) as u64)
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
        let client = self.pool.get().await?;
        let chain_stmt = client
            .prepare_cached("SELECT chain FROM events WHERE learner = $1 AND server_seq = $2")
            .await?;
        let chain_at = |n: u64| {
            let (client, chain_stmt) = (&client, &chain_stmt);
            async move {
                if n == 0 {
                    return Ok::<_, StoreError>(Some(0u64));
                }
                Ok(client
                    .query_opt(chain_stmt, &[&learner, &(n as i64)])
                    .await?
                    .and_then(|r| r.get::<_, Option<i64>>(0))
                    .map(|c| c as u64))
            }
        };
        let rewound = chain_at(after).await? != Some(check);
        let after = if rewound { 0 } else { after };
        // First the learner's highest number: its ingest has committed, so every event up
        // to it is visible to the next statement.
        let high_stmt = client
            .prepare_cached("SELECT last_server_seq FROM learners WHERE id = $1")
            .await?;
        let high: i64 = client
            .query_opt(&high_stmt, &[&learner])
            .await?
            .map(|r| r.get(0))
            .unwrap_or(0);
        let high = high as u64;
        let mut pulled = Pulled {
            events: Vec::new(),
            cursor: high,
            check: 0,
            more: false,
            rewound,
        };
        if after >= high {
            pulled.check = chain_at(high)
                .await?
                .ok_or_else(|| StoreError::Corrupt("an event has no history check".into()))?;
            return Ok(pulled);
        }
        let stmt = client
            .prepare_cached(
                "SELECT server_seq, event FROM events
                 WHERE learner = $1 AND server_seq > $2 AND server_seq <= $3 AND device <> $4
                 ORDER BY server_seq LIMIT $5",
            )
            .await?;
        let rows = client
            .query(
                &stmt,
                &[
                    &learner,
                    &(after as i64),
                    &(high as i64),
                    &device,
                    &(i64::from(limit) + 1),
                ],
            )
            .await?;
        let mut bytes = 0;
        for (i, r) in rows.iter().enumerate() {
            let text: &str = r.get(1);
            let event: Event = serde_json::from_str(text)?;
            bytes += lphm_sync::wire::weight(&event);
            if i == limit as usize || (bytes > max_bytes && i > 0) {
                pulled.more = true;
                pulled.cursor = rows[i - 1].get::<_, i64>(0) as u64;
                break;
            }
            pulled.events.push(event);
        }
        pulled.check = chain_at(pulled.cursor)
            .await?
            .ok_or_else(|| StoreError::Corrupt("an event has no history check".into()))?;
        Ok(pulled)
    }

    /// `learners` (those that exist), with their last `server_seq` and stored digest.
    pub async fn digest_rows(
        &self,
        learners: &[Uuid],
    ) -> Result<Vec<(Learner, u64, Option<String>)>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT l.id, l.name, l.authority, l.created_ms, l.erased_ms, l.erased_reason,
                        l.first_form, l.last_server_seq, d.digest
                 FROM learners l LEFT JOIN digests d ON d.learner = l.id
                 WHERE l.id = ANY($1)",
                &[&learners],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| (learner_row(r), r.get::<_, i64>(7) as u64, r.get(8)))
            .collect())
    }

    /// Stores a learner's digest unless one covering more events is already there.
    pub async fn put_digest(
        &self,
        learner: Uuid,
        upto: u64,
        digest: String,
    ) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                // Never for an erased learner: the row lock waits for an erasure under
                // way, which deletes the digest, and then sees the tombstone.
                "INSERT INTO digests (learner, upto, digest)
                 SELECT id, $2, $3 FROM learners WHERE id = $1 AND erased_ms IS NULL FOR SHARE
                 ON CONFLICT (learner) DO UPDATE SET upto = EXCLUDED.upto, digest = EXCLUDED.digest
                 WHERE digests.upto <= EXCLUDED.upto",
                &[&learner, &(upto as i64), &digest],
            )
            .await?;
        Ok(())
    }

    /// The learner's events numbered after `after`, with their numbers, in order.
    pub async fn events_after(
        &self,
        learner: Uuid,
        after: u64,
    ) -> Result<Vec<(u64, Event)>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT server_seq, event FROM events WHERE learner = $1 AND server_seq > $2 ORDER BY server_seq",
                &[&learner, &(after as i64)],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.get::<_, i64>(0) as u64,
                    serde_json::from_str(r.get::<_, &str>(1))?,
                ))
            })
            .collect()
    }

    /// The devices of `learners`.
    pub async fn devices_of(&self, learners: &[Uuid]) -> Result<Vec<Device>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                &format!(
                    "SELECT {DEVICE_COLUMNS} FROM devices WHERE learner = ANY($1)
                     ORDER BY learner, created_ms, device"
                ),
                &[&learners],
            )
            .await?;
        rows.iter().map(device_row).collect()
    }

    /// The certificates of `learners`, oldest first.
    pub async fn certificates_of(
        &self,
        learners: &[Uuid],
    ) -> Result<Vec<CertificateRecord>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                &format!(
                    "SELECT {CERTIFICATE_COLUMNS} FROM certificates \
                     WHERE learner = ANY($1) ORDER BY issued_ms, id"
                ),
                &[&learners],
            )
            .await?;
        Ok(rows.iter().map(certificate_row).collect())
    }

    pub async fn events(&self, learner: Uuid) -> Result<Vec<Event>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT event FROM events WHERE learner = $1 ORDER BY server_seq",
                &[&learner],
            )
            .await?;
        rows.iter()
            .map(|r| Ok(serde_json::from_str(r.get::<_, &str>(0))?))
            .collect()
    }

    pub async fn learner_export(&self, id: Uuid) -> Result<Option<LearnerData>, StoreError> {
        let mut client = self.pool.get().await?;
        // One snapshot of everything.
        let tx = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await?;
        let Some(l) = tx
            .query_opt(
                &format!("SELECT {LEARNER_COLUMNS} FROM learners WHERE id = $1"),
                &[&id],
            )
            .await?
            .map(|r| learner_row(&r))
        else {
            return Ok(None);
        };
        let cohorts = tx
            .query(
                "SELECT c.id, c.name, c.starts, c.ends, c.place, p.city, p.country
                 FROM participants p JOIN cohorts c ON c.id = p.cohort
                 WHERE p.learner = $1 ORDER BY c.created_ms, c.id",
                &[&id],
            )
            .await?
            .iter()
            .map(|r| privacy::CohortPlace {
                cohort_id: r.get(0),
                cohort_name: r.get(1),
                starts: r.get(2),
                ends: r.get(3),
                place: r.get(4),
                city: r.get(5),
                country: r.get(6),
            })
            .collect();
        let devices = tx
            .query(
                "SELECT device, name, created_ms, last_sync_ms, revoked FROM devices
                 WHERE learner = $1 ORDER BY created_ms, device",
                &[&id],
            )
            .await?
            .iter()
            .map(|r| privacy::DeviceRecord {
                device_id: r.get(0),
                name: r.get(1),
                created_ms: r.get(2),
                last_sync_ms: r.get(3),
                revoked: r.get(4),
            })
            .collect();
        let enrollment_codes = tx
            .query(
                "SELECT created_ms, expires_ms, used_ms FROM codes WHERE learner = $1
                 ORDER BY created_ms, expires_ms, used_ms NULLS FIRST",
                &[&id],
            )
            .await?
            .iter()
            .map(|r| privacy::CodeRecord {
                created_ms: r.get(0),
                expires_ms: r.get(1),
                used_ms: r.get(2),
            })
            .collect();
        let progress_events = tx
            .query(
                "SELECT event FROM events WHERE learner = $1 ORDER BY server_seq",
                &[&id],
            )
            .await?
            .iter()
            .map(|r| Ok(serde_json::from_str(r.get::<_, &str>(0))?))
            .collect::<Result<Vec<Event>, StoreError>>()?;
        let certificates = tx
            .query(
                &format!(
                    "SELECT {CERTIFICATE_COLUMNS} FROM certificates WHERE learner = $1 \
                     ORDER BY issued_ms, id"
                ),
                &[&id],
            )
            .await?
            .iter()
            .map(|r| {
                let c = certificate_row(r);
                privacy::CertificateInfo {
                    certificate_id: c.id,
                    course: c.course,
                    issued_ms: c.issued_ms,
                    revoked_ms: c.revoked_ms,
                    revoked_reason: c.revoked_reason,
                }
            })
            .collect();
        let audit_entries = tx
            .query(
                "SELECT at_ms, account, action, subject FROM audit
                 WHERE strpos(subject, $1) > 0 ORDER BY at_ms, id",
                &[&id.to_string()],
            )
            .await?
            .iter()
            .map(|r| privacy::AuditInfo {
                at_ms: r.get(0),
                account: r.get(1),
                action: r.get(2),
                subject: r.get(3),
            })
            .collect();
        tx.commit().await?;
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

    /// See [`crate::Backend::erase_learner`]: one transaction, which first locks the
    /// learner's row as an ingest does.
    pub async fn erase_learner(
        &self,
        id: Uuid,
        at_ms: i64,
        by: Option<Uuid>,
        reason: String,
    ) -> Result<Erased, StoreError> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let Some(row) = tx
            .query_opt(
                "SELECT erased_ms FROM learners WHERE id = $1 FOR UPDATE",
                &[&id],
            )
            .await?
        else {
            return Err(StoreError::UnknownLearner(id));
        };
        if row.get::<_, Option<i64>>(0).is_some() {
            return Err(StoreError::LearnerErased(id));
        }
        tx.execute(
            "INSERT INTO erased_tokens (hash, learner) SELECT hash, learner FROM tokens
             WHERE learner = $1 ON CONFLICT (hash) DO NOTHING",
            &[&id],
        )
        .await?;
        tx.execute("DELETE FROM tokens WHERE learner = $1", &[&id])
            .await?;
        tx.execute("DELETE FROM digests WHERE learner = $1", &[&id])
            .await?;
        let events = tx
            .execute("DELETE FROM events WHERE learner = $1", &[&id])
            .await?;
        let devices = tx
            .execute("DELETE FROM devices WHERE learner = $1", &[&id])
            .await?;
        let codes = tx
            .execute(
                "DELETE FROM codes WHERE learner = $1 AND used_ms IS NULL",
                &[&id],
            )
            .await?;
        tx.execute(
            "UPDATE codes SET used_by = NULL, token = NULL WHERE learner = $1",
            &[&id],
        )
        .await?;
        let cohorts = tx
            .execute("DELETE FROM participants WHERE learner = $1", &[&id])
            .await?;
        let certificates = tx
            .execute(
                "UPDATE certificates SET jwt = '' WHERE learner = $1",
                &[&id],
            )
            .await?;
        tx.execute(
            "UPDATE learners SET name = '', authority = '', last_server_seq = 0,
             erased_ms = $2, erased_reason = $3 WHERE id = $1",
            &[&id, &at_ms, &reason],
        )
        .await?;
        tx.execute(
            "INSERT INTO audit (at_ms, account, action, subject) VALUES ($1, $2, 'learner-erase', $3)",
            &[&at_ms, &by, &id.to_string()],
        )
        .await?;
        tx.commit().await?;
        Ok(Erased {
            events: events as usize,
            devices: devices as usize,
            codes: codes as usize,
            cohorts: cohorts as usize,
            certificates: certificates as usize,
        })
    }

    pub async fn erased_token(&self, token_hash: [u8; 32]) -> Result<Option<Uuid>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                "SELECT learner FROM erased_tokens WHERE hash = $1",
                &[&token_hash.as_slice()],
            )
            .await?;
        Ok(row.map(|r| r.get(0)))
    }

    pub async fn close(&self) -> Result<(), StoreError> {
        self.pool.close();
        Ok(())
    }
}
