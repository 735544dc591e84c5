//! The real `lphm-server` binary, run as a separate process on each backend: the
//! coordinators' commands and `serve`.

use std::io::BufRead;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::harness::{on_both_backends, storage, Kind, TestDevice};
use lphm_server::BackendConfig;

on_both_backends!(
    coordinator_commands,
    serve_prints_its_address_and_takes_commands,
    dashboard_accounts_are_made_from_the_command_line,
);

/// The `lphm-server` binary, which cargo builds for these tests.
fn server_bin() -> PathBuf {
    lphm_test_support::own_binary(env!("CARGO_BIN_EXE_lphm-server"))
}

/// `lphm-server` on this storage.
fn cmd(storage: &BackendConfig) -> Command {
    let mut c = Command::new(server_bin());
    c.env_remove("LPHM_POSTGRES_URL");
    match storage {
        BackendConfig::Sled { dir } => c.arg("--data").arg(dir),
        BackendConfig::Postgres { url } => c.arg("--postgres").arg(url),
    };
    c
}

/// Runs a command; returns stdout, or panics unless it `should_succeed`.
#[track_caller]
pub(crate) fn run(
    storage: &BackendConfig,
    args: &[&str],
    should_succeed: bool,
) -> (String, String) {
    let out = cmd(storage).args(args).output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert_eq!(
        out.status.success(),
        should_succeed,
        "lphm-server {args:?}\nstdout: {stdout}\nstderr: {stderr}"
    );
    if !should_succeed {
        assert!(
            stderr.starts_with("lphm-server: "),
            "a clear sentence: {stderr}"
        );
    }
    (stdout, stderr)
}

async fn coordinator_commands(kind: Kind) {
    let (storage, dir) = storage(kind);
    let ok = |args: &[&str]| run(&storage, args, true).0;
    let fails = |args: &[&str]| run(&storage, args, false).1;

    let id = ok(&[
        "learner",
        "add",
        "--name",
        "Amina Diallo",
        "--authority",
        "Ministry",
    ]);
    let learner: uuid::Uuid = id.trim().parse().expect("prints the learner's id");
    assert!(ok(&["learner", "list"]).contains("Amina Diallo"));

    let code = ok(&["code", "new", "--learner", &learner.to_string()]);
    assert!(
        lphm_server::model::normalise_code(code.trim()).is_some(),
        "{code}"
    );
    let err = fails(&[
        "code",
        "new",
        "--learner",
        &uuid::Uuid::new_v4().to_string(),
    ]);
    assert!(err.contains("no learner"), "{err}");

    let laptop = TestDevice::new();
    let file = dir.path().join("amina.lphm-progress");
    std::fs::write(
        &file,
        crate::bundle::bundle_of(&laptop, None, 1..=3, &laptop.key),
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let err = fails(&["import-bundle", file]);
    assert!(err.contains("--learner"), "says what to do: {err}");
    let first = ok(&["import-bundle", file, "--learner", &learner.to_string()]);
    assert!(first.contains("3 new events, 0 already there"), "{first}");
    let second = ok(&["import-bundle", file]);
    assert!(second.contains("0 new events, 3 already there"), "{second}");
    std::fs::write(dir.path().join("junk"), "junk").unwrap();
    let err = fails(&["import-bundle", dir.path().join("junk").to_str().unwrap()]);
    assert!(err.contains("not an LPHM progress file"), "{err}");

    // Events 1..=3: a completed lesson in course-1, time in course-2, a passed quiz in
    // course-0 (3 of 3).
    let report = ok(&["report"]);
    let row = |course: &str| {
        report
            .lines()
            .find(|l| l.contains(course))
            .unwrap_or_else(|| panic!("{course} in the report:\n{report}"))
            .split_whitespace()
            .collect::<Vec<_>>()
    };
    assert!(report.starts_with("learner"), "{report}");
    assert!(
        row("course-1").contains(&"Amina") && row("course-1").contains(&"1"),
        "{report}"
    );
    assert!(row("course-0").contains(&"1/1"), "{report}");
    assert!(row("course-2").contains(&"0h00m"), "{report}");
    assert_eq!(ok(&["report", "--learner", &learner.to_string()]), report);
    assert!(
        !report.contains("in no catalogue"),
        "no catalogue, no flag: {report}"
    );
    // Against a catalogue that offers none of these courses, each is flagged.
    let empty = dir.path().join("catalogue");
    std::fs::create_dir(&empty).unwrap();
    let checked = ok(&["report", "--catalogue", empty.to_str().unwrap()]);
    for course in ["course-0", "course-1", "course-2"] {
        assert!(
            checked.contains(&format!("{course} (in no catalogue)")),
            "{checked}"
        );
    }

    let devices = ok(&["device", "list", "--learner", &learner.to_string()]);
    assert!(
        devices.contains(&laptop.id.to_string()) && devices.contains("active"),
        "{devices}"
    );
    assert!(ok(&["device", "revoke", &laptop.id.to_string()]).contains("revoked"));
    assert!(ok(&["device", "list"]).contains("revoked"));
    let err = fails(&["device", "revoke", &uuid::Uuid::new_v4().to_string()]);
    assert!(err.contains("no device"), "{err}");
}

/// `serve` prints where it listens; while it runs, coordinators' commands work on either
/// backend, revoking a laptop among them.
async fn serve_prints_its_address_and_takes_commands(kind: Kind) {
    let (storage, _dir) = storage(kind);
    let id = run(&storage, &["learner", "add", "--name", "Ben"], true).0;
    let code = run(
        &storage,
        &["code", "new", "--learner", id.trim(), "--days", "2"],
        true,
    )
    .0;
    let mut child = cmd(&storage)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("prints where it listens: {line:?}"))
        .to_string();
    let device = TestDevice::new();
    let res = reqwest::Client::new()
        .post(format!("{url}/v1/enroll"))
        .json(&lphm_sync::protocol::EnrollRequest {
            code: code.trim().to_string(),
            device: device.id,
            device_name: "laptop".into(),
            device_key: hex::encode(device.key.verifying_key().to_bytes()),
            proof: String::new(),
        })
        .send()
        .await
        .unwrap();
    let status = res.status();
    assert_eq!(status, 200);
    let token = res
        .json::<lphm_sync::protocol::EnrollResponse>()
        .await
        .unwrap()
        .token;
    let sync = || async {
        reqwest::Client::new()
            .post(format!("{url}/v1/sync"))
            .bearer_auth(&token)
            .body(lphm_sync::wire::pack(
                &lphm_sync::protocol::SyncRequest::default(),
            ))
            .send()
            .await
            .unwrap()
            .status()
    };
    assert_eq!(sync().await, 200);

    // While it serves, the coordinators' commands work, on sled too (the running server
    // holds the database and answers them on its control socket).
    let more = run(&storage, &["code", "new", "--learner", id.trim()], true).0;
    assert!(
        lphm_server::model::normalise_code(more.trim()).is_some(),
        "{more}"
    );
    let devices = run(&storage, &["device", "list"], true).0;
    assert!(devices.contains(&device.id.to_string()), "{devices}");
    let revoked = run(
        &storage,
        &["device", "revoke", &device.id.to_string()],
        true,
    )
    .0;
    assert!(revoked.contains("revoked"), "{revoked}");
    assert_eq!(sync().await, 401, "the revoked laptop is refused at once");
    let err = run(
        &storage,
        &["device", "revoke", &uuid::Uuid::new_v4().to_string()],
        false,
    )
    .1;
    assert!(err.contains("no device"), "{err}");
    let _ = child.kill();
    let _ = child.wait();
}

/// `account add` reads the password from the environment or standard input, refuses a
/// short one and a login already taken, and stores only its hash.
async fn dashboard_accounts_are_made_from_the_command_line(kind: Kind) {
    let (storage, _dir) = storage(kind);
    let add = |login: &str, password: &str, ok: bool| {
        let out = cmd(&storage)
            .args([
                "account",
                "add",
                "--login",
                login,
                "--name",
                "Awa Ndiaye",
                "--role",
                "administrator",
            ])
            .env("LPHM_ACCOUNT_PASSWORD", password)
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.status.success(), ok, "{text}");
        text
    };
    let short = add("awa@unitar.org", "short", false);
    assert!(short.contains("at least 12 characters"), "{short}");
    let id = add("Awa@UNITAR.org", "a long enough passphrase", true);
    assert!(uuid::Uuid::parse_str(id.trim()).is_ok(), "{id}");
    let taken = add("awa@unitar.org", "another long passphrase", false);
    assert!(taken.contains("already exists"), "{taken}");
    // From standard input, when the variable is not set.
    let mut child = cmd(&storage)
        .args(["account", "add", "--login", "ben@plock.pl", "--name", "Ben"])
        .env_remove("LPHM_ACCOUNT_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"typed on standard input\n")
            .unwrap();
    }
    assert!(child.wait_with_output().unwrap().status.success());
    let (list, _) = run(&storage, &["account", "list"], true);
    assert!(
        list.contains("awa@unitar.org") && list.contains("administrator"),
        "{list}"
    );
    // `coordinator` is another name of `account`.
    let (same, _) = run(&storage, &["coordinator", "list"], true);
    assert_eq!(same, list);
    assert!(
        list.contains("ben@plock.pl") && list.contains("coordinator"),
        "{list}"
    );
    assert!(
        !list.contains("passphrase") && !list.contains("argon2"),
        "{list}"
    );
    let bad_role = run(
        &storage,
        &[
            "account", "add", "--login", "x@y.z", "--name", "X", "--role", "root",
        ],
        false,
    )
    .1;
    assert!(
        bad_role.contains("administrator or coordinator"),
        "{bad_role}"
    );

    let backend = lphm_server::Backend::open(&storage).await.unwrap();
    let account = backend
        .account_by_login("ben@plock.pl")
        .await
        .unwrap()
        .unwrap();
    assert!(lphm_server::accounts::password_matches(
        &account.password_hash,
        "typed on standard input"
    ));
    assert!(!account.password_hash.contains("standard input"));
    backend.close().await.unwrap();
}
