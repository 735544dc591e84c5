//! A private PostgreSQL for tests and benchmarks: a fresh cluster in a temp folder,
//! listening on 127.0.0.1 at a free port (and a Unix socket inside the folder), with a new
//! database per test. Needs the Debian package `postgresql` (`scripts/setup` installs it);
//! without it the tests fail and say so, they never skip.
//!
//! PostgreSQL refuses to run as root, so under root the cluster runs as the `postgres`
//! system user (`setpriv`), in a folder handed to that user.
//!
//! The server runs under a small shell that holds a pipe from this process: when the
//! [`PgCluster`] is dropped, or this process ends in any way (a shared cluster in a static
//! is never dropped), the pipe closes and the shell stops PostgreSQL and deletes the folder.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

use crate::eventually;

/// A running PostgreSQL cluster.
#[derive(Debug)]
pub struct PgCluster {
    port: u16,
    bin: PathBuf,
    root: PathBuf,
    /// Closing it stops the cluster.
    keepalive: Option<ChildStdin>,
    shell: Child,
    next_db: AtomicU32,
}

/// The cluster of this test binary, started on first use.
pub fn shared() -> &'static PgCluster {
    static CLUSTER: OnceLock<PgCluster> = OnceLock::new();
    CLUSTER.get_or_init(|| PgCluster::start(false))
}

/// A new, empty database on the shared cluster; returns its URL.
pub fn database() -> String {
    shared().create_database()
}

/// `/usr/lib/postgresql/<newest>/bin`.
fn bin_dir() -> PathBuf {
    let base = Path::new("/usr/lib/postgresql");
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir(base)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").is_file().then_some((v, bin))
        })
        .collect();
    versions.sort();
    match versions.pop() {
        Some((_, bin)) => bin,
        None => panic!(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). The sync \
             server's tests need it: run scripts/setup, or `apt-get install postgresql`."
        ),
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// `(uid, gid)` of the `postgres` system user.
fn postgres_user() -> (u32, u32) {
    let id = |flag: &str| -> u32 {
        let out = Command::new("id")
            .args([flag, "postgres"])
            .output()
            .expect("`id` runs");
        assert!(
            out.status.success(),
            "running as root, the tests need the `postgres` system user that the Debian \
             package `postgresql` creates"
        );
        String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
    };
    (id("-u"), id("-g"))
}

#[cfg(unix)]
fn chown_tree(path: &Path, uid: u32, gid: u32) {
    std::os::unix::fs::chown(path, Some(uid), Some(gid)).unwrap();
    if path.is_dir() {
        for e in std::fs::read_dir(path).unwrap() {
            chown_tree(&e.unwrap().path(), uid, gid);
        }
    }
}

#[cfg(not(unix))]
fn chown_tree(_: &Path, _: u32, _: u32) {
    unreachable!("the tests never start PostgreSQL outside Linux")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// PostgreSQL's log, shown as it is when it did not start.
struct ServerLog(String);

impl std::fmt::Debug for ServerLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "its log:\n{}", self.0)
    }
}

impl PgCluster {
    /// Creates and starts a cluster. `durable: false` turns off fsync, for fast tests;
    /// benchmarks pass `true` to measure what a real server does.
    pub fn start(durable: bool) -> PgCluster {
        if !cfg!(target_os = "linux") {
            panic!(
                "the PostgreSQL tests run on Linux only (the test command runs them there, \
                 and skips them by name when it runs the Windows build under Wine)"
            );
        }
        let bin = bin_dir();
        let root = tempfile::Builder::new()
            .prefix("lphm-pg-")
            .tempdir()
            .unwrap()
            .keep();
        let data = root.join("data");
        let socket = root.join("socket");
        std::fs::create_dir_all(&socket).unwrap();
        let root_user = is_root();
        if root_user {
            let (uid, gid) = postgres_user();
            chown_tree(&root, uid, gid);
        }
        let as_user = |program: &Path| -> Command {
            if root_user {
                let mut c = Command::new("setpriv");
                c.args(["--reuid=postgres", "--regid=postgres", "--init-groups"])
                    .arg(program);
                c
            } else {
                Command::new(program)
            }
        };
        let out = as_user(&bin.join("initdb"))
            .arg("-D")
            .arg(&data)
            .args([
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
            ])
            .arg("--no-sync")
            .output()
            .expect("initdb runs");
        assert!(
            out.status.success(),
            "initdb failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let port = free_port();
        let mut postgres = as_user(&bin.join("postgres"));
        postgres
            .arg("-D")
            .arg(&data)
            .arg("-p")
            .arg(port.to_string())
            .arg("-k")
            .arg(&socket)
            .args([
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "max_connections=300",
            ]);
        if !durable {
            postgres.args([
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
            ]);
        }
        // The shell starts PostgreSQL, waits for this process's end of the pipe to close,
        // then stops it (fast shutdown) and removes the folder.
        let program = postgres.get_program().to_owned();
        let args: Vec<_> = postgres.get_args().map(|a| a.to_owned()).collect();
        let shell = Command::new("sh")
            .arg("-c")
            .arg(
                r#"root="$1"; shift
"$@" </dev/null >"$root/log" 2>&1 &
pid=$!
read _ignored || true
kill -INT "$pid" 2>/dev/null
wait "$pid"
rm -rf "$root""#,
            )
            .arg("pg-cluster")
            .arg(&root)
            .arg(program)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("sh runs");
        let mut cluster = PgCluster {
            port,
            bin,
            root,
            keepalive: None,
            shell,
            next_db: AtomicU32::new(0),
        };
        cluster.keepalive = cluster.shell.stdin.take();
        cluster.wait_ready();
        cluster
    }

    fn wait_ready(&self) {
        eventually(Duration::from_secs(30), "PostgreSQL to start", || {
            let ready = Command::new(self.bin.join("pg_isready"))
                .args(["-q", "-h", "127.0.0.1", "-p", &self.port.to_string()])
                .status()
                .map(|s| s.success())
                .unwrap_or(false);
            if ready {
                Ok(())
            } else {
                Err(ServerLog(
                    std::fs::read_to_string(self.root.join("log")).unwrap_or_default(),
                ))
            }
        });
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Runs one SQL statement as the superuser on database `postgres`.
    pub fn sql(&self, statement: &str) {
        let out = Command::new(self.bin.join("psql"))
            .args([
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
            ])
            .args([
                "-p",
                &self.port.to_string(),
                "-d",
                "postgres",
                "-c",
                statement,
            ])
            .output()
            .expect("psql runs");
        assert!(
            out.status.success(),
            "{statement}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// A backup of the database at `url` with `pg_dump` (custom format), taken while
    /// servers use it, as an administrator would.
    pub fn dump(&self, url: &str, file: &Path) {
        self.tool("pg_dump", url, &["-Fc", "-f", file.to_str().unwrap()]);
    }

    /// Restores a [`PgCluster::dump`] over the database at `url` (its tables are dropped
    /// and made again from the backup). Stop the servers using it first.
    pub fn restore(&self, url: &str, file: &Path) {
        self.tool(
            "pg_restore",
            url,
            &["--clean", "--if-exists", file.to_str().unwrap()],
        );
    }

    /// Runs one SQL statement as the superuser on the database at `url`.
    pub fn sql_on(&self, url: &str, statement: &str) {
        self.tool(
            "psql",
            url,
            &["-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", statement],
        );
    }

    fn tool(&self, name: &str, url: &str, args: &[&str]) {
        let db = url.rsplit('/').next().unwrap();
        let out = Command::new(self.bin.join(name))
            .args([
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-p",
                &self.port.to_string(),
            ])
            .args(["-d", db])
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{name} runs: {e}"));
        assert!(
            out.status.success(),
            "{name} {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// A new, empty database; returns its URL.
    pub fn create_database(&self) -> String {
        let name = format!("t_{}", self.next_db.fetch_add(1, Ordering::SeqCst));
        self.sql(&format!("CREATE DATABASE {name}"));
        format!("postgres://postgres@127.0.0.1:{}/{name}", self.port)
    }
}

impl Drop for PgCluster {
    fn drop(&mut self) {
        if let Some(mut pipe) = self.keepalive.take() {
            let _ = pipe.flush();
        }
        let _ = self.shell.wait();
    }
}
