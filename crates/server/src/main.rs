//! `lphm-server`: the sync server and the coordinators' command line.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use lphm_server::admin::{self, format_utc};
use lphm_server::{Backend, BackendConfig, Clock, ServerConfig, SystemClock, TlsFiles};
use uuid::Uuid;

#[derive(Parser)]
#[command(name = "lphm-server", version, about = "The LPHM sync server")]
struct Cli {
    /// The folder of the built-in database (sled).
    #[arg(long, global = true, default_value = "./lphm-server-data")]
    data: PathBuf,
    /// Use this PostgreSQL database instead, e.g. postgres://lphm@localhost/lphm.
    #[arg(long, global = true, env = "LPHM_POSTGRES_URL")]
    postgres: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Answer laptops on the network.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8470")]
        listen: SocketAddr,
        /// A PEM certificate chain: serve HTTPS (needs --key).
        #[arg(long, requires = "key")]
        cert: Option<PathBuf>,
        /// The PEM private key of --cert.
        #[arg(long, requires = "cert")]
        key: Option<PathBuf>,
        /// A folder of signed .lphm packages to offer.
        #[arg(long)]
        catalogue: Option<PathBuf>,
        /// A publisher's public key file whose packages to offer too (repeatable).
        #[arg(long)]
        trust: Vec<PathBuf>,
    },
    /// Learners.
    Learner {
        #[command(subcommand)]
        command: LearnerCommand,
    },
    /// One-time enrollment codes.
    Code {
        #[command(subcommand)]
        command: CodeCommand,
    },
    /// Laptops registered for learners.
    Device {
        #[command(subcommand)]
        command: DeviceCommand,
    },
    /// Import an offline progress file (.lphm-progress) a learner brought.
    ImportBundle {
        file: PathBuf,
        /// The learner, when the file comes from a laptop this server does not know.
        #[arg(long)]
        learner: Option<Uuid>,
    },
    /// Who progressed where: per learner and course.
    Report {
        #[arg(long)]
        learner: Option<Uuid>,
    },
}

#[derive(Subcommand)]
enum LearnerCommand {
    /// Add a learner; prints the new learner's id.
    Add {
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "")]
        authority: String,
    },
    /// List learners.
    List,
}

#[derive(Subcommand)]
enum CodeCommand {
    /// Make a one-time code a learner types into the app to connect a laptop.
    New {
        #[arg(long)]
        learner: Uuid,
        #[arg(long, default_value_t = lphm_server::model::CODE_DAYS)]
        days: u32,
    },
}

#[derive(Subcommand)]
enum DeviceCommand {
    /// List devices.
    List {
        #[arg(long)]
        learner: Option<Uuid>,
    },
    /// Refuse every token of a device from now on (a lost or stolen laptop).
    Revoke { device: Uuid },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("lphm-server: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lphm-server: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<()> {
    let backend_config = match cli.postgres {
        Some(url) => BackendConfig::Postgres { url },
        None => BackendConfig::Sled { dir: cli.data },
    };
    let clock = SystemClock;
    let open = || async {
        Backend::open(&backend_config)
            .await
            .with_context(|| match &backend_config {
                BackendConfig::Sled { dir } => format!(
                    "cannot open the database in {} (is another lphm-server using it?)",
                    dir.display()
                ),
                BackendConfig::Postgres { .. } => "cannot use the PostgreSQL database".into(),
            })
    };
    match cli.command {
        Command::Serve {
            listen,
            cert,
            key,
            catalogue,
            trust,
        } => {
            let mut keys = Vec::new();
            for path in trust {
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read the key file {}", path.display()))?;
                keys.push(lphm_package::PublicKey::parse(&text).with_context(|| {
                    format!("{} is not an LPHM public key file", path.display())
                })?);
            }
            let config = ServerConfig {
                backend: backend_config.clone(),
                catalogue_dir: catalogue,
                trust: keys,
                tls: cert.zip(key).map(|(cert, key)| TlsFiles { cert, key }),
                clock: Arc::new(SystemClock),
            };
            let server = lphm_server::serve(open().await?, config, listen)
                .await
                .with_context(|| format!("cannot serve on {listen}"))?;
            println!("listening on {}", server.url());
            let handle = server.shutdown_handle();
            tokio::spawn(async move {
                if tokio::signal::ctrl_c().await.is_ok() {
                    eprintln!("lphm-server: stopping");
                    handle.graceful_shutdown(Some(std::time::Duration::from_secs(10)));
                }
            });
            server.wait().await?;
        }
        Command::Learner { command } => {
            let backend = open().await?;
            match command {
                LearnerCommand::Add { name, authority } => {
                    if name.trim().is_empty() {
                        bail!("a learner needs a name: --name \"First Last\"");
                    }
                    let l = admin::add_learner(&backend, &name, &authority, clock.now_ms()).await?;
                    println!("{}", l.id);
                }
                LearnerCommand::List => {
                    for l in backend.learners().await? {
                        println!("{}  {}  {}", l.id, l.name, l.authority);
                    }
                }
            }
            backend.close().await?;
        }
        Command::Code {
            command: CodeCommand::New { learner, days },
        } => {
            let backend = open().await?;
            if days == 0 {
                bail!("a code must stay valid at least one day: --days 1 or more");
            }
            let code = admin::new_code(&backend, learner, days, clock.now_ms())
                .await
                .with_context(|| format!("cannot make a code for learner {learner}"))?;
            println!("{code}");
            backend.close().await?;
        }
        Command::Device { command } => {
            let backend = open().await?;
            match command {
                DeviceCommand::List { learner } => {
                    for d in backend.devices(learner).await? {
                        println!(
                            "{}  learner {}  {}  {}  last sync {}",
                            d.device,
                            d.learner,
                            d.name,
                            if d.revoked { "revoked" } else { "active" },
                            d.last_sync_ms.map_or_else(|| "never".into(), format_utc)
                        );
                    }
                }
                DeviceCommand::Revoke { device } => {
                    if backend.revoke_device(device).await? == 0 {
                        bail!("no device {device} on this server; `device list` shows them");
                    }
                    println!("revoked {device}");
                }
            }
            backend.close().await?;
        }
        Command::ImportBundle { file, learner } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let backend = open().await?;
            let done = admin::import_bundle(&backend, &bytes, learner, clock.now_ms())
                .await
                .with_context(|| format!("did not import {}", file.display()))?;
            if done.registered {
                println!(
                    "registered device {} for learner {}",
                    done.device, done.learner
                );
            }
            println!(
                "imported {}: {} new events, {} already there",
                file.display(),
                done.new,
                done.existing
            );
            backend.close().await?;
        }
        Command::Report { learner } => {
            let backend = open().await?;
            let rows = admin::report(&backend, learner).await?;
            print!("{}", admin::format_report(&rows));
            backend.close().await?;
        }
    }
    Ok(())
}
