//! The real `lphm` command, run as a separate process: exit codes, what it prints, and the
//! language of its messages. Every run gets private temp folders for `HOME`, the XDG
//! folders and `--data`, so nothing touches a real home folder.

use std::path::{Path, PathBuf};
use std::process::Command;

use lphm_test_support::{fixture, TestClock};
use tempfile::TempDir;

/// The workspace root.
fn root() -> PathBuf {
    lphm_test_support::workspace_root()
}

/// The `lphm` binary, which cargo builds for these tests wherever its target folder is.
fn lphm_bin() -> PathBuf {
    lphm_test_support::own_binary(env!("CARGO_BIN_EXE_lphm"))
}

/// What one run of `lphm` did.
#[derive(Debug)]
struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
}

impl Run {
    #[track_caller]
    fn succeeded(self) -> Run {
        assert!(self.ok, "lphm failed: {self:#?}");
        self
    }

    /// Asserts a failure whose message on stderr contains each of `words`.
    #[track_caller]
    fn failed_saying(self, words: &[&str]) -> Run {
        assert!(!self.ok, "lphm should have failed: {self:#?}");
        assert!(self.stderr.starts_with("lphm: "), "{self:#?}");
        for w in words {
            assert!(self.stderr.contains(w), "stderr mentions {w:?}: {self:#?}");
        }
        self
    }
}

/// A private home folder, a data folder and a scratch folder for one test.
struct Sandbox {
    dir: TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["home", "data", "cache", "config", "work"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        Sandbox { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join("work").join(name)
    }

    /// The store folder passed as `--data`.
    fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    fn run_in(&self, lang: &str, args: &[&str]) -> Run {
        self.run_env(Some(lang), args)
    }

    /// Runs `lphm` with `LANG` set to `lang`, or with no locale variable at all.
    fn run_env(&self, lang: Option<&str>, args: &[&str]) -> Run {
        let mut command = Command::new(lphm_bin());
        command
            .args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path().join("home"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("XDG_CACHE_HOME", self.dir.path().join("cache"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .current_dir(self.dir.path().join("work"));
        if let Some(lang) = lang {
            command.env("LANG", lang);
        }
        let out = command.output().expect("lphm runs");
        Run {
            ok: out.status.success(),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }

    /// Runs `lphm` in English.
    fn run(&self, args: &[&str]) -> Run {
        self.run_in("en_GB.UTF-8", args)
    }

    /// Runs `lphm --data <store> ...`.
    fn run_data(&self, args: &[&str]) -> Run {
        let store = self.store();
        let mut all = vec!["--data", store.to_str().unwrap()];
        all.extend_from_slice(args);
        self.run(&all)
    }

    /// A signed package cut in half, and the public key it was signed with.
    fn truncated_package(&self) -> (PathBuf, PathBuf) {
        let (secret, public) = self.keygen("Field office");
        let package = self.pack(&secret, "course");
        let bytes = std::fs::read(&package).unwrap();
        let truncated = self.path("truncated.lphm");
        std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
        (truncated, public)
    }

    /// Makes a key pair named `name`: (secret file, public file).
    fn keygen(&self, name: &str) -> (PathBuf, PathBuf) {
        let prefix = self.path(name);
        self.run(&["keygen", "--name", name, "--out", s(&prefix)])
            .succeeded();
        (
            self.path(&format!("{name}.secret.json")),
            self.path(&format!("{name}.public.json")),
        )
    }

    /// Packs the fixture course with `secret` into `<name>.lphm`.
    fn pack(&self, secret: &Path, name: &str) -> PathBuf {
        let out = self.path(&format!("{name}.lphm"));
        let course = fixture("fallback-course");
        let run = self
            .run(&["pack", s(&course), "--key", s(secret), "--out", s(&out)])
            .succeeded();
        assert!(run.stdout.contains(FIXTURE), "{run:#?}");
        out
    }
}

const FIXTURE: &str = "fixture-fallback";
const FIXTURE_LESSON: &str = "lessons/english-only.en.md";

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn keygen_writes_a_private_secret_key_and_never_overwrites_one() {
    let sb = Sandbox::new();
    let (secret, public) = sb.keygen("Field office");
    let secret_text = std::fs::read_to_string(&secret).unwrap();
    let key = lphm_package::SecretKey::parse(&secret_text).unwrap();
    assert_eq!(key.name, "Field office");
    let public_key =
        lphm_package::PublicKey::parse(&std::fs::read_to_string(&public).unwrap()).unwrap();
    assert_eq!(public_key, key.public(), "the two files are one key pair");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&secret).unwrap().permissions().mode();
        assert_eq!(
            mode & 0o777,
            0o600,
            "only the owner can read the secret key"
        );
    }

    let prefix = sb.path("Field office");
    sb.run(&["keygen", "--name", "Other", "--out", s(&prefix)])
        .failed_saying(&[s(&secret)]);
    assert_eq!(
        std::fs::read_to_string(&secret).unwrap(),
        secret_text,
        "the existing secret key is untouched"
    );
}

#[test]
fn a_packed_course_verifies_with_its_public_key() {
    let sb = Sandbox::new();
    let (secret, public) = sb.keygen("Field office");
    let package = sb.pack(&secret, "course");
    let run = sb
        .run_data(&["verify", s(&package), "--trust", s(&public)])
        .succeeded();
    assert!(run.stdout.contains("The package is valid"), "{run:#?}");
    assert!(run.stdout.contains(FIXTURE), "{run:#?}");
    assert!(
        run.stdout.contains("Field office"),
        "names the signer: {run:#?}"
    );
}

#[test]
fn damaged_or_unknown_packages_fail_verification_with_a_clear_message() {
    let sb = Sandbox::new();
    let (secret, public) = sb.keygen("Field office");
    let package = sb.pack(&secret, "course");
    let bytes = std::fs::read(&package).unwrap();
    let truncated = sb.path("truncated.lphm");
    std::fs::write(&truncated, &bytes[..bytes.len() * 2 / 3]).unwrap();
    let changed = sb.path("tampered.lphm");
    lphm_test_support::tamper_package(&package, FIXTURE_LESSON, &changed);
    let (_, other_public) = sb.keygen("Somebody else");

    // (package, key passed with --trust, words the message must contain)
    let cases: [(&Path, &Path, &[&str]); 3] = [
        (&truncated, &public, &["incomplete", "cut short"]),
        (
            &changed,
            &public,
            &[FIXTURE_LESSON, "changed after it was signed"],
        ),
        (&package, &other_public, &["does not trust"]),
    ];
    for (file, trust, words) in cases {
        sb.run_data(&["verify", s(file), "--trust", s(trust)])
            .failed_saying(words);
    }
    // Without --trust, only the built-in key is trusted.
    sb.run_data(&["verify", s(&package)])
        .failed_saying(&["does not trust"]);
}

#[test]
fn failures_are_reported_in_the_language_of_lang() {
    let sb = Sandbox::new();
    let (truncated, public) = sb.truncated_package();
    let args = ["verify", s(&truncated), "--trust", s(&public)];
    let english = sb
        .run_in("en_US.UTF-8", &args)
        .failed_saying(&["incomplete"]);
    let french = sb
        .run_in("fr_FR.UTF-8", &args)
        .failed_saying(&["incomplet", "interrompu"]);
    assert!(french.stderr.trim().len() > "lphm:".len(), "{french:#?}");
    assert_ne!(
        french.stderr, english.stderr,
        "a French system gets the French message, not the English one"
    );

    // The "already open" message, which every language has.
    let _open = lphm_desk::Desk::open(&sb.store(), Box::new(TestClock::new(0)), 1).unwrap();
    let store = sb.store();
    sb.run_in("fr_FR.UTF-8", &["--data", s(&store), "list"])
        .failed_saying(&["déjà ouvert"]);
}

/// On Windows, where no locale variable is set, `lphm` speaks the language of the Windows
/// user's locale. Wine takes a program's user locale from the Unix locale it was started
/// with, so `scripts/test-windows` runs this test alone in a Wine started with a Polish
/// locale (compiled into `target/wine-locales`) and `LPHM_TEST_WINDOWS_LOCALE=pl`; the
/// other run of the Windows tests, in English, leaves it out by name.
#[cfg(windows)]
#[test]
fn the_windows_user_locale_chooses_the_language() {
    let expected = std::env::var("LPHM_TEST_WINDOWS_LOCALE").expect(
        "this test needs a Wine session with a Polish user locale: run scripts/test-windows",
    );
    assert_eq!(expected, "pl", "the test knows the Polish message only");
    let sb = Sandbox::new();
    let (truncated, public) = sb.truncated_package();
    let args = ["verify", s(&truncated), "--trust", s(&public)];
    sb.run_env(None, &args)
        .failed_saying(&["niekompletny", "przerwane"]);
}

#[test]
fn imported_courses_are_listed_with_the_builtin_ones() {
    let sb = Sandbox::new();
    let (secret, public) = sb.keygen("Field office");
    let package = sb.pack(&secret, "course");
    sb.run_data(&["import", s(&package)])
        .failed_saying(&["does not trust"]);
    sb.run_data(&["trust", "add", s(&public)]).succeeded();
    let run = sb.run_data(&["import", s(&package)]).succeeded();
    assert!(
        run.stdout
            .contains(&format!("Installed {FIXTURE} version 1")),
        "{run:#?}"
    );
    let again = sb.run_data(&["import", s(&package)]).succeeded();
    assert!(again.stdout.contains("already installed"), "{again:#?}");

    let list = sb.run_data(&["list"]).succeeded();
    let rows: Vec<Vec<&str>> = list
        .stdout
        .lines()
        .map(|l| l.split('\t').collect())
        .collect();
    let row = |id: &str| {
        rows.iter()
            .find(|r| r[0] == id)
            .unwrap_or_else(|| panic!("{id} is listed: {list:#?}"))
            .clone()
    };
    for builtin in ["perceptions-communication-media", "starter-communication"] {
        assert_eq!(row(builtin)[3], "LPHM built-in courses");
    }
    assert_eq!(row(FIXTURE)[1..4], ["1", "en,fr", "Field office"]);
    assert_eq!(rows.len(), 3);
}

#[test]
fn a_data_folder_in_use_by_the_app_is_refused_with_already_open() {
    let sb = Sandbox::new();
    let (secret, public) = sb.keygen("Field office");
    let package = sb.pack(&secret, "course");
    sb.run_data(&["trust", "add", s(&public)]).succeeded();
    let desk = lphm_desk::Desk::open(&sb.store(), Box::new(TestClock::new(0)), 1).unwrap();
    sb.run_data(&["import", s(&package)])
        .failed_saying(&["already open"]);
    assert!(
        desk.store().installed(FIXTURE).unwrap().is_none(),
        "nothing was imported behind the app's back"
    );
    drop(desk);
    sb.run_data(&["import", s(&package)]).succeeded();
}

/// The curriculum packed by the `lphm` tool with a key the data folder trusts.
fn curriculum_package(sb: &Sandbox) -> PathBuf {
    let (secret, public) = sb.keygen("Field office");
    sb.run_data(&["trust", "add", s(&public)]).succeeded();
    let out = sb.path("curriculum.lphm");
    sb.run(&[
        "pack",
        s(&root().join("courses/lphm-curriculum")),
        "--key",
        s(&secret),
        "--out",
        s(&out),
    ])
    .succeeded();
    out
}

#[test]
fn compare_says_a_package_holds_exactly_its_source_folder() {
    let sb = Sandbox::new();
    let package = curriculum_package(&sb);
    let run = sb
        .run_data(&[
            "compare",
            s(&root().join("courses/lphm-curriculum")),
            s(&package),
        ])
        .succeeded();
    assert!(run.stdout.contains("holds exactly the course"), "{run:#?}");
}

#[test]
fn compare_names_the_lesson_that_differs_from_the_package() {
    let sb = Sandbox::new();
    let package = curriculum_package(&sb);
    let copy = sb.path("curriculum");
    lphm_test_support::copy_dir(&root().join("courses/lphm-curriculum"), &copy);
    let lesson = "lessons/ed-migrants-in-the-local-economy.fr.md";
    let mut text = std::fs::read_to_string(copy.join(lesson)).unwrap();
    text.push_str("\nUne phrase ajoutée.\n");
    std::fs::write(copy.join(lesson), text).unwrap();
    sb.run_data(&["compare", s(&copy), s(&package)])
        .failed_saying(&["does not match", lesson]);
}

#[test]
fn trusted_keys_are_added_listed_and_removed() {
    let sb = Sandbox::new();
    let (_, public) = sb.keygen("Field office");
    let id = lphm_package::PublicKey::parse(&std::fs::read_to_string(&public).unwrap())
        .unwrap()
        .id();
    let builtin = lphm_package::PublicKey::parse(lphm_desk::PUBLISHER_KEY)
        .unwrap()
        .id();

    let added = sb.run_data(&["trust", "add", s(&public)]).succeeded();
    assert!(added.stdout.contains(&id), "{added:#?}");
    let list = sb.run_data(&["trust", "list"]).succeeded();
    assert_eq!(
        list.stdout.lines().collect::<Vec<_>>(),
        [
            format!("{builtin}\tUNITAR LPHM\t(built-in)"),
            format!("{id}\tField office"),
        ]
    );
    sb.run_data(&["trust", "remove", &id]).succeeded();
    let list = sb.run_data(&["trust", "list"]).succeeded();
    assert_eq!(list.stdout.lines().count(), 1, "{list:#?}");
    sb.run_data(&["trust", "remove", &id])
        .failed_saying(&["No trusted key", &id]);
    sb.run_data(&["trust", "remove", "0123456789abcdef"])
        .failed_saying(&["0123456789abcdef"]);
}

#[test]
fn a_missing_file_is_named_in_the_failure() {
    let sb = Sandbox::new();
    let missing = sb.path("no-such-package.lphm");
    for command in ["verify", "import"] {
        sb.run_data(&[command, s(&missing)])
            .failed_saying(&[s(&missing)]);
    }
    let missing_key = sb.path("no-such.secret.json");
    sb.run(&[
        "pack",
        s(&fixture("fallback-course")),
        "--key",
        s(&missing_key),
    ])
    .failed_saying(&[s(&missing_key)]);
}

/// `lphm sync` against a real server on 127.0.0.1: enroll, send, status, export; a wrong
/// code and an unreachable server fail in words, and nothing is lost.
#[test]
fn sync_enrolls_sends_reports_and_exports_from_the_command_line() {
    let sandbox = Sandbox::new();
    let profile = {
        let desk = lphm_desk::Desk::open(
            &sandbox.store(),
            Box::new(TestClock::new(1_790_000_000_000)),
            3,
        )
        .unwrap();
        let p = desk
            .create_profile(lphm_desk::NewProfile {
                name: "Ewa".into(),
                authority: "Plock".into(),
                role: "Officer".into(),
                lang: "pl".into(),
            })
            .unwrap()
            .id;
        desk.complete_lesson("starter-communication", "telling-the-story")
            .unwrap();
        p
    };
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let data = tempfile::tempdir().unwrap();
    let server = runtime
        .block_on(lphm_server::bind(
            lphm_server::ServerConfig::new(lphm_server::BackendConfig::Sled {
                dir: data.path().join("s"),
            }),
            "127.0.0.1:0".parse().unwrap(),
        ))
        .unwrap();
    let learner = runtime
        .block_on(lphm_server::admin::add_learner(
            server.backend(),
            "Ewa Nowak",
            "Plock",
            0,
        ))
        .unwrap()
        .id;
    let code = runtime
        .block_on(lphm_server::admin::new_code(
            server.backend(),
            learner,
            14,
            lphm_desk::Clock::now_ms(&lphm_desk::SystemClock),
        ))
        .unwrap();
    let url = server.url();

    let status = sandbox.run_data(&["sync", "status"]).succeeded();
    assert!(status.stdout.contains("not connected"), "{status:#?}");
    // Without --agree and with no terminal to ask at: the statement is printed, nothing is
    // sent, and the refusal says how to agree; in Polish for a Polish system.
    let not_agreed = sandbox
        .run_data(&["sync", "enroll", "--server", &url, "--code", &code])
        .failed_saying(&["--agree"]);
    assert!(
        not_agreed
            .stdout
            .contains("What is sent to the server, and who sees it")
            && not_agreed.stdout.contains("The notes you write on lessons"),
        "{not_agreed:#?}"
    );
    let store = sandbox.store();
    let polish = sandbox.run_in(
        "pl_PL.UTF-8",
        &[
            "--data",
            store.to_str().unwrap(),
            "sync",
            "enroll",
            "--server",
            &url,
            "--code",
            &code,
        ],
    );
    assert!(!polish.ok, "{polish:#?}");
    assert!(
        polish.stdout.contains("Co jest wysyłane na serwer")
            && polish.stderr.contains("Nic nie zostało wysłane"),
        "{polish:#?}"
    );
    assert!(
        runtime
            .block_on(server.backend().devices(Some(learner)))
            .unwrap()
            .is_empty(),
        "no laptop was registered without the learner's agreement"
    );
    assert!(sandbox
        .run_data(&["sync", "status"])
        .stdout
        .contains("not connected"));

    sandbox
        .run_data(&[
            "sync",
            "enroll",
            "--server",
            &url,
            "--code",
            "AAAA-BBBB-CCCC",
            "--agree",
        ])
        .failed_saying(&["code"]);
    let enrolled = sandbox
        .run_data(&[
            "sync", "enroll", "--server", &url, "--code", &code, "--agree",
        ])
        .succeeded();
    assert!(
        enrolled
            .stdout
            .contains("What is sent to the server, and who sees it"),
        "the statement is printed with --agree too: {enrolled:#?}"
    );
    assert!(enrolled.stdout.contains("Ewa Nowak"), "{enrolled:#?}");
    assert!(
        enrolled.stdout.contains("1 sent"),
        "the completion went at once: {enrolled:#?}"
    );
    let status = sandbox.run_data(&["sync", "status"]).succeeded();
    assert!(status.stdout.contains("Nothing is waiting"), "{status:#?}");
    let on_server = runtime.block_on(server.backend().events(learner)).unwrap();
    assert_eq!(on_server.len(), 1);

    // The server goes away; work continues; export carries it.
    runtime.block_on(server.shutdown()).unwrap();
    {
        let desk = lphm_desk::Desk::open(
            &sandbox.store(),
            Box::new(TestClock::new(1_790_000_100_000)),
            3,
        )
        .unwrap();
        desk.switch_profile(profile).unwrap();
        desk.complete_lesson("starter-communication", "contact-and-words")
            .unwrap();
    }
    sandbox
        .run_data(&["sync", "now"])
        .failed_saying(&["Nothing was lost"]);
    let file = sandbox.path("ewa.lphm-progress");
    let exported = sandbox.run_data(&["sync", "export", s(&file)]).succeeded();
    assert!(
        exported.stdout.contains("Wrote one change"),
        "{exported:#?}"
    );
    assert!(file.is_file());
}

/// A certificate PDF of `facts` signed with `key`, the credential replaced by `jwt` when
/// given (a tampered one).
fn certificate_pdf(key: &lphm_package::SecretKey, jwt: Option<String>) -> Vec<u8> {
    let facts = lphm_certificate::Facts {
        id: uuid::Uuid::from_u128(1),
        learner: uuid::Uuid::from_u128(2),
        name: "Agnieszka Wróblewska-Łęczyńska".into(),
        authority: "Urząd Miasta Płocka".into(),
        course: "starter-communication".into(),
        course_title: "Communicating about migration".into(),
        modules: vec!["Telling the story".into()],
        study_seconds: 5_400,
        completed_on: "2026-11-30".into(),
        issued_at_ms: 1_796_000_000_000,
        issuer_name: "UNITAR Learning Platform on Human Mobility".into(),
        issuer_url: "https://lphm.example.org".into(),
        verify_url: "https://lphm.example.org/verify/00000000-0000-0000-0000-000000000001".into(),
    };
    let signed = lphm_certificate::issue(&facts, key);
    let mut credential = lphm_certificate::verify(&signed, &[key.public()]).unwrap();
    if let Some(jwt) = jwt {
        credential.jwt = jwt;
    }
    lphm_certificate::render(
        &lphm_certificate::Document::Certificate {
            credential,
            titles: Default::default(),
        },
        "en",
    )
    .unwrap()
}

#[test]
fn certificate_verify_accepts_the_programmes_and_refuses_the_rest_in_words() {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let sb = Sandbox::new();
    let (secret, public) = sb.keygen("Programme");
    let key = lphm_package::SecretKey::parse(&std::fs::read_to_string(&secret).unwrap()).unwrap();
    let good = sb.path("certificate.pdf");
    std::fs::write(&good, certificate_pdf(&key, None)).unwrap();

    let ok = sb
        .run(&["certificate", "verify", s(&good), "--trust", s(&public)])
        .succeeded();
    assert!(ok.stdout.contains("Valid certificate"), "{ok:#?}");
    assert!(
        ok.stdout.contains("Agnieszka Wróblewska-Łęczyńska"),
        "{ok:#?}"
    );
    assert!(
        ok.stdout.contains("/verify/"),
        "says where revocation shows: {ok:#?}"
    );

    // Not the programme's key (the test key is not compiled in).
    sb.run(&["certificate", "verify", s(&good)])
        .failed_saying(&["does not know as the programme's"]);

    // The credential changed after signing: the name swapped, the signature kept.
    let jwt = lphm_certificate::credential_in_pdf(&std::fs::read(&good).unwrap()).unwrap();
    let parts: Vec<&str> = jwt.split('.').collect();
    let payload = String::from_utf8(b64.decode(parts[1]).unwrap()).unwrap();
    let forged = payload.replace("Agnieszka", "Katarzyna");
    assert_ne!(forged, payload);
    let tampered_jwt = format!("{}.{}.{}", parts[0], b64.encode(forged), parts[2]);
    let tampered = sb.path("tampered.pdf");
    std::fs::write(&tampered, certificate_pdf(&key, Some(tampered_jwt))).unwrap();
    sb.run(&["certificate", "verify", s(&tampered), "--trust", s(&public)])
        .failed_saying(&[
            "was changed after the programme signed it",
            "Do not accept it",
        ]);

    // A file that is no PDF, and a missing one.
    let text = sb.path("notes.pdf");
    std::fs::write(&text, "just text").unwrap();
    sb.run(&["certificate", "verify", s(&text), "--trust", s(&public)])
        .failed_saying(&["is not a readable PDF"]);
    sb.run(&["certificate", "verify", "missing.pdf"])
        .failed_saying(&["missing.pdf"]);

    // In Polish, the same refusal in Polish.
    sb.run_in(
        "pl_PL.UTF-8",
        &["certificate", "verify", s(&tampered), "--trust", s(&public)],
    )
    .failed_saying(&["został zmieniony po podpisaniu go przez program"]);
}
