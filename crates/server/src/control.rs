//! The coordinators' commands as data: [`Request`] is what `lphm-server learner add`,
//! `code new`, `device revoke`… ask, [`execute`] runs one on a backend and answers the text
//! the command prints.
//!
//! A sled database can be opened by one process at a time, so while a server runs on it
//! the command line cannot open it. The running server therefore listens on a Unix socket
//! in its data folder ([`SOCKET`], readable by the folder's owner only), or on Windows on
//! a named pipe named after the folder, and runs the commands it receives there on its
//! own backend: one line of JSON in, one line out. The command line tries there first and
//! opens the database itself when no server answers. (PostgreSQL is shared by design and
//! needs none of this.)

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use std::sync::Arc;

use crate::admin::{self, format_utc};
use crate::catalogue::CatalogueDir;
use crate::Backend;

/// The socket's file name in the data folder.
pub const SOCKET: &str = "admin.sock";

/// A coordinator's command.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "kebab-case")]
pub enum Request {
    LearnerAdd {
        name: String,
        authority: String,
    },
    LearnerList,
    CodeNew {
        learner: Uuid,
        days: u32,
    },
    DeviceList {
        learner: Option<Uuid>,
    },
    /// Revokes the laptop `device` for `learner`, or for its only learner when `None`.
    DeviceRevoke {
        device: Uuid,
        learner: Option<Uuid>,
    },
    ImportBundle {
        /// The file's name, for the messages.
        file: String,
        /// The file, in base64.
        bytes: String,
        learner: Option<Uuid>,
    },
    Report {
        learner: Option<Uuid>,
        /// A folder of packages whose courses count as known (else the running server's
        /// own catalogue, if any).
        catalogue: Option<std::path::PathBuf>,
    },
    CertificateList {
        learner: Option<Uuid>,
    },
    /// Adds a dashboard account. The password arrives already hashed: it never crosses the
    /// socket, nor reaches the server's memory, in clear.
    AccountAdd {
        login: String,
        name: String,
        role: crate::accounts::Role,
        password_hash: String,
    },
    AccountList,
    CertificateRevoke {
        id: Uuid,
        reason: String,
    },
    /// Everything held about a learner, as the JSON file of `crate::privacy::export`.
    LearnerExport {
        learner: Uuid,
    },
    /// Erases a learner's personal data (`crate::privacy::erase`).
    LearnerErase {
        learner: Uuid,
        reason: String,
    },
}

/// What the socket answers: the command's output, or why it failed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Ok(String),
    Failed(String),
}

/// Runs `request` on `backend`; the text is what the command prints. `catalogue` is the
/// running server's, whose courses a report counts as known.
pub async fn execute(
    backend: &Backend,
    now_ms: i64,
    request: Request,
    catalogue: Option<Arc<CatalogueDir>>,
) -> anyhow::Result<String> {
    use anyhow::{bail, Context};
    Ok(match request {
        Request::LearnerAdd { name, authority } => {
            if name.trim().is_empty() {
                bail!("a learner needs a name: --name \"First Last\"");
            }
            let l = admin::add_learner(backend, &name, &authority, now_ms).await?;
            format!("{}\n", l.id)
        }
        Request::LearnerList => backend
            .learners()
            .await?
            .iter()
            .map(|l| match l.erased_ms {
                None => format!("{}  {}  {}\n", l.id, l.name, l.authority),
                Some(ms) => format!("{}  (erased {})\n", l.id, format_utc(ms)),
            })
            .collect(),
        Request::CodeNew { learner, days } => {
            if days == 0 {
                bail!("a code must stay valid at least one day: --days 1 or more");
            }
            let code = admin::new_code(backend, learner, days, now_ms)
                .await
                .with_context(|| format!("cannot make a code for learner {learner}"))?;
            format!("{code}\n")
        }
        Request::DeviceList { learner } => backend
            .devices(learner)
            .await?
            .iter()
            .map(|d| {
                format!(
                    "{}  learner {}  {}  {}  last sync {}{}\n",
                    d.device,
                    d.learner,
                    d.name,
                    if d.revoked { "revoked" } else { "active" },
                    d.last_sync_ms.map_or_else(|| "never".into(), format_utc),
                    d.forked_from
                        .map(|f| format!("  (copy of {f})"))
                        .unwrap_or_default()
                )
            })
            .collect(),
        Request::DeviceRevoke { device, learner } => {
            let learner = admin::revoke_device(backend, device, learner).await?;
            format!("revoked {device} for learner {learner}\n")
        }
        Request::ImportBundle {
            file,
            bytes,
            learner,
        } => {
            let bytes = STANDARD
                .decode(bytes)
                .context("the file did not reach the server whole")?;
            let done = admin::import_bundle(backend, &bytes, learner, now_ms)
                .await
                .with_context(|| format!("did not import {file}"))?;
            let mut out = String::new();
            if done.registered {
                out += &format!(
                    "registered device {} for learner {}\n",
                    done.device, done.learner
                );
            }
            out += &format!(
                "imported {file}: {} new events, {} already there\n",
                done.new, done.existing
            );
            out
        }
        Request::Report {
            learner,
            catalogue: dir,
        } => {
            let catalogue = match dir {
                Some(dir) => Some(Arc::new(CatalogueDir::new(dir, vec![]))),
                None => catalogue,
            };
            let entries = match catalogue {
                Some(c) => Some(
                    tokio::task::spawn_blocking(move || c.entries())
                        .await?
                        .context("cannot read the catalogue folder")?,
                ),
                None => None,
            };
            let known = admin::known_courses(entries.as_deref());
            admin::format_report(&admin::report(backend, learner, known.as_ref()).await?)
        }
        Request::AccountAdd {
            login,
            name,
            role,
            password_hash,
        } => {
            let login = crate::accounts::normalise_login(&login);
            if login.is_empty() || name.trim().is_empty() {
                bail!("an account needs a login and a name: --login awa@example.org --name \"Awa Ndiaye\"");
            }
            let account = crate::accounts::Account {
                id: Uuid::new_v4(),
                login,
                name: name.trim().to_string(),
                role,
                password_hash,
                created_ms: now_ms,
                disabled: false,
            };
            backend.add_account(account.clone()).await?;
            backend
                .audit(crate::accounts::AuditEntry {
                    at_ms: now_ms,
                    account: None,
                    action: "account-add".into(),
                    subject: account.login.clone(),
                })
                .await?;
            format!("{}\n", account.id)
        }
        Request::AccountList => backend
            .accounts()
            .await?
            .iter()
            .map(|a| {
                format!(
                    "{}  {}  {}  {}{}\n",
                    a.id,
                    a.login,
                    a.name,
                    a.role.as_str(),
                    if a.disabled { "  disabled" } else { "" }
                )
            })
            .collect(),
        Request::CertificateList { learner } => backend
            .certificates(learner)
            .await?
            .iter()
            .map(|c| {
                format!(
                    "{}  learner {}  {}  issued {}{}\n",
                    c.id,
                    c.learner,
                    c.course,
                    format_utc(c.issued_ms),
                    c.revoked_ms
                        .map(|ms| format!("  revoked {}", format_utc(ms)))
                        .unwrap_or_default()
                )
            })
            .collect(),
        Request::LearnerExport { learner } => {
            let text = crate::privacy::export(backend, learner, now_ms)
                .await
                .with_context(|| format!("cannot export learner {learner}"))?;
            backend
                .audit(crate::accounts::AuditEntry {
                    at_ms: now_ms,
                    account: None,
                    action: "learner-export".into(),
                    subject: learner.to_string(),
                })
                .await?;
            text
        }
        Request::LearnerErase { learner, reason } => {
            if reason.trim().is_empty() {
                bail!("say why with --reason, e.g. --reason \"the learner asked on 3 May\"");
            }
            let done = crate::privacy::erase(backend, learner, now_ms, None, &reason)
                .await
                .with_context(|| format!("did not erase learner {learner}"))?;
            format!(
                "erased learner {learner}: {} progress events, {} laptops, {} unused codes, \
                 {} cohort places removed; {} certificates kept without name or authority\n",
                done.events, done.devices, done.codes, done.cohorts, done.certificates
            )
        }
        Request::CertificateRevoke { id, reason } => {
            if !backend.revoke_certificate(id, now_ms, reason).await? {
                bail!("no certificate {id} on this server (`certificate list` shows them)");
            }
            format!("revoked certificate {id}\n")
        }
    })
}

/// `bytes` as [`Request::ImportBundle`] carries them.
pub fn encode_file(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// The most a request line may hold: a progress file of `bundle::MAX_BUNDLE` in base64.
const MAX_LINE: u64 = (lphm_sync::bundle::MAX_BUNDLE as u64) * 4 / 3 + 4096;

/// Where a client finds the server running on `dir`, for the messages: the socket file, or
/// on Windows the named pipe.
pub fn address(dir: &std::path::Path) -> String {
    #[cfg(unix)]
    return dir.join(SOCKET).display().to_string();
    #[cfg(windows)]
    return pipe_name(dir);
}

/// The named pipe of the server running on `dir`: one per data folder, named by a hash of
/// its absolute path (pipes live in one namespace for the whole machine).
#[cfg(windows)]
fn pipe_name(dir: &std::path::Path) -> String {
    use sha2::{Digest, Sha256};
    let absolute = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let key = absolute.to_string_lossy().to_lowercase();
    let digest = Sha256::digest(key.as_bytes());
    format!(r"\\.\pipe\lphm-server-{}", hex::encode(&digest[..16]))
}

/// Reads one request line from a client and writes one answer line.
async fn answer_one<S>(
    stream: S,
    backend: Backend,
    clock: Arc<dyn crate::Clock>,
    catalogue: Option<Arc<CatalogueDir>>,
) where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
    let mut stream = BufReader::new(stream);
    let mut line = String::new();
    if (&mut stream)
        .take(MAX_LINE)
        .read_line(&mut line)
        .await
        .is_err()
    {
        return;
    }
    let answer = match serde_json::from_str::<Request>(&line) {
        Ok(request) => match execute(&backend, clock.now_ms(), request, catalogue).await {
            Ok(text) => Answer::Ok(text),
            Err(e) => Answer::Failed(format!("{e:#}")),
        },
        Err(e) => Answer::Failed(format!("not a command this server knows: {e}")),
    };
    let mut out = serde_json::to_vec(&answer).unwrap_or_default();
    out.push(b'\n');
    let _ = stream.write_all(&out).await;
    let _ = stream.flush().await;
}

/// Sends one request line and reads one answer line.
async fn ask<S>(stream: S, request: &Request) -> std::io::Result<Answer>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let mut stream = BufReader::new(stream);
    let mut line = serde_json::to_vec(request)?;
    line.push(b'\n');
    stream.write_all(&line).await?;
    stream.flush().await?;
    let mut answer = String::new();
    stream.read_line(&mut answer).await?;
    serde_json::from_str(&answer).map_err(std::io::Error::other)
}

/// Answers commands on `<dir>/admin.sock` until the task is dropped. A stale socket file
/// (a server that was killed) is replaced; the caller holds the database, so no other
/// server can be listening there.
#[cfg(unix)]
pub fn listen(
    dir: &std::path::Path,
    backend: Backend,
    clock: Arc<dyn crate::Clock>,
    catalogue: Option<Arc<CatalogueDir>>,
) -> std::io::Result<tokio::task::JoinHandle<()>> {
    use std::os::unix::fs::PermissionsExt;

    let path = dir.join(SOCKET);
    match std::fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    let listener = tokio::net::UnixListener::bind(&path)?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    Ok(tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let (backend, clock, catalogue) = (backend.clone(), clock.clone(), catalogue.clone());
            tokio::spawn(answer_one(stream, backend, clock, catalogue));
        }
    }))
}

/// Answers commands on the data folder's named pipe until the task is dropped. Only this
/// machine's clients are accepted; the pipe takes Windows' default security, which lets
/// only the server's own account and administrators write to it.
#[cfg(windows)]
pub fn listen(
    dir: &std::path::Path,
    backend: Backend,
    clock: Arc<dyn crate::Clock>,
    catalogue: Option<Arc<CatalogueDir>>,
) -> std::io::Result<tokio::task::JoinHandle<()>> {
    use tokio::net::windows::named_pipe::ServerOptions;

    let name = pipe_name(dir);
    let mut pipe = ServerOptions::new()
        .first_pipe_instance(true)
        .reject_remote_clients(true)
        .create(&name)?;
    Ok(tokio::spawn(async move {
        loop {
            if pipe.connect().await.is_err() {
                continue;
            }
            let next = match ServerOptions::new()
                .reject_remote_clients(true)
                .create(&name)
            {
                Ok(next) => next,
                Err(e) => {
                    eprintln!("lphm-server: stops answering commands on {name}: {e}");
                    return;
                }
            };
            let connected = std::mem::replace(&mut pipe, next);
            let (backend, clock, catalogue) = (backend.clone(), clock.clone(), catalogue.clone());
            tokio::spawn(answer_one(connected, backend, clock, catalogue));
        }
    }))
}

/// Sends `request` to the server running on `dir`. `None` when no server answers there
/// (then the caller opens the database itself).
#[cfg(unix)]
pub async fn send(dir: &std::path::Path, request: &Request) -> Option<std::io::Result<Answer>> {
    let stream = tokio::net::UnixStream::connect(dir.join(SOCKET))
        .await
        .ok()?;
    Some(ask(stream, request).await)
}

/// Sends `request` to the server running on `dir`. `None` when no server answers there
/// (then the caller opens the database itself).
#[cfg(windows)]
pub async fn send(dir: &std::path::Path, request: &Request) -> Option<std::io::Result<Answer>> {
    use tokio::net::windows::named_pipe::ClientOptions;
    /// Every instance of the pipe is taken by another client: wait a moment.
    const ERROR_PIPE_BUSY: i32 = 231;
    let name = pipe_name(dir);
    for _ in 0..100 {
        match ClientOptions::new().open(&name) {
            Ok(pipe) => return Some(ask(pipe, request).await),
            Err(e) if e.raw_os_error() == Some(ERROR_PIPE_BUSY) => {
                tokio::time::sleep(std::time::Duration::from_millis(50)).await
            }
            Err(_) => return None,
        }
    }
    Some(Err(std::io::Error::other(format!(
        "the server on {} is too busy to answer",
        dir.display()
    ))))
}
