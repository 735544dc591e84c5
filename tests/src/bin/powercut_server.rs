//! The server side of the power-cut test (`tests/powercut`): the real `lphm-server` code
//! on its sled backend, in a process of its own so that the test can freeze it, cut the
//! power under it and kill it.
//!
//! - `powercut-server setup <dir>`: a learner and a one-time code; prints them as JSON.
//! - `powercut-server serve <dir> <port>`: serves on 127.0.0.1 (`0`: any free port),
//!   prints `listening <port>` once ready, and runs until killed.
//! - `powercut-server dump <dir> <learner>`: opens the database as a restarted server
//!   would and prints the learner's events as JSON: every id, in the server's order.

use std::path::PathBuf;

use lphm_server::{Backend, BackendConfig, ServerConfig};
use uuid::Uuid;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = |dir: &str| BackendConfig::Sled {
        dir: PathBuf::from(dir),
    };
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["setup", dir] => {
            let backend = Backend::open(&config(dir)).await.expect("open");
            let now = lphm_progress::Clock::now_ms(&lphm_progress::SystemClock);
            let learner = lphm_server::admin::add_learner(&backend, "Thandi", "eThekwini", now)
                .await
                .expect("learner");
            let code = lphm_server::admin::new_code(&backend, learner.id, 14, now)
                .await
                .expect("code");
            backend.close().await.expect("close");
            println!(
                "{}",
                serde_json::json!({ "learner": learner.id, "code": code })
            );
        }
        ["serve", dir, port] => {
            let addr = format!("127.0.0.1:{port}").parse().expect("port");
            let running = lphm_server::bind(ServerConfig::new(config(dir)), addr)
                .await
                .expect("serve");
            println!("listening {}", running.local_addr().port());
            running.wait().await.expect("serving");
        }
        ["dump", dir, learner] => {
            let backend = Backend::open(&config(dir)).await.expect("open");
            let learner: Uuid = learner.parse().expect("learner id");
            let events = backend.events(learner).await.expect("events");
            let ids: Vec<String> = events.iter().map(|e| e.id.to_string()).collect();
            backend.close().await.expect("close");
            println!("{}", serde_json::json!({ "ids": ids }));
        }
        _ => {
            eprintln!(
                "usage: powercut-server setup <dir> | serve <dir> <port> | dump <dir> <learner>"
            );
            std::process::exit(2);
        }
    }
}
