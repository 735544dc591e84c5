//! The real `lphm-server` binary as a separate process, as a coordinator runs it: its
//! administration commands (`learner add`, `account add`, `code new`, `report`…) and
//! `serve` on a free port of 127.0.0.1, on a sled folder or a PostgreSQL database. Shared
//! by the end-to-end tests of the window (`tests/e2e`) and of the dashboard in a browser
//! (`tests/dashboard`).

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The `lphm-server` binary: `LPHM_SERVER_BINARY`, else the one built beside the tests
/// (`cargo build -p lphm-server` first).
pub fn server_binary() -> PathBuf {
    std::env::var_os("LPHM_SERVER_BINARY")
        .map(PathBuf::from)
        .unwrap_or_else(|| lphm_test_support::workspace_binary("lphm-server", "lphm-server"))
}

/// Where a server keeps its data.
#[derive(Clone, Debug)]
pub enum Storage {
    /// The built-in database in this folder (`--data`).
    Sled(PathBuf),
    /// This PostgreSQL database (`--postgres`).
    Postgres(String),
}

impl Storage {
    /// `lphm-server` on this storage, with nothing of the caller's environment choosing
    /// another database.
    fn command(&self) -> Command {
        let mut c = Command::new(server_binary());
        c.env_remove("LPHM_POSTGRES_URL");
        match self {
            Storage::Sled(dir) => c.arg("--data").arg(dir),
            Storage::Postgres(url) => c.arg("--postgres").arg(url),
        };
        c
    }
}

/// Runs an administration command of the server on the sled folder `data` and returns
/// what it printed.
pub fn admin(data: &Path, args: &[&str]) -> String {
    admin_on(&Storage::Sled(data.to_path_buf()), args, &[])
}

/// Runs an administration command on `storage`, with `env` set (`LPHM_ACCOUNT_PASSWORD`
/// for `account add`), and returns what it printed; panics, with what it said, when it
/// fails. On sled, a server running on the folder answers the command itself.
pub fn admin_on(storage: &Storage, args: &[&str], env: &[(&str, &str)]) -> String {
    let out = storage
        .command()
        .args(args)
        .envs(env.iter().copied())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "lphm-server {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `lphm-server serve` on a free port of 127.0.0.1, stopped when dropped.
#[derive(Debug)]
pub struct Server {
    child: Child,
    pub url: String,
}

impl Server {
    /// `serve` on the sled folder `data`, with `args` after it.
    pub fn serve(data: &Path, args: &[&OsStr]) -> Server {
        Server::serve_on(&Storage::Sled(data.to_path_buf()), args)
    }

    /// `serve` on `storage`, with `args` after it.
    pub fn serve_on(storage: &Storage, args: &[&OsStr]) -> Server {
        let mut child = storage
            .command()
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        // The server says where it listens once it accepts connections.
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("lphm-server said {line:?}"))
            .to_string();
        Server { child, url }
    }

    pub fn stop(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
