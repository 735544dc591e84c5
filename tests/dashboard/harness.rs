//! One test's browser and server: Debian's headless Chromium driven by `chromedriver`
//! through fantoccini, with a private profile, a language and a download folder; the real
//! `lphm-server` on sled or on a PostgreSQL database of the test binary's private cluster;
//! laptops (real desks on temp stores) that enroll with a printed code and sync; and
//! full-page screenshots kept in `tests/artifacts/dashboard/<test>-<backend>/`.
//!
//! A new page's test needs no new machinery: [`Dashboard::start`], [`Browser::log_in`],
//! [`Browser::open`], then `find`/`click`/`type_into`/`text` on `data-test` selectors and
//! [`Browser::screenshot`].

use std::ffi::OsStr;
use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use lphm_test_support::{eventually, eventually_async, workspace_root};
use lphm_tests::server::{admin_on, Server, Storage};

/// Runs `async fn $name(kind: Kind)` once per backend, as `$name::sled` and
/// `$name::postgres`.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sled() {
                    super::$name(crate::harness::Kind::Sled).await
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$name(crate::harness::Kind::Postgres).await
                }
            }
        )*
    };
}
pub(crate) use on_both_backends;

/// The server's storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Sled,
    Postgres,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Sled => "sled",
            Kind::Postgres => "postgres",
        }
    }
}

/// Every password of these tests (the server wants 12 characters or more).
pub const PASSWORD: &str = "correct horse battery staple";

/// How long a page may take to show what a test waits for.
const WAIT: Duration = Duration::from_secs(20);

/// One Chromium at a time: each is a few hundred megabytes and busy while it draws, and
/// the machines that run these tests have two cores.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A test's server and browser.
pub struct Dashboard {
    /// Declared first: closed before the server stops.
    pub browser: Browser,
    pub server: DashboardServer,
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

impl Dashboard {
    /// Starts `lphm-server` on a fresh `kind` storage (with `serve_args`, e.g.
    /// `--certificate-key`), and a browser whose language is `lang`, for the test `test`.
    pub async fn start(test: &str, kind: Kind, lang: &str, serve_args: &[&OsStr]) -> Dashboard {
        let turn = ONE_AT_A_TIME.lock().await;
        let server = DashboardServer::start(kind, serve_args).await;
        let browser = Browser::start(&format!("{test}-{}", kind.name()), lang, &server.url).await;
        Dashboard {
            server,
            browser,
            _turn: turn,
        }
    }
}

/// The real `lphm-server` binary serving one test.
pub struct DashboardServer {
    pub url: String,
    pub storage: Storage,
    process: Option<Server>,
    _dir: tempfile::TempDir,
}

impl DashboardServer {
    async fn start(kind: Kind, serve_args: &[&OsStr]) -> DashboardServer {
        let dir = tempfile::tempdir().unwrap();
        let storage = match kind {
            Kind::Sled => Storage::Sled(dir.path().join("data")),
            Kind::Postgres => Storage::Postgres(
                tokio::task::spawn_blocking(lphm_test_support::postgres::database)
                    .await
                    .unwrap(),
            ),
        };
        let process = Server::serve_on(&storage, serve_args);
        DashboardServer {
            url: process.url.clone(),
            storage,
            process: Some(process),
            _dir: dir,
        }
    }

    /// Runs `lphm-server <args>` on this server's storage (while it serves) and returns
    /// what it printed.
    pub fn admin(&self, args: &[&str]) -> String {
        admin_on(&self.storage, args, &[])
    }

    /// A dashboard account made as an administrator of the server makes one, with
    /// `lphm-server account add` and the password in `LPHM_ACCOUNT_PASSWORD`; `role` is
    /// `administrator` or `coordinator`.
    pub fn account(&self, login: &str, name: &str, role: &str) {
        let id = admin_on(
            &self.storage,
            &[
                "account", "add", "--login", login, "--name", name, "--role", role,
            ],
            &[("LPHM_ACCOUNT_PASSWORD", PASSWORD)],
        );
        assert!(
            uuid::Uuid::parse_str(id.trim()).is_ok(),
            "account add prints the new account's id: {id:?}"
        );
    }
}

impl Drop for DashboardServer {
    fn drop(&mut self) {
        if let Some(p) = self.process.take() {
            p.stop();
        }
    }
}

/// Where Chromium and its driver are, or a sentence naming the package that is missing.
fn chromium_binaries() -> (PathBuf, PathBuf) {
    let find = |names: &[&str]| -> Option<PathBuf> {
        let path = std::env::var_os("PATH").unwrap_or_default();
        std::env::split_paths(&path)
            // Debian keeps chromium's real binary (and, in some versions, the driver) here.
            .chain([PathBuf::from("/usr/lib/chromium")])
            .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
            .find(|p| p.is_file())
    };
    let chromium = std::env::var_os("LPHM_CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| find(&["chromium", "chromium-browser"]))
        .filter(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "Chromium is not installed: the dashboard's browser tests need Debian's \
                 `chromium` package (scripts/setup installs it; or apt-get install \
                 chromium chromium-driver)."
            )
        });
    let driver = std::env::var_os("LPHM_CHROMEDRIVER")
        .map(PathBuf::from)
        .or_else(|| find(&["chromedriver"]))
        .filter(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "chromedriver is not installed: the dashboard's browser tests need Debian's \
                 `chromium-driver` package (scripts/setup installs it; or apt-get install \
                 chromium-driver)."
            )
        });
    (chromium, driver)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A Chrome DevTools command through chromedriver (`goog/cdp/execute`): for what WebDriver
/// has no command for, a screenshot of the whole page.
#[derive(Debug)]
struct Cdp(&'static str, serde_json::Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or("")
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "cmd": self.0, "params": self.1 });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// The browser's console since the last call (chromedriver's log endpoint), where Chromium
/// reports what a content security policy blocked.
#[derive(Debug)]
struct ConsoleLog;

impl WebDriverCompatibleCommand for ConsoleLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or("")))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

/// Headless Chromium in one WebDriver session, on one server.
pub struct Browser {
    pub client: Client,
    driver: Child,
    port: u16,
    /// Where the server is, for [`Browser::open`].
    base: String,
    /// Chromium's private profile (`--user-data-dir`).
    _profile: tempfile::TempDir,
    /// Where downloads land.
    pub downloads: tempfile::TempDir,
    artifacts: PathBuf,
}

impl Browser {
    /// Starts chromedriver on a free port and opens a session of headless Chromium whose
    /// language (`--lang`, and `Accept-Language` through `intl.accept_languages`) is `lang`.
    async fn start(artifacts: &str, lang: &str, base: &str) -> Browser {
        let (chromium, driver_bin) = chromium_binaries();
        let port = free_port();
        let driver = Command::new(&driver_bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", driver_bin.display()));
        eventually(WAIT, "chromedriver to listen", || {
            TcpStream::connect(("127.0.0.1", port))
        });
        let profile = tempfile::tempdir().unwrap();
        let downloads = tempfile::tempdir().unwrap();
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "chrome".into());
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": chromium,
                "args": [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,900",
                    format!("--user-data-dir={}", profile.path().display()),
                    format!("--lang={lang}"),
                ],
                "prefs": {
                    "intl.accept_languages": lang,
                    "download.default_directory": downloads.path(),
                    "download.prompt_for_download": false,
                    "download.directory_upgrade": true,
                },
            }),
        );
        caps.insert(
            "goog:loggingPrefs".into(),
            serde_json::json!({ "browser": "ALL" }),
        );
        let mut builder =
            ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
        builder.capabilities(caps);
        let client = builder
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .unwrap_or_else(|e| panic!("a Chromium session through chromedriver: {e}"));
        let artifacts = workspace_root()
            .join("tests/artifacts/dashboard")
            .join(artifacts);
        let _ = std::fs::remove_dir_all(&artifacts);
        std::fs::create_dir_all(&artifacts).unwrap();
        Browser {
            client,
            driver,
            port,
            base: base.to_string(),
            _profile: profile,
            downloads,
            artifacts,
        }
    }

    /// Goes to `path` on the server (`/login`, `/dashboard?lang=fr`…), as typed in the
    /// address bar.
    pub async fn open(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .unwrap();
    }

    /// The path (and query) of the page on show.
    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.unwrap();
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        }
    }

    /// Waits for an element matching `css`.
    pub async fn find(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css} on {}: {e}", self.base))
    }

    /// Every element matching `css` now.
    pub async fn all(&self, css: &str) -> Vec<Element> {
        self.client.find_all(Locator::Css(css)).await.unwrap()
    }

    pub async fn count(&self, css: &str) -> usize {
        self.all(css).await.len()
    }

    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    /// Sets a date field (`<input type=date>`, whose typing depends on the locale) to
    /// `yyyy-mm-dd`, as a date picker does.
    pub async fn set_date(&self, css: &str, date: &str) {
        self.eval(
            "const e = document.querySelector(arguments[0]); e.value = arguments[1]; return e.value",
            vec![css.into(), date.into()],
        )
        .await;
    }

    /// The text content of `css` with every run of spaces (a French no-break space too)
    /// made one plain space: what a screen reader reads, and what Fluent wrote.
    pub async fn content(&self, css: &str) -> String {
        self.find(css).await;
        let text = self
            .eval(
                "return document.querySelector(arguments[0]).textContent",
                vec![css.into()],
            )
            .await;
        plain(text.as_str().unwrap_or(""))
    }

    /// Waits until the text content of `css` contains `needle` (spaces compared as
    /// [`Browser::content`] does), and returns it.
    pub async fn wait_content(&self, css: &str, needle: &str) -> String {
        let needle = plain(needle);
        let what = format!("{css} to contain {needle:?}");
        eventually_async(WAIT, what, || {
            let needle = needle.clone();
            async move {
                let text = self
                    .eval(
                        "return document.querySelector(arguments[0])?.textContent ?? null",
                        vec![css.into()],
                    )
                    .await;
                match text.as_str().map(plain) {
                    Some(text) if text.contains(&needle) => Ok(text),
                    Some(text) => Err(format!("{css} reads {text:?}")),
                    None => Err(format!("no element {css}")),
                }
            }
        })
        .await
    }

    /// The cells of every row matching `rows` (`tr` elements), as the text on screen (a
    /// line break is a space) with plain spaces: a table as a person reads it.
    pub async fn table(&self, rows: &str) -> Vec<Vec<String>> {
        let got = self
            .eval(
                "return Array.from(document.querySelectorAll(arguments[0])).map(r => Array.from(r.cells).map(c => c.innerText))",
                vec![rows.into()],
            )
            .await;
        serde_json::from_value::<Vec<Vec<String>>>(got)
            .unwrap()
            .iter()
            .map(|r| r.iter().map(|c| plain(c)).collect())
            .collect()
    }

    /// Runs `script` (a function body; `arguments` holds `args`) in the page.
    pub async fn eval(&self, script: &str, args: Vec<serde_json::Value>) -> serde_json::Value {
        self.client.execute(script, args).await.unwrap()
    }

    /// Logs in on `/login` (in `lang`, or the browser's language when `None`) by typing
    /// the login and password and pressing the button; waits for the dashboard.
    pub async fn log_in(&self, login: &str, lang: Option<&str>) {
        match lang {
            Some(lang) => self.open(&format!("/login?lang={lang}")).await,
            None => self.open("/login").await,
        }
        self.type_into("#login", login).await;
        self.type_into("#password", PASSWORD).await;
        self.click("[data-test='login-submit']").await;
        self.find("[data-test='dashboard-title']").await;
    }

    /// Creates a cohort from the dashboard's form with a name and the courses ticked, and
    /// returns the path of its page.
    pub async fn create_cohort(&self, name: &str, courses: &[&str]) -> String {
        self.find("[data-test='cohort-form']").await;
        self.type_into("#name", name).await;
        for course in courses {
            self.click(&format!("input[name='course'][value='{course}']"))
                .await;
        }
        self.click("[data-test='cohort-create']").await;
        self.wait_content("[data-test='cohort-title']", name).await;
        self.path().await
    }

    /// Presses "Log out" and waits for the login page.
    pub async fn log_out(&self) {
        self.click("[data-test='logout']").await;
        self.find("[data-test='login-form']").await;
    }

    /// Saves a picture of the whole page (not only the window) as `<name>.png` in this
    /// test's artifacts folder, and returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let metrics = self
            .client
            .issue_cmd(Cdp("Page.getLayoutMetrics", serde_json::json!({})))
            .await
            .unwrap();
        let size = &metrics["cssContentSize"];
        let (width, height) = (
            size["width"].as_f64().unwrap_or(1280.0).ceil(),
            size["height"].as_f64().unwrap_or(900.0).ceil(),
        );
        let shot = self
            .client
            .issue_cmd(Cdp(
                "Page.captureScreenshot",
                serde_json::json!({
                    "format": "png",
                    "captureBeyondViewport": true,
                    "clip": { "x": 0, "y": 0, "width": width, "height": height, "scale": 1 },
                }),
            ))
            .await
            .unwrap();
        let png = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().unwrap())
            .unwrap();
        assert!(png.starts_with(b"\x89PNG"), "{name}: a PNG");
        let path = self.artifacts.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        path
    }

    /// What the console said since the last look, as `LEVEL source: message`.
    pub async fn console(&self) -> Vec<String> {
        let entries = self.client.issue_cmd(ConsoleLog).await.unwrap();
        entries
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| {
                format!(
                    "{} {}: {}",
                    e["level"].as_str().unwrap_or(""),
                    e["source"].as_str().unwrap_or(""),
                    e["message"].as_str().unwrap_or("")
                )
            })
            .collect()
    }

    /// Fails when the page's content security policy blocked anything since the last
    /// look (Chromium says so on the console), or when the page's own styles did not
    /// apply: `styled` is a selector and one of its computed style properties with the
    /// value the page's stylesheet gives it.
    pub async fn assert_nothing_blocked(&self, what: &str, styled: (&str, &str, &str)) {
        let console = self.console().await;
        let blocked: Vec<&String> = console
            .iter()
            .filter(|m| m.contains(" security: ") || m.contains("Content Security Policy"))
            .collect();
        assert!(
            blocked.is_empty(),
            "{what}: the content security policy blocked something: {blocked:#?}"
        );
        let (css, property, expected) = styled;
        let got = self
            .eval(
                "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1])",
                vec![css.into(), property.into()],
            )
            .await;
        assert_eq!(
            got.as_str(),
            Some(expected),
            "{what}: the page's inline styles apply ({css} {property})"
        );
    }

    /// Clicks the link `css`, waits for the file it downloads to be complete in
    /// [`Browser::downloads`], and returns its path.
    pub async fn download(&self, css: &str) -> PathBuf {
        let before: Vec<PathBuf> = files_in(self.downloads.path());
        self.click(css).await;
        let dir = self.downloads.path();
        eventually_async(WAIT, format!("the download of {css}"), || {
            let before = before.clone();
            async move {
                let all = files_in(dir);
                // Chromium reserves the final name with an empty file while the bytes go
                // to a `.crdownload`: done when no such file is left and ours has bytes.
                let partial = all.iter().any(|p| {
                    p.extension()
                        .is_some_and(|e| e == "crdownload" || e == "tmp")
                });
                if partial {
                    return Err(format!("still downloading in {}: {all:?}", dir.display()));
                }
                let done: Vec<PathBuf> = all
                    .into_iter()
                    .filter(|p| !before.contains(p))
                    .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.len() > 0))
                    .collect();
                match done.as_slice() {
                    [one] => Ok(one.clone()),
                    [] => Err(format!("in {}: {:?}", dir.display(), files_in(dir))),
                    many => panic!("one click downloaded {} files: {many:?}", many.len()),
                }
            }
        })
        .await
    }
}

impl Drop for Browser {
    /// Asks chromedriver to end its sessions and close Chromium (`/shutdown`), so no
    /// browser outlives a failed test, then stops it.
    fn drop(&mut self) {
        if let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.port)) {
            let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
            let _ = write!(
                s,
                "GET /shutdown HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
                self.port
            );
            let _ = std::io::Read::read_to_end(&mut s, &mut Vec::new());
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.driver.try_wait() {
                return;
            }
            std::thread::sleep(lphm_test_support::POLL);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// `text` with every run of white space (no-break spaces too) made one space, trimmed.
pub fn plain(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What `id` says in `lang`, spaces made plain.
pub fn say(lang: &str, id: &str) -> String {
    plain(&lphm_i18n::Localizer::new(lang).unwrap().format(id, &[]))
}

/// A laptop: a real desk on a temp store, with one learner profile, as the app has it.
pub struct Laptop {
    pub desk: lphm_desk::Desk,
    _dir: tempfile::TempDir,
}

impl Laptop {
    pub fn new(name: &str, authority: &str) -> Laptop {
        Laptop::with_clock(name, authority, Box::new(lphm_desk::SystemClock))
    }

    /// A laptop whose time the test controls (`lphm_test_support::TestClock`).
    pub fn with_clock(name: &str, authority: &str, clock: Box<dyn lphm_desk::Clock>) -> Laptop {
        let dir = tempfile::tempdir().unwrap();
        let desk = lphm_desk::Desk::open(dir.path(), clock, 7).unwrap();
        desk.create_profile(lphm_desk::NewProfile {
            name: name.into(),
            authority: authority.into(),
            role: "Officer".into(),
            lang: "en".into(),
        })
        .unwrap();
        Laptop { desk, _dir: dir }
    }

    /// Connects this laptop to `server` with a one-time `code`, as a learner does on the
    /// sync screen. The one place the tests enroll: what enrollment asks for (a consent,
    /// say) changes here only.
    pub async fn enroll(&self, server: &str, code: &str) {
        self.desk
            .enroll(
                server,
                code,
                "test laptop",
                Some(lphm_desk::CONSENT_VERSION),
            )
            .await
            .unwrap_or_else(|e| panic!("the laptop enrolls with {code}: {e:?}"));
    }

    /// Reads `lessons` of `course` (lesson ids) to the end.
    pub fn study(&self, course: &str, lessons: &[&str]) {
        for lesson in lessons {
            self.desk.open_lesson(course, lesson).unwrap();
            self.desk.record_time(course, lesson, 240).unwrap();
            self.desk.complete_lesson(course, lesson).unwrap();
        }
    }

    pub async fn sync(&self) {
        self.desk.sync_now().await.unwrap();
    }
}
