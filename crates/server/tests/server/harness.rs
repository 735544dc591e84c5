//! A server on 127.0.0.1:0 for one test, a real HTTP client, test devices that make and
//! push events, and [`on_both_backends!`], which turns one async test into a `sled` and a
//! `postgres` test.

use std::net::SocketAddr;
use std::sync::Arc;

use ed25519_dalek::SigningKey;
use lphm_progress::{Event, EventKind, Hlc};
use lphm_server::{admin, Backend, BackendConfig, Clock, RunningServer, ServerConfig};
use lphm_sync::protocol::{
    EnrollRequest, EnrollResponse, ErrorBody, SyncRequest, SyncResponse, MAX_UNPACKED, PACKED,
};
use lphm_sync::wire::{self, Block};
use lphm_test_support::TestClock;
use reqwest::StatusCode;
use tempfile::TempDir;
use uuid::Uuid;

/// Runs `async fn $name(kind: Kind)` once per backend, as `$name::sled` and
/// `$name::postgres`.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn sled() {
                    super::$name(crate::harness::Kind::Sled).await
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn postgres() {
                    super::$name(crate::harness::Kind::Postgres).await
                }
            }
        )*
    };
}
pub(crate) use on_both_backends;

/// The start of every test clock: 2024-01-01.
pub const T0: i64 = 1_704_067_200_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Sled,
    Postgres,
}

/// Fresh, empty storage of one kind, and the folder it lives in.
pub fn storage(kind: Kind) -> (BackendConfig, TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let config = match kind {
        Kind::Sled => BackendConfig::Sled {
            dir: dir.path().join("data"),
        },
        Kind::Postgres => BackendConfig::Postgres {
            url: lphm_test_support::postgres::database(),
        },
    };
    (config, dir)
}

/// One server for one test.
pub struct TestServer {
    pub server: Option<RunningServer>,
    pub config: ServerConfig,
    /// Stands still until the test moves it.
    pub clock: TestClock,
    pub http: reqwest::Client,
    pub url: String,
    /// The history check that came with each cursor answered so far.
    pub checks: std::sync::Mutex<std::collections::HashMap<u64, u64>>,
    /// Holds the test's data until the test ends.
    _dir: TempDir,
}

impl TestServer {
    pub async fn start(kind: Kind) -> TestServer {
        TestServer::start_with(kind, |_, _| {}).await
    }

    /// A server whose config `adjust` may change first (a catalogue, TLS), given the
    /// test's private folder.
    pub async fn start_with(
        kind: Kind,
        adjust: impl FnOnce(&mut ServerConfig, &std::path::Path),
    ) -> TestServer {
        let (backend, dir) = storage(kind);
        let clock = TestClock::frozen(T0);
        let mut config = ServerConfig::new(backend);
        config.clock = Arc::new(clock.clone());
        adjust(&mut config, dir.path());
        let server = lphm_server::bind(config.clone(), localhost())
            .await
            .expect("the server starts");
        let client = match &config.tls {
            None => reqwest::Client::new(),
            Some(tls) => {
                // Trust exactly the test's self-signed certificate.
                let pem = std::fs::read(&tls.cert).unwrap();
                reqwest::Client::builder()
                    .add_root_certificate(reqwest::Certificate::from_pem(&pem).unwrap())
                    .build()
                    .unwrap()
            }
        };
        let mut s = TestServer {
            url: String::new(),
            server: None,
            config,
            clock,
            http: client,
            checks: std::sync::Mutex::new([(0, 0)].into()),
            _dir: dir,
        };
        s.url = s.public_url(&server);
        s.server = Some(server);
        s
    }

    /// The URL clients use: `https://localhost:port` under TLS, as the certificate names
    /// `localhost`.
    fn public_url(&self, server: &RunningServer) -> String {
        match self.config.tls {
            None => server.url(),
            Some(_) => format!("https://localhost:{}", server.local_addr().port()),
        }
    }

    pub fn backend(&self) -> &Backend {
        self.server.as_ref().unwrap().backend()
    }

    /// Stops the server, lets `f` change its stored data, and starts it again.
    pub async fn while_stopped(&mut self, f: impl FnOnce(&ServerConfig)) {
        self.server.take().unwrap().shutdown().await.unwrap();
        f(&self.config);
        let server = lphm_server::bind(self.config.clone(), localhost())
            .await
            .expect("the server starts again on the same data");
        self.url = self.public_url(&server);
        self.server = Some(server);
    }

    /// Stops the server and starts a new one on the same data.
    pub async fn restart(&mut self) {
        self.server.take().unwrap().shutdown().await.unwrap();
        let server = lphm_server::bind(self.config.clone(), localhost())
            .await
            .expect("the server starts again on the same data");
        self.url = self.public_url(&server);
        self.server = Some(server);
    }

    pub fn endpoint(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }

    pub async fn learner(&self, name: &str) -> Uuid {
        admin::add_learner(self.backend(), name, "Test Authority", self.clock.now_ms())
            .await
            .unwrap()
            .id
    }

    pub async fn code(&self, learner: Uuid) -> String {
        admin::new_code(self.backend(), learner, 14, self.clock.now_ms())
            .await
            .unwrap()
    }

    /// Posts an enrollment of `device` with `code` from `client`; the raw answer.
    pub async fn enroll_raw(
        &self,
        client: &reqwest::Client,
        code: &str,
        device: &TestDevice,
    ) -> reqwest::Response {
        client
            .post(self.endpoint("/v1/enroll"))
            .json(&EnrollRequest {
                code: code.to_string(),
                device: device.id,
                device_name: format!("laptop {}", &device.id.to_string()[..8]),
                device_key: hex::encode(device.key.verifying_key().to_bytes()),
                proof: lphm_sync::protocol::enrollment_proof(&device.key, code, device.id),
            })
            .send()
            .await
            .unwrap()
    }

    /// Enrolls a new device with `code`.
    pub async fn try_enroll(
        &self,
        code: &str,
        device: &TestDevice,
    ) -> Result<EnrollResponse, Refusal> {
        let res = self.enroll_raw(&self.http, code, device).await;
        if res.status().is_success() {
            Ok(res.json().await.unwrap())
        } else {
            Err(Refusal::read(res).await)
        }
    }

    /// A new learner with one enrolled device.
    pub async fn enrolled(&self, name: &str) -> (Uuid, TestDevice) {
        let learner = self.learner(name).await;
        let device = self.device(learner).await;
        (learner, device)
    }

    /// A new device enrolled for `learner`.
    pub async fn device(&self, learner: Uuid) -> TestDevice {
        let mut device = TestDevice::new();
        let code = self.code(learner).await;
        let res = self.try_enroll(&code, &device).await.expect("enrolls");
        assert_eq!(res.learner, learner);
        device.token = res.token;
        device
    }

    /// Posts a raw sync body with `token`.
    pub async fn post_sync(&self, token: Option<&str>, body: Vec<u8>) -> reqwest::Response {
        let mut req = self
            .http
            .post(self.endpoint("/v1/sync"))
            .header("content-type", PACKED)
            .body(body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send().await.unwrap()
    }

    /// One sync exchange.
    pub async fn sync(
        &self,
        device: &TestDevice,
        req: &SyncRequest,
    ) -> Result<SyncResponse, Refusal> {
        let res = self.post_sync(Some(&device.token), wire::pack(req)).await;
        if res.status().is_success() {
            assert_eq!(res.headers()["content-type"], PACKED);
            let bytes = res.bytes().await.unwrap();
            Ok(wire::unpack(&bytes, MAX_UNPACKED).expect("a packed answer"))
        } else {
            Err(Refusal::read(res).await)
        }
    }

    /// Pushes `events` (and pulls at most one event, which the caller ignores).
    pub async fn push(
        &self,
        device: &TestDevice,
        events: &[Event],
    ) -> Result<SyncResponse, Refusal> {
        self.sync(
            device,
            &SyncRequest {
                push: Block::encode(events),
                pull_after: 0,
                pull_limit: 1,
                pull_check: 0,
                relay: Default::default(),
            },
        )
        .await
    }

    /// Pulls everything after `after`, following `more`, `limit` at a time. Returns the
    /// events and the final cursor. `after` is 0 or a cursor this server answered (its
    /// check is remembered: tests here keep one learner per pulling device).
    pub async fn pull_all(
        &self,
        device: &TestDevice,
        mut after: u64,
        limit: u32,
    ) -> (Vec<Event>, u64) {
        let mut all = Vec::new();
        loop {
            let check = self.checks.lock().unwrap().get(&after).copied();
            let res = self
                .sync(
                    device,
                    &SyncRequest {
                        push: Block::default(),
                        pull_after: after,
                        pull_limit: limit,
                        pull_check: check.expect("a cursor this server answered before"),
                        relay: Default::default(),
                    },
                )
                .await
                .expect("pull succeeds");
            assert!(!res.rewound, "the history did not change");
            all.extend(res.pulled.decode(Uuid::nil()).unwrap());
            after = res.cursor;
            self.checks.lock().unwrap().insert(res.cursor, res.check);
            if !res.more {
                return (all, after);
            }
        }
    }

    /// What the server holds for `learner`, straight from storage.
    pub async fn stored(&self, learner: Uuid) -> Vec<Event> {
        self.backend().events(learner).await.unwrap()
    }
}

pub fn localhost() -> SocketAddr {
    "127.0.0.1:0".parse().unwrap()
}

/// A non-2xx answer.
#[derive(Debug)]
pub struct Refusal {
    pub status: StatusCode,
    pub body: ErrorBody,
}

impl Refusal {
    pub async fn read(res: reqwest::Response) -> Refusal {
        let status = res.status();
        let text = res.text().await.unwrap();
        let body = serde_json::from_str(&text).unwrap_or_else(|e| {
            panic!("an error answer ({status}) is JSON ErrorBody ({e}): {text}")
        });
        Refusal { status, body }
    }

    #[track_caller]
    pub fn expect(&self, status: u16, code: &str) {
        assert_eq!(
            (self.status.as_u16(), self.body.code.as_str()),
            (status, code),
            "{self:?}"
        );
        assert!(!self.body.detail.is_empty(), "an error says what happened");
    }
}

/// A laptop: its id, its bundle-signing key, its token once enrolled, and its events.
pub struct TestDevice {
    pub id: Uuid,
    pub key: SigningKey,
    pub token: String,
}

impl TestDevice {
    pub fn new() -> TestDevice {
        TestDevice {
            id: Uuid::new_v4(),
            key: SigningKey::from_bytes(&rand::random()),
            token: String::new(),
        }
    }

    /// This device's events numbered `seqs`.
    pub fn events(&self, seqs: impl IntoIterator<Item = u64>) -> Vec<Event> {
        seqs.into_iter().map(|s| event(self.id, s)).collect()
    }
}

/// The `seq`-th event of `device`: every kind of event in turn, so storing and sending
/// each field is covered.
pub fn event(device: Uuid, seq: u64) -> Event {
    let course = format!("course-{}", seq % 3);
    let lesson = format!("lesson-{}", seq % 7);
    let at_ms = T0 + seq as i64 * 1_000;
    let kind = match seq % 5 {
        0 => EventKind::LessonOpened { course, lesson },
        1 => EventKind::LessonCompleted { course, lesson },
        2 => EventKind::TimeSpent {
            course,
            lesson,
            seconds: 30 + seq as u32,
        },
        3 => EventKind::QuizAttempted {
            course,
            quiz: "quiz-1".into(),
            answers: [("q1".to_string(), ["a".to_string()].into())].into(),
            correct: (seq % 4) as u32,
            total: 3,
            passed: seq % 4 >= 2,
        },
        _ => EventKind::NoteSaved {
            course,
            lesson,
            text: format!("note {seq} ✓"),
            hlc: Hlc {
                ms: at_ms,
                count: 1,
            },
            bases: vec![Event::derived_id(device, seq - 1)],
        },
    };
    Event {
        id: Event::derived_id(device, seq),
        profile: Uuid::nil(),
        device,
        seq,
        at_ms,
        kind,
    }
}

/// `(device, seq)` of each event, sorted.
pub fn keys(events: &[Event]) -> Vec<(Uuid, u64)> {
    let mut k: Vec<_> = events.iter().map(|e| (e.device, e.seq)).collect();
    k.sort();
    k
}
