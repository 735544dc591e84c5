//! `lphm`: course packages from the command line, for authors and field IT staff.
//!
//! It calls the same crates as the app (`lphm-package`, `lphm-desk`), so a package that
//! `lphm verify` accepts is one the app accepts. Messages come from the app's Fluent files
//! in the system's language (`LANG`, or the Windows user's locale); every failure prints a
//! sentence and exits non-zero.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use lphm_desk::{ApiError, Desk, ErrorKind, ImportOutcome, SystemClock};
use lphm_i18n::{FluentValue, Localizer};
use lphm_package::{PackageError, PublicKey, SecretKey};
use rand::RngCore;

#[derive(Parser)]
#[command(
    name = "lphm",
    version,
    about = "LPHM course packages (keys, pack, verify, import, list) and progress sync"
)]
struct Cli {
    /// The app's data folder (default: the one the desktop app uses).
    #[arg(long, global = true, value_name = "DIR")]
    data: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Make a new publisher key pair: PREFIX.secret.json and PREFIX.public.json.
    Keygen {
        /// The publisher's name, shown to learners.
        #[arg(long)]
        name: String,
        #[arg(long, value_name = "PREFIX")]
        out: PathBuf,
    },
    /// Validate a course folder and pack it into a signed package.
    Pack {
        dir: PathBuf,
        /// The secret key file to sign with.
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        /// Where to write the package (default: <course>-v<version>.lphm).
        #[arg(short, long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Check a package's signature and every file in it, without installing.
    Verify {
        file: PathBuf,
        /// Also trust this public key file (may be repeated).
        #[arg(long, value_name = "FILE")]
        trust: Vec<PathBuf>,
    },
    /// Check that a signed package holds exactly the course in a folder.
    Compare { dir: PathBuf, file: PathBuf },
    /// Install a package into the app's data folder (close the app first).
    Import { file: PathBuf },
    /// List the installed courses.
    List,
    /// Remove an installed course (learners' progress is kept).
    Remove { course: String },
    /// Manage the publisher keys this laptop trusts besides the LPHM key.
    Trust {
        #[command(subcommand)]
        action: TrustAction,
    },
    /// Sync the current learner's progress with the LPHM server (close the app first).
    Sync {
        #[command(subcommand)]
        action: SyncAction,
    },
    /// Certificates the programme issued.
    Certificate {
        #[command(subcommand)]
        action: CertificateAction,
    },
}

#[derive(Subcommand)]
enum CertificateAction {
    /// Check a certificate PDF offline against the programme's public key.
    Verify {
        file: PathBuf,
        /// Also trust this certificate key file (may be repeated), e.g. a test server's.
        #[arg(long, value_name = "FILE")]
        trust: Vec<PathBuf>,
    },
}

#[derive(Subcommand)]
enum SyncAction {
    /// Where sync stands: server, learner, changes waiting, last sync, last error.
    Status,
    /// Link the current learner to a server with a one-time code from a coordinator.
    ///
    /// Prints what will be sent to the server and who sees it, and enrolls only once the
    /// learner agrees: with --agree, or by typing "yes" at the terminal.
    Enroll {
        #[arg(long)]
        server: String,
        #[arg(long)]
        code: String,
        /// The learner read the statement this command prints and agrees to it.
        #[arg(long)]
        agree: bool,
    },
    /// Send what is waiting and receive what other laptops recorded, now.
    Now,
    /// Write the progress the server has not confirmed to FILE, for a coordinator to
    /// import on the server when there is no connection at all.
    Export { file: PathBuf },
}

#[derive(Subcommand)]
enum TrustAction {
    /// Trust the public key in FILE.
    Add { file: PathBuf },
    /// List the trusted keys.
    List,
    /// Stop trusting a key, by id.
    Remove { id: String },
}

/// A failure, already worded for the person at the terminal.
struct Failure(String);

type Out = Result<(), Failure>;

struct Ctx {
    l10n: Localizer,
    data: PathBuf,
}

impl Ctx {
    fn say(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.l10n.format(id, args)
    }

    fn api(&self, e: ApiError) -> Failure {
        let args: Vec<(String, FluentValue<'static>)> = e
            .args()
            .into_iter()
            .map(|(k, v)| {
                let value = match v {
                    serde_json::Value::String(s) => FluentValue::from(s),
                    serde_json::Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or(0.0)),
                    other => FluentValue::from(other.to_string()),
                };
                (k, value)
            })
            .collect();
        let args: Vec<(&str, FluentValue<'_>)> =
            args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        let mut text = self.say(&format!("error-{}", e.code()), &args);
        // The system's own words, when the message does not already carry them.
        if let Some(detail) = &e.context.detail {
            if !text.contains(detail.as_str()) {
                text = format!("{text}\n  ({detail})");
            }
        }
        Failure(text)
    }

    fn pkg(&self, e: PackageError) -> Failure {
        self.api(e.into())
    }

    fn io(&self, path: &Path, e: std::io::Error) -> Failure {
        self.api(ApiError::file(
            |path, detail| ErrorKind::PackageFileUnreadable { path, detail },
            path,
            &e,
        ))
    }

    fn desk(&self) -> Result<Desk, Failure> {
        let desk = Desk::open(&self.data, Box::new(SystemClock), rand::random())
            .and_then(lphm_desk::client::trust_server_ca_from_env)
            .map_err(|e| self.api(e))?;
        // What opening had to repair goes to the log (stderr), not to the command's output.
        for repair in desk.repairs() {
            eprintln!("lphm: {repair}");
        }
        Ok(desk)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = lphm_i18n::system_locale();
    let l10n = match Localizer::new(lphm_i18n::negotiate(&lang)) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("lphm: {e}");
            return ExitCode::FAILURE;
        }
    };
    let data = cli.data.clone().unwrap_or_else(default_data_dir);
    let ctx = Ctx { l10n, data };
    match run(&ctx, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(text)) => {
            eprintln!("lphm: {text}");
            ExitCode::FAILURE
        }
    }
}

/// Where the desktop app keeps its store (Tauri's app data folder for `org.unitar.lphm`).
fn default_data_dir() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("org.unitar.lphm")
        .join("store")
}

fn run(ctx: &Ctx, command: Command) -> Out {
    match command {
        Command::Keygen { name, out } => keygen(ctx, &name, &out),
        Command::Pack { dir, key, out } => pack(ctx, &dir, &key, out),
        Command::Verify { file, trust } => verify(ctx, &file, &trust),
        Command::Compare { dir, file } => compare(ctx, &dir, &file),
        Command::Import { file } => import(ctx, &file),
        Command::List => list(ctx),
        Command::Remove { course } => {
            // Progress is kept: the command line never deletes a learner's records.
            ctx.desk()?
                .remove_course(&course, false)
                .map_err(|e| ctx.api(e))?;
            println!(
                "{}",
                ctx.say("cli-removed", &[("course", course.as_str().into())])
            );
            Ok(())
        }
        Command::Trust { action } => trust(ctx, action),
        Command::Sync { action } => sync(ctx, action),
        Command::Certificate {
            action: CertificateAction::Verify { file, trust },
        } => verify_certificate(ctx, &file, &trust),
    }
}

/// `lphm certificate verify`: the credential inside the PDF, checked against the
/// programme's key (and `extra` keys); prints what it certifies. Revocation can only be
/// known online: the message gives the verification address.
fn verify_certificate(ctx: &Ctx, file: &Path, extra: &[PathBuf]) -> Out {
    let mut trust = vec![PublicKey::parse(lphm_desk::PROGRAMME_KEY).map_err(|e| ctx.pkg(e))?];
    for path in extra {
        let text = std::fs::read_to_string(path).map_err(|e| ctx.io(path, e))?;
        trust.push(PublicKey::parse(&text).map_err(|e| ctx.pkg(e))?);
    }
    let bytes = std::fs::read(file).map_err(|e| ctx.io(file, e))?;
    let c = lphm_desk::check_certificate_file(&bytes, &file.display().to_string(), &trust)
        .map_err(|e| ctx.api(e))?;
    let f = &c.facts;
    println!(
        "{}",
        ctx.say(
            "cli-certificate-valid",
            &[
                ("name", f.name.as_str().into()),
                ("authority", f.authority.as_str().into()),
                ("course", f.course_title.as_str().into()),
                ("date", f.completed_on.as_str().into()),
                ("issuer", f.issuer_name.as_str().into()),
                ("id", f.id.to_string().into()),
                ("url", f.verify_url.as_str().into()),
            ]
        )
    );
    Ok(())
}

/// The statement of what is sent to the server and who sees it, as the window shows it.
fn print_consent(ctx: &Ctx) {
    println!("{}\n", ctx.say("consent-title", &[]));
    for (heading, paragraphs) in lphm_desk::CONSENT_STATEMENT {
        println!("{}", ctx.say(heading, &[]));
        for p in *paragraphs {
            println!("  - {}", ctx.say(p, &[]));
        }
        println!();
    }
}

/// Without `--agree`, the learner agrees by typing the word for "yes" (or "yes") at a
/// terminal; with no terminal to ask at, nothing is sent and the message says to add
/// `--agree` after reading.
fn ask_consent(ctx: &Ctx) -> Out {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(Failure(ctx.say("cli-consent-needs-agree", &[])));
    }
    print!("{} ", ctx.say("cli-consent-question", &[]));
    let _ = std::io::stdout().flush();
    let mut answer = String::new();
    stdin
        .read_line(&mut answer)
        .map_err(|e| Failure(e.to_string()))?;
    let answer = answer.trim().to_lowercase();
    let yes = ctx.say("cli-consent-yes", &[]).to_lowercase();
    if answer == yes || answer == "yes" {
        Ok(())
    } else {
        Err(Failure(ctx.say("cli-consent-declined", &[])))
    }
}

fn sync(ctx: &Ctx, action: SyncAction) -> Out {
    let desk = ctx.desk()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure(e.to_string()))?;
    match action {
        SyncAction::Status => {
            let s = desk.sync_status().map_err(|e| ctx.api(e))?;
            if !s.enrolled {
                println!("{}", ctx.say("cli-sync-not-enrolled", &[]));
                return Ok(());
            }
            let minutes = s
                .last_ok_ms
                .map(|t| ((s.now_ms - t).max(0) / 60_000) as f64)
                .unwrap_or(-1.0);
            println!(
                "{}",
                ctx.say(
                    "cli-sync-status",
                    &[
                        ("server", s.server.unwrap_or_default().into()),
                        ("name", s.learner_name.unwrap_or_default().into()),
                        ("waiting", s.waiting.into()),
                        ("minutes", minutes.into()),
                    ]
                )
            );
            if let Some(e) = s.last_error {
                return Err(ctx.api(e));
            }
        }
        SyncAction::Enroll {
            server,
            code,
            agree,
        } => {
            print_consent(ctx);
            if !agree {
                ask_consent(ctx)?;
            }
            let name = std::fs::read_to_string("/etc/hostname")
                .map(|n| n.trim().to_string())
                .unwrap_or_else(|_| "laptop".into());
            let en = runtime
                .block_on(desk.enroll(&server, &code, &name, Some(lphm_desk::CONSENT_VERSION)))
                .map_err(|e| ctx.api(e))?;
            println!(
                "{}",
                ctx.say(
                    "cli-sync-enrolled",
                    &[
                        ("server", en.server.as_str().into()),
                        ("name", en.name.as_str().into())
                    ]
                )
            );
            let report = runtime.block_on(desk.sync_now()).map_err(|e| ctx.api(e))?;
            print_sync(ctx, &report);
        }
        SyncAction::Now => {
            let report = runtime.block_on(desk.sync_now()).map_err(|e| ctx.api(e))?;
            print_sync(ctx, &report);
        }
        SyncAction::Export { file } => {
            let info = desk.export_bundle(&file).map_err(|e| ctx.api(e))?;
            println!(
                "{}",
                ctx.say(
                    "cli-sync-exported",
                    &[
                        ("count", info.events.into()),
                        ("file", info.path.as_str().into())
                    ]
                )
            );
        }
    }
    Ok(())
}

fn print_sync(ctx: &Ctx, report: &lphm_desk::client::SyncReport) {
    println!(
        "{}",
        ctx.say(
            "cli-sync-done",
            &[
                ("sent", report.pushed.into()),
                ("received", report.pulled.into())
            ]
        )
    );
}

fn keygen(ctx: &Ctx, name: &str, prefix: &Path) -> Out {
    let secret_path = with_suffix(prefix, ".secret.json");
    let public_path = with_suffix(prefix, ".public.json");
    let mut seed = [0u8; 32];
    // ThreadRng is a CSPRNG seeded from the operating system.
    rand::rng().fill_bytes(&mut seed);
    let key = SecretKey::from_seed(name, seed);
    // Never overwrite a key: losing a publisher key means re-keying every laptop.
    let mut file = create_private(&secret_path).map_err(|e| ctx.io(&secret_path, e))?;
    file.write_all(key.to_file().as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| ctx.io(&secret_path, e))?;
    let public_tmp = with_suffix(prefix, ".public.json.part");
    lphm_durable::write_file(&public_path, &public_tmp, key.public().to_file().as_bytes())
        .map_err(|e| ctx.io(&public_path, e))?;
    println!(
        "{}",
        ctx.say(
            "cli-keygen",
            &[
                ("id", key.public().id().into()),
                ("secret", secret_path.display().to_string().into()),
                ("public", public_path.display().to_string().into()),
            ]
        )
    );
    Ok(())
}

fn with_suffix(prefix: &Path, suffix: &str) -> PathBuf {
    let mut s = prefix.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

#[cfg(unix)]
fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

fn pack(ctx: &Ctx, dir: &Path, key_path: &Path, out: Option<PathBuf>) -> Out {
    let text = std::fs::read_to_string(key_path).map_err(|e| ctx.io(key_path, e))?;
    let key = SecretKey::parse(&text).map_err(|e| ctx.pkg(e))?;
    let manifest = lphm_package::manifest_for_dir(dir).map_err(|e| ctx.pkg(e))?;
    let out = out.unwrap_or_else(|| {
        PathBuf::from(format!("{}-v{}.lphm", manifest.course, manifest.version))
    });
    // Written beside the target and renamed, so a failed pack never leaves half a package.
    let tmp = with_suffix(&out, ".part");
    let file = std::fs::File::create(&tmp).map_err(|e| ctx.io(&tmp, e))?;
    let mut writer = std::io::BufWriter::new(file);
    let result = lphm_package::pack(dir, &key, &mut writer).and_then(|m| {
        let file = writer
            .into_inner()
            .map_err(|e| PackageError::Io(e.into_error()))?;
        file.sync_all().map_err(PackageError::Io)?;
        Ok(m)
    });
    let manifest = match result {
        Ok(m) => m,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(ctx.pkg(e));
        }
    };
    lphm_durable::rename(&tmp, &out).map_err(|e| ctx.io(&out, e))?;
    let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    println!(
        "{}",
        ctx.say(
            "cli-packed",
            &[
                ("course", manifest.course.as_str().into()),
                ("version", manifest.version.into()),
                ("files", manifest.files.len().into()),
                ("bytes", size.into()),
                ("key", key.public().id().into()),
                ("file", out.display().to_string().into()),
            ]
        )
    );
    Ok(())
}

/// The built-in key, the store's trusted keys (when the store can be opened) and any
/// `--trust` files.
fn trust_for_reading(ctx: &Ctx, extra: &[PathBuf]) -> Result<Vec<PublicKey>, Failure> {
    let mut keys = lphm_desk::keys_of(&ctx.data).map_err(|e| ctx.api(e))?;
    for path in extra {
        let text = std::fs::read_to_string(path).map_err(|e| ctx.io(path, e))?;
        keys.push(PublicKey::parse(&text).map_err(|e| ctx.pkg(e))?);
    }
    Ok(keys)
}

fn open_package(ctx: &Ctx, file: &Path) -> Result<std::io::BufReader<std::fs::File>, Failure> {
    std::fs::File::open(file)
        .map(|f| std::io::BufReader::with_capacity(256 * 1024, f))
        .map_err(|e| ctx.io(file, e))
}

fn verify(ctx: &Ctx, file: &Path, extra: &[PathBuf]) -> Out {
    let trust = trust_for_reading(ctx, extra)?;
    let v = lphm_package::verify(open_package(ctx, file)?, &trust).map_err(|e| ctx.pkg(e))?;
    println!(
        "{}",
        ctx.say(
            "cli-verified",
            &[
                ("course", v.manifest.course.as_str().into()),
                ("version", v.manifest.version.into()),
                ("files", v.manifest.files.len().into()),
                ("signer", v.signer.name.as_str().into()),
                ("key", v.signer.id().into()),
            ]
        )
    );
    Ok(())
}

fn compare(ctx: &Ctx, dir: &Path, file: &Path) -> Out {
    let trust = trust_for_reading(ctx, &[])?;
    let v = lphm_package::verify(open_package(ctx, file)?, &trust).map_err(|e| ctx.pkg(e))?;
    let source = lphm_package::manifest_for_dir(dir).map_err(|e| ctx.pkg(e))?;
    if lphm_package::manifest_bytes(&source) != lphm_package::manifest_bytes(&v.manifest) {
        let changed: Vec<String> = source
            .files
            .iter()
            .filter(|f| v.manifest.file(&f.path) != Some(*f))
            .map(|f| f.path.clone())
            .chain(
                v.manifest
                    .files
                    .iter()
                    .filter(|f| source.file(&f.path).is_none())
                    .map(|f| f.path.clone()),
            )
            .collect();
        return Err(Failure(ctx.say(
            "cli-compare-differs",
            &[
                ("file", file.display().to_string().into()),
                ("changed", changed.join(", ").into()),
            ],
        )));
    }
    println!(
        "{}",
        ctx.say(
            "cli-compare-same",
            &[
                ("file", file.display().to_string().into()),
                ("files", source.files.len().into()),
            ]
        )
    );
    Ok(())
}

fn import(ctx: &Ctx, file: &Path) -> Out {
    let desk = ctx.desk()?;
    let show = std::io::stderr().is_terminal();
    let mut last = u64::MAX;
    let outcome = desk
        .import_file(file, |p| {
            let pct = (p.done * 100).checked_div(p.total).unwrap_or(100);
            if show && pct != last {
                last = pct;
                eprint!("\r{pct:>3} %");
            }
            true
        })
        .map_err(|e| {
            if show {
                eprintln!();
            }
            ctx.api(e)
        })?;
    if show {
        eprintln!();
    }
    let text = match &outcome {
        ImportOutcome::Installed { course, version } => ctx.say(
            "cli-imported",
            &[
                ("course", course.as_str().into()),
                ("version", (*version).into()),
            ],
        ),
        ImportOutcome::Updated {
            course,
            version,
            previous,
            removed_lessons,
        } => ctx.say(
            "cli-updated",
            &[
                ("course", course.as_str().into()),
                ("version", (*version).into()),
                ("previous", (*previous).into()),
                ("removed", removed_lessons.len().into()),
            ],
        ),
        ImportOutcome::AlreadyInstalled { course, version } => ctx.say(
            "cli-already-installed",
            &[
                ("course", course.as_str().into()),
                ("version", (*version).into()),
            ],
        ),
    };
    println!("{text}");
    Ok(())
}

fn list(ctx: &Ctx) -> Out {
    let desk = ctx.desk()?;
    let courses = desk.installed_courses().map_err(|e| ctx.api(e))?;
    if courses.is_empty() {
        println!("{}", ctx.say("cli-list-empty", &[]));
    }
    for c in courses {
        let m = &c.manifest;
        let title = m.title.pick(ctx.l10n.lang(), m.fallback_lang()).0;
        let signer = c.package.as_ref().map(|p| p.signer.as_str()).unwrap_or("-");
        println!(
            "{}\t{}\t{}\t{}\t{}",
            m.id,
            m.version,
            m.languages.join(","),
            signer,
            title
        );
    }
    Ok(())
}

fn trust(ctx: &Ctx, action: TrustAction) -> Out {
    let desk = ctx.desk()?;
    match action {
        TrustAction::Add { file } => {
            let text = std::fs::read_to_string(&file).map_err(|e| ctx.io(&file, e))?;
            let key = desk.trust_key(&text).map_err(|e| ctx.api(e))?;
            println!(
                "{}",
                ctx.say(
                    "cli-trusted",
                    &[
                        ("key", key.id.as_str().into()),
                        ("name", key.name.as_str().into())
                    ]
                )
            );
        }
        TrustAction::List => {
            let builtin = PublicKey::parse(lphm_desk::PUBLISHER_KEY).map_err(|e| ctx.pkg(e))?;
            println!("{}\t{}\t(built-in)", builtin.id(), builtin.name);
            for k in desk.added_keys().map_err(|e| ctx.api(e))? {
                println!("{}\t{}", k.id, k.name);
            }
        }
        TrustAction::Remove { id } => {
            desk.untrust_key(&id).map_err(|e| ctx.api(e))?;
            println!(
                "{}",
                ctx.say("cli-untrusted", &[("key", id.as_str().into())])
            );
        }
    }
    Ok(())
}
