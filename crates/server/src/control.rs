//! The coordinators' commands as data: [`Request`] is what `lphm-server learner add`,
//! `code new`, `device revoke`… ask, [`execute`] runs one on a backend and answers the text
//! the command prints.
//!
//! A sled database can be opened by one process at a time, so while a server runs on it
//! the command line cannot open it. The running server therefore listens on a Unix socket
//! in its data folder ([`SOCKET`], readable by the folder's owner only) and runs the
//! commands it receives there on its own backend: one line of JSON in, one line out. The
//! command line tries that socket first and opens the database itself when no server
//! answers. (Windows has no such socket here: stop the server to run a command on its
//! sled database. PostgreSQL is shared by design and needs none of this.)

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
            .map(|l| format!("{}  {}  {}\n", l.id, l.name, l.authority))
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
    })
}

/// `bytes` as [`Request::ImportBundle`] carries them.
pub fn encode_file(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// The most a request line may hold: a progress file of `bundle::MAX_BUNDLE` in base64.
const MAX_LINE: u64 = (lphm_sync::bundle::MAX_BUNDLE as u64) * 4 / 3 + 4096;

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
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

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
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut line = String::new();
                if BufReader::new(read.take(MAX_LINE))
                    .read_line(&mut line)
                    .await
                    .is_err()
                {
                    return;
                }
                let answer = match serde_json::from_str::<Request>(&line) {
                    Ok(request) => {
                        match execute(&backend, clock.now_ms(), request, catalogue).await {
                            Ok(text) => Answer::Ok(text),
                            Err(e) => Answer::Failed(format!("{e:#}")),
                        }
                    }
                    Err(e) => Answer::Failed(format!("not a command this server knows: {e}")),
                };
                let mut out = serde_json::to_vec(&answer).unwrap_or_default();
                out.push(b'\n');
                let _ = write.write_all(&out).await;
            });
        }
    }))
}

/// Sends `request` to the server running on `dir`. `None` when no server answers there
/// (then the caller opens the database itself).
#[cfg(unix)]
pub async fn send(dir: &std::path::Path, request: &Request) -> Option<std::io::Result<Answer>> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::UnixStream::connect(dir.join(SOCKET))
        .await
        .ok()?;
    let exchange = async {
        let mut line = serde_json::to_vec(request)?;
        line.push(b'\n');
        stream.write_all(&line).await?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await?;
        serde_json::from_str(&answer).map_err(std::io::Error::other)
    };
    Some(exchange.await)
}

/// No control socket on this system: the caller opens the database itself.
#[cfg(not(unix))]
pub async fn send(_: &std::path::Path, _: &Request) -> Option<std::io::Result<Answer>> {
    None
}
