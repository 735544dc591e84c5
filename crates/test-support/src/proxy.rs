//! A TCP proxy on 127.0.0.1 that can break the next request on purpose, for testing what
//! sync does when a connection fails half-way: the request cut before it all reached the
//! server, or the server's answer lost after it stored the request.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::{eventually_async, eventually_async_every};

/// What to do to the next request that passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Forward everything.
    Pass,
    /// Forward this many bytes of the next request, then close the connection.
    CutRequestAfter(usize),
    /// Forward the next request whole, let the server answer, and close the connection
    /// instead of passing the answer on.
    LoseResponse,
    /// Forward this many bytes of the next answer (headers included), then close.
    CutResponseAfter(usize),
    /// Refuse connections (the port is closed) and cut the open ones, as an unreachable
    /// server would.
    Down,
}

#[derive(Debug)]
struct Shared {
    fault: Mutex<Fault>,
    /// Bytes from client to server and back, as forwarded.
    up: AtomicU64,
    down: AtomicU64,
}

#[derive(Debug)]
pub struct FaultyProxy {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl FaultyProxy {
    /// A proxy in front of `target`, on a free port. Must be called inside a tokio runtime.
    pub async fn start(target: SocketAddr) -> FaultyProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared {
            fault: Mutex::new(Fault::Pass),
            up: AtomicU64::new(0),
            down: AtomicU64::new(0),
        });
        let s = shared.clone();
        let task = tokio::spawn(async move {
            let mut listener = Some(listener);
            loop {
                let down = *s.fault.lock().unwrap() == Fault::Down;
                match (&listener, down) {
                    (Some(_), true) => listener = None, // closes the port
                    (None, false) => match TcpListener::bind(addr).await {
                        Ok(l) => listener = Some(l),
                        Err(_) => {
                            tokio::time::sleep(Duration::from_millis(5)).await;
                            continue;
                        }
                    },
                    _ => {}
                }
                let Some(l) = &listener else {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                    continue;
                };
                let accepted = tokio::time::timeout(Duration::from_millis(10), l.accept()).await;
                let Ok(Ok((client, _))) = accepted else {
                    continue;
                };
                let s = s.clone();
                tokio::spawn(async move {
                    if let Ok(server) = TcpStream::connect(target).await {
                        relay(client, server, s).await;
                    }
                });
            }
        });
        FaultyProxy { addr, shared, task }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Arms a fault for the next request (or, for `Down` and `Pass`, until changed).
    pub fn set(&self, fault: Fault) {
        *self.shared.fault.lock().unwrap() = fault;
    }

    /// Back to forwarding everything; returns once the port accepts connections again.
    pub async fn restore(&self) {
        self.set(Fault::Pass);
        eventually_async(Duration::from_secs(10), "the proxy to reopen", || async {
            TcpStream::connect(self.addr).await
        })
        .await;
    }

    pub fn fault(&self) -> Fault {
        *self.shared.fault.lock().unwrap()
    }

    /// Bytes forwarded so far, client to server.
    pub fn bytes_up(&self) -> u64 {
        self.shared.up.load(Ordering::SeqCst)
    }

    pub fn bytes_down(&self) -> u64 {
        self.shared.down.load(Ordering::SeqCst)
    }

    /// Arms `fault` as soon as the next answer has gone back through the proxy (polling
    /// its counters): run beside a sync, it lets the first exchange pass and breaks the
    /// one after.
    pub async fn set_after_next_answer(&self, fault: Fault) {
        let before = self.bytes_down();
        // Every millisecond: the fault must be armed before the next exchange passes.
        eventually_async_every(
            Duration::from_secs(20),
            Duration::from_millis(1),
            "an answer to pass through the proxy",
            || async { self.bytes_down() != before },
        )
        .await;
        self.set(fault);
    }
}

impl Drop for FaultyProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn relay(client: TcpStream, server: TcpStream, s: Arc<Shared>) {
    let (mut cr, mut cw) = client.into_split();
    let (mut sr, mut sw) = server.into_split();
    let up_shared = s.clone();
    let up = async move {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match cr.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            // Decide under the lock, write after it.
            let (n, cut) = {
                let mut fault = up_shared.fault.lock().unwrap();
                match *fault {
                    Fault::CutRequestAfter(left) if left <= n => {
                        *fault = Fault::Pass;
                        (left, true)
                    }
                    Fault::CutRequestAfter(left) => {
                        *fault = Fault::CutRequestAfter(left - n);
                        (n, false)
                    }
                    Fault::Down => return,
                    _ => (n, false),
                }
            };
            if cut {
                let _ = sw.write_all(&buf[..n]).await;
                up_shared.up.fetch_add(n as u64, Ordering::SeqCst);
                return; // the caller closes both sides
            }
            if sw.write_all(&buf[..n]).await.is_err() {
                return;
            }
            up_shared.up.fetch_add(n as u64, Ordering::SeqCst);
        }
    };
    let down = async move {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match sr.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            let (n, cut) = {
                let mut fault = s.fault.lock().unwrap();
                match *fault {
                    Fault::LoseResponse => {
                        *fault = Fault::Pass;
                        return;
                    }
                    Fault::Down => return,
                    Fault::CutResponseAfter(left) if left <= n => {
                        *fault = Fault::Pass;
                        (left, true)
                    }
                    Fault::CutResponseAfter(left) => {
                        *fault = Fault::CutResponseAfter(left - n);
                        (n, false)
                    }
                    _ => (n, false),
                }
            };
            if cw.write_all(&buf[..n]).await.is_err() {
                return;
            }
            s.down.fetch_add(n as u64, Ordering::SeqCst);
            if cut {
                return;
            }
        }
    };
    // Whichever direction ends first ends the connection, as a cut cable would.
    tokio::select! {
        _ = up => {}
        _ = down => {}
    }
}
