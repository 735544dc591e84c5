//! `lphm-server`: the sync server and the coordinators' command line.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use lphm_server::control;
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

// `serve` carries more options than the other commands: the enum is parsed once at start,
// so its size does not matter (on Windows a path is larger and clippy counts the gap).
#[allow(clippy::large_enum_variant)]
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
        /// The programme's certificate key (a secret key file made with `lphm keygen`):
        /// issue a signed certificate to each learner who completes a course.
        #[arg(long, value_name = "FILE")]
        certificate_key: Option<PathBuf>,
        /// The address people reach this server at, printed on certificates for checking
        /// them (`<URL>/verify/<id>`); default: the address it listens on.
        #[arg(long, value_name = "URL")]
        public_url: Option<String>,
        /// The public key file of an earlier certificate key (repeatable): what it signed
        /// still shows as valid on the verification page.
        #[arg(long, value_name = "FILE", requires = "certificate_key")]
        certificate_earlier_key: Vec<PathBuf>,
        /// The issuer's name on certificates.
        #[arg(long, default_value = "UNITAR Learning Platform on Human Mobility")]
        issuer_name: String,
    },
    /// Dashboard accounts (administrators and coordinators); also `coordinator`.
    #[command(alias = "coordinator")]
    Account {
        #[command(subcommand)]
        command: AccountCommand,
    },
    /// Certificates the programme issued.
    Certificate {
        #[command(subcommand)]
        command: CertificateCommand,
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
    /// Who progressed where: per learner and course. Courses neither built into the app
    /// nor in the catalogue are flagged "(in no catalogue)".
    Report {
        #[arg(long)]
        learner: Option<Uuid>,
        /// The folder of packages the server offers (a running server uses its own).
        #[arg(long)]
        catalogue: Option<PathBuf>,
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
    /// Write everything the server holds about a learner as a JSON file they can read
    /// (to standard output without --out); audited.
    Export {
        id: Uuid,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Erase a learner's personal data: progress, laptops, unused codes, cohort places;
    /// the name and authority on their record and certificates. A tombstone and an audit
    /// entry remain; their laptops are refused from then on. Works while the server runs.
    Erase {
        id: Uuid,
        /// Why (the learner's request, a decision of the programme); kept on the
        /// tombstone. Do not write the learner's name here.
        #[arg(long)]
        reason: String,
    },
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
enum AccountCommand {
    /// Add an account; prints its id. The password is read from the environment variable
    /// LPHM_ACCOUNT_PASSWORD, or else from the first line of standard input, and must be at
    /// least 12 characters.
    Add {
        #[arg(long)]
        login: String,
        #[arg(long)]
        name: String,
        /// administrator (everything) or coordinator (the cohorts given to them).
        #[arg(long, default_value = "coordinator")]
        role: String,
    },
    /// List the accounts.
    List,
}

#[derive(Subcommand)]
enum CertificateCommand {
    /// List certificates: id, learner, course, issued, revoked.
    List {
        #[arg(long)]
        learner: Option<Uuid>,
    },
    /// Revoke a certificate (issued by mistake, or obtained dishonestly): its
    /// verification page says so from now on. Works while the server runs.
    Revoke {
        id: Uuid,
        /// Why, shown on the verification page.
        #[arg(long, default_value = "")]
        reason: String,
    },
}

#[derive(Subcommand)]
enum DeviceCommand {
    /// List devices.
    List {
        #[arg(long)]
        learner: Option<Uuid>,
    },
    /// Refuse a laptop's tokens and progress files from now on (a lost or stolen laptop),
    /// for one learner; works while the server runs.
    Revoke {
        device: Uuid,
        /// The learner, when the laptop is registered for several (a shared laptop).
        #[arg(long)]
        learner: Option<Uuid>,
    },
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
            certificate_key,
            public_url,
            issuer_name,
            certificate_earlier_key,
        } => {
            let mut earlier_keys = Vec::new();
            for path in certificate_earlier_key {
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read the key file {}", path.display()))?;
                earlier_keys.push(lphm_package::PublicKey::parse(&text).with_context(|| {
                    format!("{} is not an LPHM public key file", path.display())
                })?);
            }
            let issuer = match certificate_key {
                None => None,
                Some(path) => {
                    let text = std::fs::read_to_string(&path).with_context(|| {
                        format!("cannot read the certificate key {}", path.display())
                    })?;
                    let key = lphm_package::SecretKey::parse(&text).with_context(|| {
                        format!("{} is not an LPHM secret key file", path.display())
                    })?;
                    Some(Arc::new(lphm_server::certificates::Issuer {
                        key,
                        name: issuer_name,
                        public_url: public_url.unwrap_or_default(),
                        earlier_keys,
                    }))
                }
            };
            let mut keys = Vec::new();
            for path in trust {
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read the key file {}", path.display()))?;
                keys.push(lphm_package::PublicKey::parse(&text).with_context(|| {
                    format!("{} is not an LPHM public key file", path.display())
                })?);
            }
            let control_catalogue = catalogue
                .clone()
                .map(|dir| Arc::new(lphm_server::catalogue::CatalogueDir::new(dir, keys.clone())));
            let config = ServerConfig {
                backend: backend_config.clone(),
                catalogue_dir: catalogue,
                trust: keys,
                tls: cert.zip(key).map(|(cert, key)| TlsFiles { cert, key }),
                clock: Arc::new(SystemClock),
                enroll_limit: lphm_server::EnrollLimit::default(),
                issuer,
                certificate_sweep: lphm_server::certificates::SWEEP_EVERY,
            };
            let backend = open().await?;
            let server = lphm_server::serve(backend.clone(), config, listen)
                .await
                .with_context(|| format!("cannot serve on {listen}"))?;
            let _control = match &backend_config {
                BackendConfig::Sled { dir } => Some(
                    control::listen(dir, backend, Arc::new(SystemClock), control_catalogue)
                        .with_context(|| {
                            format!("cannot answer commands on {}", control::address(dir))
                        })?,
                ),
                BackendConfig::Postgres { .. } => None,
            };
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
        command => {
            // An export goes to a file when asked; everything else is printed.
            let out = match &command {
                Command::Learner {
                    command: LearnerCommand::Export { out, .. },
                } => out.clone(),
                _ => None,
            };
            let print = |text: String| -> Result<()> {
                match &out {
                    None => print!("{text}"),
                    Some(path) => {
                        let tmp = path.with_extension("json.part");
                        lphm_durable::write_file(path, &tmp, text.as_bytes())
                            .with_context(|| format!("cannot write {}", path.display()))?;
                        println!("wrote {}", path.display());
                    }
                }
                Ok(())
            };
            let request = request_of(command)?;
            if let BackendConfig::Sled { dir } = &backend_config {
                // A server running on this folder holds the database: ask it.
                if let Some(answer) = control::send(dir, &request).await {
                    match answer.context("the running server did not answer the command")? {
                        control::Answer::Ok(text) => print(text)?,
                        control::Answer::Failed(e) => bail!("{e}"),
                    }
                    return Ok(());
                }
            }
            let backend = open().await?;
            let done = control::execute(&backend, clock.now_ms(), request, None).await;
            backend.close().await?;
            print(done?)?;
        }
    }
    Ok(())
}

/// The command as a [`control::Request`], with a progress file read in.
fn request_of(command: Command) -> Result<control::Request> {
    use control::Request;
    Ok(match command {
        Command::Serve { .. } => unreachable!("serve is not a coordinator's command"),
        Command::Learner {
            command: LearnerCommand::Add { name, authority },
        } => Request::LearnerAdd { name, authority },
        Command::Learner {
            command: LearnerCommand::List,
        } => Request::LearnerList,
        Command::Learner {
            command: LearnerCommand::Export { id, .. },
        } => Request::LearnerExport { learner: id },
        Command::Learner {
            command: LearnerCommand::Erase { id, reason },
        } => Request::LearnerErase {
            learner: id,
            reason,
        },
        Command::Code {
            command: CodeCommand::New { learner, days },
        } => Request::CodeNew { learner, days },
        Command::Device {
            command: DeviceCommand::List { learner },
        } => Request::DeviceList { learner },
        Command::Device {
            command: DeviceCommand::Revoke { device, learner },
        } => Request::DeviceRevoke { device, learner },
        Command::ImportBundle { file, learner } => Request::ImportBundle {
            bytes: control::encode_file(
                &std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?,
            ),
            file: file.display().to_string(),
            learner,
        },
        Command::Report { learner, catalogue } => Request::Report { learner, catalogue },
        Command::Account {
            command: AccountCommand::Add { login, name, role },
        } => {
            let Some(role) = lphm_server::accounts::Role::parse(&role) else {
                bail!("--role is administrator or coordinator, not {role:?}");
            };
            let password = match std::env::var("LPHM_ACCOUNT_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    let mut line = String::new();
                    std::io::stdin()
                        .read_line(&mut line)
                        .context("cannot read the password from standard input")?;
                    line.trim_end_matches(['\r', '\n']).to_string()
                }
            };
            if password.chars().count() < lphm_server::accounts::MIN_PASSWORD_CHARS {
                bail!(
                    "the password must be at least {} characters (a few words make a good one)",
                    lphm_server::accounts::MIN_PASSWORD_CHARS
                );
            }
            Request::AccountAdd {
                login,
                name,
                role,
                password_hash: lphm_server::accounts::hash_password(&password),
            }
        }
        Command::Account {
            command: AccountCommand::List,
        } => Request::AccountList,
        Command::Certificate {
            command: CertificateCommand::List { learner },
        } => Request::CertificateList { learner },
        Command::Certificate {
            command: CertificateCommand::Revoke { id, reason },
        } => Request::CertificateRevoke { id, reason },
    })
}
