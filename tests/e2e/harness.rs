//! Starts Xvfb and tauri-driver for one test and opens WebDriver sessions on the app.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::error::NewSessionError;
use fantoccini::{elements::Element, Client, ClientBuilder, Locator};

pub use lphm_test_support::workspace_root;
use lphm_test_support::{eventually, eventually_async, eventually_async_every};

fn app_binary() -> PathBuf {
    std::env::var_os("LPHM_APP_BINARY")
        .map(PathBuf::from)
        .unwrap_or_else(|| lphm_test_support::workspace_binary("lphm-app", "lphm-app"))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// E2E tests run one at a time: each starts a whole app with WebKit, and two at once on a
/// small machine only make both slow.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// A virtual display, a WebDriver server and private XDG folders for one test.
pub struct Desktop {
    _turn: std::sync::MutexGuard<'static, ()>,
    /// Kept alive for as long as the desktop is used.
    _xvfb: lphm_test_support::Xvfb,
    driver: Child,
    port: u16,
    native: u16,
    display: String,
    pub home: tempfile::TempDir,
    artifacts: PathBuf,
}

impl Desktop {
    pub fn start(test: &str) -> Desktop {
        Desktop::start_with(test, &[])
    }

    /// Like [`Desktop::start`], with extra environment for the app.
    pub fn start_with(test: &str, env: &[(&str, &std::ffi::OsStr)]) -> Desktop {
        let turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        let home = tempfile::tempdir().unwrap();
        let xvfb = lphm_test_support::Xvfb::start();
        let display = xvfb.display.clone();
        let port = free_port();
        let native = free_port();
        let driver = spawn_driver(&display, home.path(), env, port, native);
        let artifacts = workspace_root().join("tests/artifacts/e2e").join(test);
        std::fs::create_dir_all(&artifacts).unwrap();
        Desktop {
            _turn: turn,
            _xvfb: xvfb,
            driver,
            port,
            native,
            display: display.clone(),
            home,
            artifacts,
        }
    }

    /// Starts the WebDriver server again with `env` added to the app's environment (the
    /// app inherits the driver's): the next [`Desktop::launch`] sees it, with the same
    /// data folders. No session may be open.
    pub fn set_app_env(&mut self, env: &[(&str, &std::ffi::OsStr)]) {
        stop_driver(&mut self.driver);
        // New ports: the old ones may linger a moment.
        self.port = free_port();
        self.native = free_port();
        self.driver = spawn_driver(&self.display, self.home.path(), env, self.port, self.native);
    }

    /// The folder where the app keeps its sled store.
    pub fn store_dir(&self) -> PathBuf {
        lphm_test_support::app_store_dir(self.home.path())
    }

    /// Starts the app in a new WebDriver session.
    pub async fn launch(&self) -> App {
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "wry".into());
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": app_binary() }),
        );
        let mut builder =
            ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
        builder.capabilities(caps);
        let url = format!("http://127.0.0.1:{}", self.port);
        // tauri-driver accepts connections before its WebKitWebDriver is ready; a session
        // request in that window is dropped, so retry until a deadline.
        let (builder, url) = (&builder, &url);
        let client = eventually_async_every(
            Duration::from_secs(60),
            Duration::from_millis(250),
            "a WebDriver session on the app",
            || async move {
                match tokio::time::timeout(Duration::from_secs(60), builder.connect(url)).await {
                    Ok(Ok(client)) => Ok(client),
                    Ok(Err(
                        e @ (NewSessionError::Failed(_)
                        | NewSessionError::FailedC(_)
                        | NewSessionError::Lost(_)),
                    )) => {
                        eprintln!("e2e: WebDriver not ready yet ({e}), retrying");
                        Err(e)
                    }
                    Ok(Err(e)) => panic!("a WebDriver session on the app: {e}"),
                    Err(_) => panic!("the app window did not come up within 60 s"),
                }
            },
        )
        .await;
        App {
            client,
            display: self.display.clone(),
            artifacts: self.artifacts.clone(),
        }
    }
}

/// Starts tauri-driver on `port` (its WebKitWebDriver on `native`) for the display and
/// the private XDG folders under `home`, with `env` for the app, and waits until it listens.
fn spawn_driver(
    display: &str,
    home: &Path,
    env: &[(&str, &std::ffi::OsStr)],
    port: u16,
    native: u16,
) -> Child {
    let driver_bin = std::env::var_os("TAURI_DRIVER")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo/bin/tauri-driver"))
        })
        .filter(|p| p.is_file())
        .unwrap_or_else(|| PathBuf::from("tauri-driver"));
    let mut command = Command::new(driver_bin);
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let driver = command
        .args(["--port", &port.to_string(), "--native-port", &native.to_string()])
        .env("DISPLAY", display)
        .envs(lphm_test_support::xdg_env(home))
        .env("LANG", "en_GB.UTF-8")
        .envs(env.iter().copied())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        // WebKit's compositor is slow and flaky without a GPU.
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("tauri-driver must be installed (cargo install tauri-driver --locked); scripts/test does it");
    eventually(Duration::from_secs(20), "tauri-driver to listen", || {
        TcpStream::connect(("127.0.0.1", port))
    });
    driver
}

impl Drop for Desktop {
    fn drop(&mut self) {
        stop_driver(&mut self.driver);
    }
}

/// Stops tauri-driver and what it started (its WebKitWebDriver, an app still open): the
/// driver leads a process group of its own, and the whole group is ended. Killing the
/// driver alone left its WebKitWebDriver running, still serving its port.
fn stop_driver(driver: &mut Child) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", driver.id())])
        .status();
    let _ = driver.kill();
    let _ = driver.wait();
}

/// The app window in one WebDriver session.
pub struct App {
    pub client: Client,
    display: String,
    artifacts: PathBuf,
}

const WAIT: Duration = Duration::from_secs(20);

impl App {
    /// Waits for an element matching `css` to exist. A screen redrawn while WebDriver
    /// looks (a "stale element" answer) is looked at again, until the deadline.
    pub async fn find(&self, css: &str) -> Element {
        // WebDriver's own wait gets what is left of ours.
        let deadline = Instant::now() + WAIT;
        eventually_async(WAIT, format!("the element {css}"), || async move {
            let found = self
                .client
                .wait()
                .at_most(deadline.saturating_duration_since(Instant::now()))
                .for_element(Locator::Css(css))
                .await;
            match found {
                Ok(element) => Ok(element),
                Err(e) if format!("{e}").contains("Stale") => Err(e),
                Err(e) => panic!("no element {css}: {e}"),
            }
        })
        .await
    }

    /// Clicks the element matching `css`. The interface redraws a screen after every
    /// change, so an element found a moment ago may be gone: find it again until it works.
    pub async fn click(&self, css: &str) {
        eventually_async(WAIT, format!("a click on {css}"), || async move {
            match self.find(css).await.click().await {
                Ok(()) => Ok(()),
                Err(e) if format!("{e}").contains("not found") => Err(e),
                // WebKitWebDriver sometimes scrolls an element to just below the window's
                // edge (it counts the screen's height, not the window's) and then finds it
                // out of view: bring it to the middle, as a person scrolling would, and
                // click again.
                Err(fantoccini::error::CmdError::Standard(w))
                    if w.error == fantoccini::error::ErrorStatus::ElementNotInteractable =>
                {
                    self.scroll_to(css).await;
                    Err(fantoccini::error::CmdError::Standard(w))
                }
                Err(e) => {
                    // What the window looked like, to see what was in the way.
                    self.screenshot("click-failed").await;
                    let at = self
                        .eval(
                            "const e = document.querySelector(arguments[0]); if (!e) return 'gone'; const r = e.getBoundingClientRect(); const c = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2); return `rect ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)} in ${innerWidth}x${innerHeight}, scrollY ${Math.round(scrollY)}, at its centre: ${c ? c.outerHTML.slice(0, 120) : 'nothing'}, disabled: ${e.disabled}`",
                            vec![css.into()],
                        )
                        .await;
                    panic!("click {css}: {e:?}; {at}")
                }
            }
        })
        .await
    }

    /// Chooses `value` in the `<select>` matching `css`, finding it again when the screen
    /// was redrawn between finding and choosing (as `click` does).
    pub async fn select(&self, css: &str, value: &str) {
        eventually_async(WAIT, format!("choosing {value} in {css}"), || async move {
            match self.find(css).await.select_by_value(value).await {
                Ok(()) => Ok(()),
                Err(e)
                    if format!("{e}").contains("not found") || format!("{e}").contains("Stale") =>
                {
                    Err(e)
                }
                Err(e) => panic!("select {value} in {css}: {e}"),
            }
        })
        .await
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        self.find(css).await.send_keys(text).await.unwrap();
    }

    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.unwrap()
    }

    /// Waits until the text of `css` contains `needle`, and returns it.
    pub async fn wait_text(&self, css: &str, needle: &str) -> String {
        let what = format!("{css} to contain {needle:?}");
        eventually_async(WAIT, what, || async move {
            let Ok(el) = self.client.find(Locator::Css(css)).await else {
                return Err(format!("no element {css}"));
            };
            match el.text().await {
                Ok(text) if text.contains(needle) => Ok(text),
                Ok(text) => Err(format!("{css} says {text:?}")),
                Err(e) => Err(format!("{css} has no text: {e}")),
            }
        })
        .await
    }

    /// Waits until no element matches `css`.
    pub async fn wait_gone(&self, css: &str) {
        eventually_async(WAIT, format!("{css} to go"), || async {
            self.count(css).await == 0
        })
        .await
    }

    /// Waits until the text content of `css` is `expected`, spaces of any kind (a French
    /// no-break space too) counted alike and the ends trimmed: what a screen reader reads,
    /// unlike WebDriver's visible text, which rewrites no-break spaces.
    pub async fn wait_content(&self, css: &str, expected: &str) {
        let plain = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let want = plain(expected);
        let what = format!("{css} to read {want:?}");
        eventually_async(WAIT, what, || {
            let want = want.clone();
            async move {
                let got = self
                    .eval(
                        "return document.querySelector(arguments[0])?.textContent ?? null",
                        vec![css.into()],
                    )
                    .await;
                match got.as_str() {
                    Some(text) if plain(text) == want => Ok(()),
                    Some(text) => Err(format!("{css} reads {:?}", plain(text))),
                    None => Err(format!("no element {css}")),
                }
            }
        })
        .await
    }

    /// Scrolls the element matching `css` to the middle of the window, for a screenshot.
    pub async fn scroll_to(&self, css: &str) {
        let el = self.find(css).await;
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' })",
                vec![serde_json::to_value(&el).unwrap()],
            )
            .await
            .unwrap();
    }

    pub async fn count(&self, css: &str) -> usize {
        self.client.find_all(Locator::Css(css)).await.unwrap().len()
    }

    /// Saves a picture of the whole virtual screen. Taken by the X server (ImageMagick's
    /// `import`) rather than WebDriver, whose screenshot call hangs on some pages with this
    /// WebKitGTK.
    pub async fn screenshot(&self, name: &str) {
        let path = self.artifacts.join(format!("{name}.png"));
        let status = tokio::process::Command::new("import")
            .args(["-window", "root"])
            .arg(&path)
            .env("DISPLAY", &self.display)
            .status()
            .await
            .expect("ImageMagick's import must be installed; scripts/test does it");
        assert!(status.success(), "screenshot {name} failed");
    }

    /// Runs `script` (a function body; `arguments` holds `args`) in the window.
    pub async fn eval(&self, script: &str, args: Vec<serde_json::Value>) -> serde_json::Value {
        self.client.execute(script, args).await.unwrap()
    }

    /// Sends key presses to the element that has focus, as a keyboard user does.
    pub async fn keys(&self, keys: &str) {
        self.client
            .active_element()
            .await
            .unwrap()
            .send_keys(keys)
            .await
            .unwrap();
    }

    /// Whether the element with focus matches `css`.
    pub async fn focused(&self, css: &str) -> bool {
        self.eval(
            "return document.activeElement !== null && document.activeElement.matches(arguments[0])",
            vec![css.into()],
        )
        .await
            == serde_json::Value::Bool(true)
    }

    /// What has focus, for messages: tag, data-test and the start of its text.
    pub async fn describe_focus(&self) -> String {
        self.eval(
            "const e = document.activeElement; return e ? `${e.tagName} ${e.getAttribute('data-test') ?? ''} ${(e.textContent ?? '').slice(0, 40)}` : 'nothing'",
            vec![],
        )
        .await
        .to_string()
    }

    /// Presses Tab (or Shift+Tab) until the focused element matches `css`, as a keyboard
    /// user would; fails after `max` presses.
    pub async fn tab_to(&self, css: &str, backwards: bool, max: usize) {
        use fantoccini::key::Key;
        let press = if backwards {
            format!("{}{}{}", &*Key::Shift, &*Key::Tab, &*Key::Null)
        } else {
            Key::Tab.to_string()
        };
        for _ in 0..max {
            if self.focused(css).await {
                return;
            }
            self.keys(&press).await;
        }
        assert!(
            self.focused(css).await,
            "{max} presses of Tab did not reach {css}; focus is on {}",
            self.describe_focus().await
        );
    }

    /// Waits until the element with focus matches `css`.
    pub async fn wait_focus(&self, css: &str) {
        let deadline = Instant::now() + WAIT;
        while !self.focused(css).await {
            assert!(
                Instant::now() < deadline,
                "focus never reached {css}; it is on {}",
                self.describe_focus().await
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Runs axe-core (ui/node_modules/axe-core, injected as a script: the window's CSP
    /// allows no other source) on the whole window and fails, listing them, on violations
    /// of impact serious or critical. `what` names the screen in the message.
    pub async fn assert_accessible(&self, what: &str) {
        let axe =
            std::fs::read_to_string(workspace_root().join("ui/node_modules/axe-core/axe.min.js"))
                .expect("axe-core is a dev dependency of ui/: run npm --prefix ui install");
        if self.eval("return typeof window.axe", vec![]).await != "object" {
            self.eval(&axe, vec![]).await;
        }
        let found = self
            .client
            .execute_async(
                r#"
                const done = arguments[arguments.length - 1];
                const line = (v) => v.impact + " " + v.id + ": " + v.help + " — " + v.nodes.slice(0, 5)
                  .map((n) => n.target.join(" ") + " (" + (n.failureSummary || "").replace(/\s+/g, " ") + ")")
                  .join("; ");
                window.axe
                  .run(document, { resultTypes: ["violations"] })
                  .then((r) => done(r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map(line)))
                  .catch((e) => done(["axe failed: " + e]));
                "#,
                vec![],
            )
            .await
            .unwrap();
        let found: Vec<String> = serde_json::from_value(found).unwrap();
        assert!(
            found.is_empty(),
            "{what}: {} accessibility violations:
  {}",
            found.len(),
            found.join(
                "
  "
            )
        );
    }

    /// Ends the session; tauri-driver closes the app.
    pub async fn quit(self) {
        self.client.close().await.unwrap();
    }
}

/// Waits until the window's root font size is `px` CSS pixels (text size, issue 15).
pub async fn eventually_px(app: &App, px: f64) {
    eventually_async(WAIT, format!("a root font size of {px}px"), || async {
        let now = app
            .eval(
                "return parseFloat(getComputedStyle(document.documentElement).fontSize)",
                vec![],
            )
            .await
            .as_f64()
            .unwrap_or_default();
        if (now - px).abs() < 0.01 {
            Ok(())
        } else {
            Err(format!("{now}px"))
        }
    })
    .await
}

/// The text of a PDF, by poppler's `pdftotext`.
pub fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) must be installed; scripts/setup installs it");
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    String::from_utf8(out.stdout).unwrap()
}

/// Renders the first page of `pdf` to `<artifacts>/<name>.png` with `pdftoppm`.
pub fn keep_image(pdf: &Path, artifacts: &Path, name: &str) {
    let status = Command::new("pdftoppm")
        .args(["-r", "50", "-png", "-singlefile"])
        .arg(pdf)
        .arg(artifacts.join(name))
        .status()
        .expect("pdftoppm (poppler-utils) must be installed; scripts/setup installs it");
    assert!(status.success());
    assert!(artifacts.join(format!("{name}.png")).is_file());
}
