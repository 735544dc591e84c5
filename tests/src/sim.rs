//! A seeded simulation of one learner's laptops and the sync server, with faults: requests
//! cut half-way, answers lost, laptops killed, clocks hours off, long notes, the server
//! restarted or restored from a backup, laptops restored from a backup or copied onto
//! another machine. Every step is chosen by a random generator seeded by `seed` and runs
//! one at a time (single-threaded runtime, real stores, a real server on 127.0.0.1 behind
//! a fault-injecting proxy), so a seed is a schedule and replays exactly.
//!
//! After the schedule the faults stop and every laptop syncs (a laptop the server no longer
//! knows, after a restore, is enrolled again with a new code, as a coordinator would).
//! Then the check, on event ids and derived state, not on the replicas agreeing:
//! - no replica holds an event twice;
//! - every event that still existed somewhere when the faults stopped is on the server
//!   and on every laptop (an event is lost legitimately only when a restore erased its
//!   last copy);
//! - every laptop derives the same progress as the server's events give.
//!
//! Used by `scripts/simulate [N]` (the binary `simulate`) and, for a few hundred seeds,
//! by the test command (`tests/sync/simulate.rs`).

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use lphm_desk::client::SyncOptions;
use lphm_desk::{Desk, NewProfile};
use lphm_progress::Summary;
use lphm_server::{BackendConfig, RunningServer, ServerConfig};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

use lphm_test_support::proxy::{Fault, FaultyProxy};
use lphm_test_support::{copy_dir, TestClock};

const COURSE: &str = "starter-communication";
const LESSON: &str = "telling-the-story";
/// At most this many laptops (copies included).
const MAX_LAPTOPS: usize = 4;

/// What one schedule did, for the summary line.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    pub steps: usize,
    pub events: usize,
    pub syncs: usize,
    pub failed_syncs: usize,
    pub forks: usize,
    pub rewinds: usize,
    pub server_restores: usize,
    pub laptop_restores: usize,
    pub copies: usize,
    pub lost_to_restores: usize,
}

impl std::ops::AddAssign for Stats {
    fn add_assign(&mut self, o: Stats) {
        self.steps += o.steps;
        self.events += o.events;
        self.syncs += o.syncs;
        self.failed_syncs += o.failed_syncs;
        self.forks += o.forks;
        self.rewinds += o.rewinds;
        self.server_restores += o.server_restores;
        self.laptop_restores += o.laptop_restores;
        self.copies += o.copies;
        self.lost_to_restores += o.lost_to_restores;
    }
}

/// The command that replays `seed`.
pub fn replay_command(seed: u64) -> String {
    format!("scripts/simulate --seed {seed}")
}

/// Which faults a schedule may draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mix {
    /// Every fault, but a schedule restores either the server or laptops (restores and
    /// copies), not both: the mix the protocol is held to.
    Supported,
    /// Server restores together with laptop restores and copies. Two different events can
    /// then end up under one `(device, seq)` with no replica left that could tell (see
    /// "A gap left open" in docs/sync-protocol.md); failures here are that gap.
    All,
}

/// Runs the schedule of `seed` with the supported mix.
pub fn run(seed: u64) -> Result<Stats, String> {
    run_mix(seed, Mix::Supported)
}

/// Runs the schedule of `seed`; `Err` says what went wrong and how to replay it.
pub fn run_mix(seed: u64, mix: Mix) -> Result<Stats, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let outcome = runtime.block_on(async {
        let mut world = World::new(seed, mix).await;
        let result = world.play().await;
        world.shutdown().await;
        result.map(|()| world.stats)
    });
    let replay = match mix {
        Mix::Supported => replay_command(seed),
        Mix::All => format!("scripts/simulate --all-faults --seed {seed}"),
    };
    outcome.map_err(|e| format!("seed {seed}: {e}\n  replay: {replay}"))
}

/// Where the simulation's folders go: memory when the machine has it (fsync is then
/// cheap, and durability is proven elsewhere, by `tests/powercut`).
fn scratch() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(dir) = tempfile::Builder::new().prefix("lphm-sim-").tempdir_in(shm) {
            return dir;
        }
    }
    tempfile::Builder::new()
        .prefix("lphm-sim-")
        .tempdir()
        .unwrap()
}

struct Laptop {
    name: String,
    dir: PathBuf,
    desk: Option<Desk>,
    clock_offset_ms: i64,
    /// A copy of the folder to restore later.
    backup: Option<PathBuf>,
    /// Readings of the clock so far, so a reopened laptop's clock goes on.
    clock: TestClock,
}

struct World {
    rng: StdRng,
    /// This schedule restores the server (and not laptops), or laptops (not the server).
    server_restores: bool,
    laptop_restores: bool,
    root: tempfile::TempDir,
    server: Option<RunningServer>,
    server_addr: SocketAddr,
    server_dir: PathBuf,
    server_backup: Option<PathBuf>,
    proxy: FaultyProxy,
    learner: Uuid,
    laptops: Vec<Laptop>,
    /// Every event ever recorded, by its mark (see [`mark`]), and those that no replica
    /// held any more at some point (erased by a restore).
    recorded: BTreeSet<u64>,
    erased: BTreeSet<u64>,
    next_mark: u64,
    next_dir: usize,
    stats: Stats,
}

fn open_desk(dir: &Path, clock: &TestClock, seed: u64) -> Desk {
    Desk::open(dir, Box::new(clock.clone()), seed)
        .unwrap()
        .with_sync_options(SyncOptions {
            request_timeout: std::time::Duration::from_secs(5),
            ..SyncOptions::default()
        })
}

impl World {
    async fn new(seed: u64, mix: Mix) -> World {
        let mut rng = StdRng::seed_from_u64(seed);
        let (server_restores, laptop_restores) = match mix {
            Mix::All => (true, true),
            Mix::Supported if rng.random_bool(0.5) => (true, false),
            Mix::Supported => (false, true),
        };
        let root = scratch();
        let server_dir = root.path().join("server");
        let config = ServerConfig::new(BackendConfig::Sled {
            dir: server_dir.clone(),
        });
        let server = lphm_server::bind(config, "127.0.0.1:0".parse().unwrap())
            .await
            .expect("the server starts");
        let server_addr = server.local_addr();
        let proxy = FaultyProxy::start(server_addr).await;
        let learner = lphm_server::admin::add_learner(server.backend(), "Awa Diop", "Diourbel", 0)
            .await
            .unwrap()
            .id;
        let mut world = World {
            rng,
            server_restores,
            laptop_restores,
            root,
            server: Some(server),
            server_addr,
            server_dir,
            server_backup: None,
            proxy,
            learner,
            laptops: Vec::new(),
            recorded: BTreeSet::new(),
            erased: BTreeSet::new(),
            next_mark: 1,
            next_dir: 0,
            stats: Stats::default(),
        };
        let laptops = world.rng.random_range(1..=3);
        for i in 0..laptops {
            world.new_laptop(&format!("laptop {i}")).await;
        }
        world
    }

    fn backend(&self) -> &lphm_server::Backend {
        self.server.as_ref().unwrap().backend()
    }

    fn fresh_dir(&mut self) -> PathBuf {
        self.next_dir += 1;
        self.root.path().join(format!("d{}", self.next_dir))
    }

    async fn code(&self) -> String {
        lphm_server::admin::new_code(
            self.backend(),
            self.learner,
            14,
            lphm_desk::Clock::now_ms(&lphm_desk::SystemClock),
        )
        .await
        .unwrap()
    }

    async fn new_laptop(&mut self, name: &str) {
        let dir = self.fresh_dir();
        // Clocks up to two hours off either way.
        let offset = self.rng.random_range(-7_200_000i64..=7_200_000);
        let clock = TestClock::new(1_790_000_000_000 + offset);
        let desk = open_desk(&dir, &clock, self.rng.random());
        desk.create_profile(NewProfile {
            name: name.into(),
            authority: "Diourbel".into(),
            role: "Officer".into(),
            lang: "fr".into(),
        })
        .unwrap();
        let code = self.code().await;
        desk.enroll(
            &self.proxy.url(),
            &code,
            name,
            Some(lphm_desk::CONSENT_VERSION),
        )
        .await
        .expect("enrolls");
        self.laptops.push(Laptop {
            name: name.into(),
            dir,
            desk: Some(desk),
            clock_offset_ms: offset,
            backup: None,
            clock,
        });
    }

    fn desk(&self, i: usize) -> &Desk {
        self.laptops[i].desk.as_ref().unwrap()
    }

    /// The schedule: 10 to 40 steps.
    async fn play(&mut self) -> Result<(), String> {
        let steps = self.rng.random_range(10..=40);
        for _ in 0..steps {
            self.step().await?;
            self.stats.steps += 1;
            self.note_erased().await?;
        }
        self.heal().await?;
        self.check().await
    }

    fn trace(&self, what: std::fmt::Arguments) {
        if std::env::var_os("LPHM_SIM_TRACE").is_some() {
            eprintln!("  {what}");
        }
    }

    async fn step(&mut self) -> Result<(), String> {
        let i = self.rng.random_range(0..self.laptops.len());
        let roll = self.rng.random_range(0..100);
        let what = match roll {
            0..=29 => "record",
            30..=33 => "long note",
            34..=69 => "sync",
            70..=75 => "kill",
            76..=81 => "back up",
            82..=86 => "restore",
            87..=89 => "copy",
            90..=93 => "restart server",
            94..=96 => "back up server",
            _ => "restore server",
        };
        let device = self.desk(i).device();
        self.trace(format_args!("{what} (laptop {i}, {device})"));
        match roll {
            0..=29 => {
                let n = self.rng.random_range(1..=6);
                self.record(i, n, false)
            }
            30..=33 => self.record(i, 1, true),
            34..=69 => {
                let fault = match self.rng.random_range(0..10) {
                    0 => Fault::CutRequestAfter(self.rng.random_range(1..400)),
                    1 => Fault::LoseResponse,
                    2 => Fault::CutResponseAfter(self.rng.random_range(1..300)),
                    _ => Fault::Pass,
                };
                self.sync(i, fault).await;
            }
            70..=75 => self.kill(i),
            76..=81 => {
                let backup = self.fresh_dir();
                copy_dir(&self.laptops[i].dir, &backup);
                self.laptops[i].backup = Some(backup);
            }
            82..=86 if self.laptop_restores => self.restore_laptop(i).await,
            87..=89 if self.laptop_restores => self.copy_laptop(i),
            82..=89 => self.kill(i),
            90..=93 => self.restart_server(false).await,
            94..=96 => {
                self.stop_server().await;
                let backup = self.fresh_dir();
                copy_dir(&self.server_dir, &backup);
                self.server_backup = Some(backup);
                self.start_server().await;
            }
            _ => self.restart_server(self.server_restores).await,
        }
        Ok(())
    }

    /// Records `n` events on laptop `i`, each with its own mark: a sitting of `mark`
    /// seconds, or a note starting `mark|`. (A laptop taking a new identity renumbers its
    /// unsent events, which changes their ids: the mark is what follows an event.)
    fn record(&mut self, i: usize, n: usize, long_note: bool) {
        for _ in 0..n {
            let mark = self.next_mark;
            self.next_mark += 1;
            let desk = self.desk(i);
            if long_note {
                // Near the app's limit of 32 KiB, and varied so it does not compress away.
                let text: String = format!("{mark}|")
                    .chars()
                    .chain(
                        (0..30_000)
                            .map(|j| char::from(b'a' + ((j * 7 + mark as usize) % 26) as u8)),
                    )
                    .collect();
                desk.save_note(COURSE, LESSON, &text, vec![])
                    .expect("a note is saved");
            } else {
                desk.record_time(COURSE, LESSON, mark as u32)
                    .expect("time is recorded")
                    .expect("a sitting of some seconds is recorded");
            }
            self.recorded.insert(mark);
            self.stats.events += 1;
        }
    }

    async fn sync(&mut self, i: usize, fault: Fault) {
        self.proxy.set(fault);
        let result = self.desk(i).sync_now().await;
        self.proxy.set(Fault::Pass);
        self.trace(format_args!("sync {i}: {result:?}"));
        self.stats.syncs += 1;
        match result {
            Ok(report) => {
                self.stats.forks += usize::from(report.forked);
                self.stats.rewinds += usize::from(report.rewound);
            }
            Err(_) => self.stats.failed_syncs += 1,
        }
    }

    /// The app killed (or the power cut) between two steps: every write was durable, so
    /// it reopens on what it had.
    fn kill(&mut self, i: usize) {
        let seed = self.rng.random();
        let laptop = &mut self.laptops[i];
        laptop.desk = None;
        laptop.desk = Some(open_desk(&laptop.dir, &laptop.clock, seed));
    }

    async fn restore_laptop(&mut self, i: usize) {
        let Some(backup) = self.laptops[i].backup.clone() else {
            return;
        };
        let seed = self.rng.random();
        let laptop = &mut self.laptops[i];
        laptop.desk = None;
        std::fs::remove_dir_all(&laptop.dir).unwrap();
        copy_dir(&backup, &laptop.dir);
        laptop.desk = Some(open_desk(&laptop.dir, &laptop.clock, seed));
        self.stats.laptop_restores += 1;
    }

    /// IT staff copy the laptop's folder onto a new machine, which is used from then on.
    fn copy_laptop(&mut self, i: usize) {
        if self.laptops.len() >= MAX_LAPTOPS {
            return;
        }
        let dir = self.fresh_dir();
        copy_dir(&self.laptops[i].dir, &dir);
        let offset = self.rng.random_range(-7_200_000i64..=7_200_000);
        let clock = TestClock::new(1_790_000_000_000 + offset);
        let desk = open_desk(&dir, &clock, self.rng.random());
        let name = format!("copy of {}", self.laptops[i].name);
        self.laptops.push(Laptop {
            name,
            dir,
            desk: Some(desk),
            clock_offset_ms: offset,
            backup: None,
            clock,
        });
        self.stats.copies += 1;
    }

    async fn stop_server(&mut self) {
        if let Some(s) = self.server.take() {
            s.shutdown().await.unwrap();
        }
    }

    async fn start_server(&mut self) {
        let config = ServerConfig::new(BackendConfig::Sled {
            dir: self.server_dir.clone(),
        });
        // Connections of the stopped server may let go of its database a moment later.
        for attempt in 0.. {
            match lphm_server::bind(config.clone(), self.server_addr).await {
                Ok(s) => {
                    self.server = Some(s);
                    return;
                }
                Err(e) if attempt < 500 => {
                    let _ = e;
                    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                }
                Err(e) => panic!("the server does not start again: {e}"),
            }
        }
    }

    /// Restarts the server, restoring its last backup first when `restore`.
    async fn restart_server(&mut self, restore: bool) {
        self.stop_server().await;
        if let (true, Some(backup)) = (restore, self.server_backup.clone()) {
            std::fs::remove_dir_all(&self.server_dir).unwrap();
            copy_dir(&backup, &self.server_dir);
            self.stats.server_restores += 1;
        }
        self.start_server().await;
    }

    /// The marks each replica holds now; `Err` when one holds an event twice (under two
    /// ids, or one id twice).
    async fn holdings(&self) -> Result<Vec<(String, BTreeSet<u64>)>, String> {
        let mut out = Vec::new();
        let events = self.backend().events(self.learner).await.unwrap();
        out.push(("the server".to_string(), marks("the server", &events)?));
        for l in &self.laptops {
            let desk = l.desk.as_ref().unwrap();
            let profile = desk.store().profiles().unwrap()[0].id;
            let events = desk.store().events(profile).unwrap();
            out.push((l.name.clone(), marks(&l.name, &events)?));
        }
        Ok(out)
    }

    /// Events no replica holds any more were erased by a restore: they cannot come back.
    async fn note_erased(&mut self) -> Result<(), String> {
        let held: BTreeSet<u64> = self
            .holdings()
            .await?
            .into_iter()
            .flat_map(|(_, marks)| marks)
            .collect();
        for m in &self.recorded {
            if !held.contains(m) {
                self.erased.insert(*m);
            }
        }
        Ok(())
    }

    /// The faults stop; every laptop syncs, round after round, until a round in which no
    /// laptop sent or received anything. A laptop the server refuses (its registration
    /// was lost with a restore) is enrolled again with a new code.
    async fn heal(&mut self) -> Result<(), String> {
        const ROUNDS: usize = 6;
        self.proxy.set(Fault::Pass);
        for round in 0..ROUNDS {
            let mut all_ok = true;
            for i in 0..self.laptops.len() {
                let result = self.desk(i).sync_now().await;
                self.trace(format_args!("heal {round}, sync {i}: {result:?}"));
                match result {
                    Ok(report) => {
                        self.stats.forks += usize::from(report.forked);
                        self.stats.rewinds += usize::from(report.rewound);
                        all_ok &= report.pushed == 0 && report.pulled == 0 && !report.forked;
                    }
                    Err(e) if e.code() == "sync-token-refused" => {
                        let code = self.code().await;
                        let name = self.laptops[i].name.clone();
                        self.desk(i)
                            .enroll(
                                &self.proxy.url(),
                                &code,
                                &name,
                                Some(lphm_desk::CONSENT_VERSION),
                            )
                            .await
                            .map_err(|e| format!("{name} could not enroll again: {e:?}"))?;
                        all_ok = false;
                    }
                    Err(e) if round == ROUNDS - 1 => {
                        return Err(format!(
                            "{} still fails to sync with no fault: {e:?}",
                            self.laptops[i].name
                        ))
                    }
                    Err(_) => all_ok = false,
                }
            }
            if all_ok {
                return Ok(());
            }
        }
        Err(format!(
            "the laptops still exchange events after {ROUNDS} rounds with no fault"
        ))
    }

    async fn check(&mut self) -> Result<(), String> {
        let holdings = self.holdings().await?;
        let expected: BTreeSet<u64> = self.recorded.difference(&self.erased).copied().collect();
        self.stats.lost_to_restores += self.erased.len();
        let server = &holdings[0].1;
        let missing: Vec<&u64> = expected.difference(server).collect();
        if !missing.is_empty() {
            return Err(format!(
                "the server lacks {} of {} events that still existed: {:?}",
                missing.len(),
                expected.len(),
                &missing[..missing.len().min(3)]
            ));
        }
        let unknown: Vec<&u64> = server.difference(&self.recorded).collect();
        if !unknown.is_empty() {
            return Err(format!(
                "the server holds events nobody recorded: {unknown:?}"
            ));
        }
        let server_events = self.backend().events(self.learner).await.unwrap();
        let truth = Summary::from_events(&server_events);
        for (name, ids) in &holdings[1..] {
            if ids != server {
                let lacks = server.difference(ids).count();
                let extra = ids.difference(server).count();
                return Err(format!(
                    "{name} differs from the server after healing: lacks {lacks}, holds {extra} more"
                ));
            }
        }
        for l in &self.laptops {
            let desk = l.desk.as_ref().unwrap();
            let status = desk.sync_status().unwrap();
            if status.waiting != 0 {
                return Err(format!(
                    "{} says {} waiting after healing",
                    l.name, status.waiting
                ));
            }
            let profile = desk.store().profiles().unwrap()[0].id;
            let summary = Summary::from_events(&desk.store().events(profile).unwrap());
            if summary != truth {
                return Err(format!(
                    "{} derives other progress than the server's events (clock {} ms off)",
                    l.name, l.clock_offset_ms
                ));
            }
        }
        Ok(())
    }

    async fn shutdown(&mut self) {
        for l in &mut self.laptops {
            l.desk = None;
        }
        self.stop_server().await;
    }
}

/// The mark of an event the simulation recorded: its seconds, or its note's number.
fn mark(e: &lphm_progress::Event) -> Option<u64> {
    match &e.kind {
        lphm_progress::EventKind::TimeSpent { seconds, .. } => Some(u64::from(*seconds)),
        lphm_progress::EventKind::NoteSaved { text, .. } => {
            text.split('|').next().and_then(|m| m.parse().ok())
        }
        _ => None,
    }
}

/// The marks of `events`; `Err` when one is there twice (one event stored twice, under two
/// ids after a new identity, or as two copies).
fn marks(holder: &str, events: &[lphm_progress::Event]) -> Result<BTreeSet<u64>, String> {
    let ids: BTreeSet<Uuid> = events.iter().map(|e| e.id).collect();
    if ids.len() != events.len() {
        return Err(format!("{holder} holds an event id twice"));
    }
    let mut out = BTreeSet::new();
    for e in events {
        if let Some(m) = mark(e) {
            if !out.insert(m) {
                return Err(format!("{holder} holds event {m} twice (ids differ)"));
            }
        }
    }
    Ok(out)
}

/// Runs seeds `from..from + n` on `threads` threads; prints a line per failure and a
/// summary. Returns the failures.
pub fn run_many(from: u64, n: u64, threads: usize, mix: Mix) -> (Stats, Vec<String>) {
    let next = std::sync::atomic::AtomicU64::new(from);
    let results = std::sync::Mutex::new((Stats::default(), Vec::new()));
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            scope.spawn(|| loop {
                let seed = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                if seed >= from + n {
                    break;
                }
                let outcome = std::panic::catch_unwind(|| run_mix(seed, mix)).unwrap_or_else(|p| {
                    let why = p
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    Err(format!(
                        "seed {seed}: panicked: {why}\n  replay: {}",
                        replay_command(seed)
                    ))
                });
                let mut r = results.lock().unwrap();
                match outcome {
                    Ok(stats) => r.0 += stats,
                    Err(e) => {
                        eprintln!("{e}");
                        r.1.push(e);
                    }
                }
            });
        }
    });
    results.into_inner().unwrap()
}

/// Counts per kind, for the summary line.
pub fn describe(stats: &Stats) -> BTreeMap<&'static str, usize> {
    [
        ("steps", stats.steps),
        ("events", stats.events),
        ("syncs", stats.syncs),
        ("failed syncs", stats.failed_syncs),
        ("new identities", stats.forks),
        ("full pulls after a restore", stats.rewinds),
        ("server restores", stats.server_restores),
        ("laptop restores", stats.laptop_restores),
        ("laptop copies", stats.copies),
        ("events erased by restores", stats.lost_to_restores),
    ]
    .into()
}
