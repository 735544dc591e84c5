//! A server on 127.0.0.1 (sled or PostgreSQL) and laptops enrolled to it.

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::path::Path;

use lphm_desk::client::SyncOptions;
use lphm_desk::{Clock, Desk, NewProfile};
use lphm_server::{BackendConfig, RunningServer, ServerConfig};
pub use lphm_test_support::copy_dir;
use lphm_test_support::proxy::FaultyProxy;
use lphm_test_support::TestClock;
use uuid::Uuid;

pub const STARTER: &str = "starter-communication";
pub const CURRICULUM: &str = "perceptions-communication-media";

/// A server with its data folder, restartable on the same address and data.
pub struct Server {
    pub running: Option<RunningServer>,
    pub addr: SocketAddr,
    pub config: ServerConfig,
    _dir: Option<tempfile::TempDir>,
}

impl Server {
    pub async fn sled() -> Server {
        let dir = tempfile::tempdir().unwrap();
        let config = ServerConfig::new(BackendConfig::Sled {
            dir: dir.path().join("server"),
        });
        Self::start(config, Some(dir)).await
    }

    /// A server on a fresh database of the test binary's private PostgreSQL.
    pub async fn postgres() -> Server {
        let url = tokio::task::spawn_blocking(lphm_test_support::postgres::database)
            .await
            .unwrap();
        Self::start(ServerConfig::new(BackendConfig::Postgres { url }), None).await
    }

    pub async fn start(config: ServerConfig, dir: Option<tempfile::TempDir>) -> Server {
        let running = lphm_server::bind(config.clone(), "127.0.0.1:0".parse().unwrap())
            .await
            .expect("server starts");
        Server {
            addr: running.local_addr(),
            running: Some(running),
            config,
            _dir: dir,
        }
    }

    pub fn backend(&self) -> &lphm_server::Backend {
        self.running.as_ref().unwrap().backend()
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops the server and starts it again on the same address and data.
    pub async fn restart(&mut self) {
        self.running.take().unwrap().shutdown().await.unwrap();
        self.running = Some(
            lphm_server::bind(self.config.clone(), self.addr)
                .await
                .expect("server restarts on the same port"),
        );
    }

    /// Stops the server, if it runs.
    pub async fn stop(&mut self) {
        if let Some(running) = self.running.take() {
            running.shutdown().await.unwrap();
        }
    }

    /// Starts the server again on the same address and data.
    pub async fn start_again(&mut self) {
        self.running = Some(
            lphm_server::bind(self.config.clone(), self.addr)
                .await
                .expect("server restarts on the same port"),
        );
    }

    /// A backup of the server's data as an administrator takes one: the sled folder
    /// copied while the server is stopped, or `pg_dump` while it runs.
    pub async fn backup(&mut self) -> tempfile::TempDir {
        let backup = tempfile::tempdir().unwrap();
        match self.config.backend.clone() {
            BackendConfig::Sled { dir } => {
                self.stop().await;
                copy_dir(&dir, &backup.path().join("server"));
                self.start_again().await;
            }
            BackendConfig::Postgres { url } => {
                let file = backup.path().join("lphm.dump");
                tokio::task::spawn_blocking(move || {
                    lphm_test_support::postgres::shared().dump(&url, &file)
                })
                .await
                .unwrap();
            }
        }
        backup
    }

    /// Puts a [`Server::backup`] back in place of the server's data, and starts it.
    pub async fn restore(&mut self, backup: &tempfile::TempDir) {
        self.stop().await;
        match self.config.backend.clone() {
            BackendConfig::Sled { dir } => {
                std::fs::remove_dir_all(&dir).unwrap();
                copy_dir(&backup.path().join("server"), &dir);
            }
            BackendConfig::Postgres { url } => {
                let file = backup.path().join("lphm.dump");
                tokio::task::spawn_blocking(move || {
                    lphm_test_support::postgres::shared().restore(&url, &file)
                })
                .await
                .unwrap();
            }
        }
        self.start_again().await;
    }

    /// A learner and a one-time code for them.
    pub async fn learner(&self, name: &str) -> (Uuid, String) {
        let l = lphm_server::admin::add_learner(self.backend(), name, "City of Durban", 0)
            .await
            .unwrap();
        (l.id, self.code(l.id).await)
    }

    pub async fn code(&self, learner: Uuid) -> String {
        lphm_server::admin::new_code(self.backend(), learner, 14, now())
            .await
            .unwrap()
    }

    /// Every event the server holds for `learner`, by id; panics on a duplicate.
    pub async fn event_ids(&self, learner: Uuid) -> BTreeSet<Uuid> {
        let events = self.backend().events(learner).await.unwrap();
        let ids: BTreeSet<Uuid> = events.iter().map(|e| e.id).collect();
        assert_eq!(ids.len(), events.len(), "the server holds no event twice");
        ids
    }
}

/// The real time, for the server's code expiry and bundle imports.
pub fn now() -> i64 {
    lphm_desk::SystemClock.now_ms()
}

/// A laptop: a desk on its own store, with one learner profile.
pub struct Laptop {
    pub desk: Desk,
    pub profile: Uuid,
    pub dir: tempfile::TempDir,
}

impl Laptop {
    pub fn new(name: &str, seed: u64) -> Laptop {
        Self::with_clock_off_by(name, seed, 0)
    }

    /// A laptop whose clock is `offset_ms` off (negative: slow).
    pub fn with_clock_off_by(name: &str, seed: u64, offset_ms: i64) -> Laptop {
        let dir = tempfile::tempdir().unwrap();
        let desk = open_desk_at(dir.path(), seed, offset_ms);
        let profile = desk
            .create_profile(NewProfile {
                name: name.into(),
                authority: "City of Durban".into(),
                role: "Officer".into(),
                lang: "en".into(),
            })
            .unwrap()
            .id;
        Laptop { desk, profile, dir }
    }

    /// Another laptop made from a copy of this one's data folder, taken now (IT staff
    /// imaging machines, or a backup to restore later); its clock and random numbers
    /// follow `seed`.
    pub fn copy(&self, seed: u64) -> Laptop {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(self.dir(), dir.path());
        let desk = open_desk_at(dir.path(), seed, 0);
        Laptop {
            desk,
            profile: self.profile,
            dir,
        }
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub async fn enroll(&self, server_url: &str, code: &str) {
        self.desk
            .enroll(
                server_url,
                code,
                "test laptop",
                Some(lphm_desk::CONSENT_VERSION),
            )
            .await
            .expect("enrolls");
    }

    /// The ids of every event this laptop holds for its learner; panics on a duplicate.
    pub fn event_ids(&self) -> BTreeSet<Uuid> {
        lphm_tests::event_ids(self.desk.store(), self.profile)
    }

    /// The learner's state as derived from the events.
    pub fn summary(&self) -> lphm_progress::Summary {
        lphm_progress::Summary::from_events(&self.desk.store().events(self.profile).unwrap())
    }

    /// Completes every lesson of a course, `rounds` times over, and takes its quizzes.
    pub fn study(&self, course: &str, rounds: usize) {
        let view = self.desk.course(course).unwrap();
        for _ in 0..rounds {
            for module in &view.modules {
                for lesson in &module.lessons {
                    self.desk.open_lesson(course, &lesson.id).unwrap();
                    self.desk.record_time(course, &lesson.id, 95).unwrap();
                    self.desk.complete_lesson(course, &lesson.id).unwrap();
                }
            }
        }
    }

    /// Records `n` events quickly (time spent in a lesson).
    pub fn record(&self, n: usize) {
        for i in 0..n {
            self.desk
                .record_time(STARTER, "telling-the-story", 10 + i as u32 % 50)
                .unwrap();
        }
    }
}

/// A desk on `dir` whose clock is `offset_ms` off the harness's start time.
pub fn open_desk_at(dir: &Path, seed: u64, offset_ms: i64) -> Desk {
    Desk::open(
        dir,
        Box::new(TestClock::new(
            1_790_000_000_000 + seed as i64 * 7 + offset_ms,
        )),
        seed,
    )
    .unwrap()
    .with_sync_options(SyncOptions {
        // Short, so the tests of cut connections run fast; loopback is quick.
        request_timeout: std::time::Duration::from_secs(3),
        ..SyncOptions::default()
    })
}

/// A proxy in front of the server, for breaking connections.
pub async fn proxy(server: &Server) -> FaultyProxy {
    FaultyProxy::start(server.addr).await
}
