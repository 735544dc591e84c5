//! The background task: syncs when events are recorded, when a connection comes back and
//! on a timer, with exponential backoff and jitter between failed attempts.

use super::*;

/// When the background task runs a sync.
#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// Wait this long after an event is recorded, so a burst goes in one request.
    pub debounce: Duration,
    /// Sync at least this often while all is well (picks up other laptops' progress).
    pub period: Duration,
    /// While offline, try to open a connection to the server this often (a TCP
    /// handshake: no request, a few hundred bytes) to notice the link coming back.
    pub probe: Duration,
    /// Backoff between failed attempts: from `min_backoff`, doubling, up to `max_backoff`,
    /// with jitter.
    pub min_backoff: Duration,
    pub max_backoff: Duration,
    /// While the server cannot be reached, a sync is tried anyway at least this often (the
    /// backoff's delay when longer), whatever the probe says.
    pub offline_fallback: Duration,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        WorkerOptions {
            debounce: Duration::from_secs(5),
            period: Duration::from_secs(10 * 60),
            probe: Duration::from_secs(1),
            min_backoff: Duration::from_secs(2),
            max_backoff: Duration::from_secs(10 * 60),
            offline_fallback: Duration::from_secs(60),
        }
    }
}

/// The background sync: runs until the returned future is dropped. `on_change` is called
/// after every attempt with the profile synced, so the shell can refresh the status.
pub async fn run_worker(
    desk: Arc<Desk>,
    options: WorkerOptions,
    on_change: impl Fn(Uuid) + Send + Sync + 'static,
) {
    use backon::BackoffBuilder;
    let backoff = || {
        backon::ExponentialBuilder::default()
            .with_min_delay(options.min_backoff)
            .with_max_delay(options.max_backoff)
            .with_jitter()
            .without_max_times()
            .build()
    };
    let mut delays = backoff();
    let wake = desk.sync_wake();
    let mut next = Duration::ZERO;
    loop {
        // Wait for the timer, or for new events (then a short pause to gather a burst).
        // Right after the link came back, go at once.
        if !next.is_zero() {
            tokio::select! {
                _ = tokio::time::sleep(next) => {}
                _ = wake.notified() => tokio::time::sleep(options.debounce).await,
            }
        }
        // A learner erased on the server is not tried again: it could only be refused.
        let profiles = desk.profiles_to_sync().unwrap_or_default();
        let mut offline_server = None;
        let mut failed = false;
        for profile in profiles {
            let result = desk.sync_profile(profile).await;
            on_change(profile);
            if let Err(e) = result {
                failed = true;
                if is_transient(&e) {
                    if let Ok(Some(en)) = desk.store.sync_record::<Enrollment>(profile, ENROLLMENT)
                    {
                        offline_server = Some(en.server);
                    }
                }
            }
        }
        if !failed {
            delays = backoff();
            next = options.period;
            continue;
        }
        let delay = delays.next().unwrap_or(options.max_backoff);
        match offline_server {
            // While the server cannot be reached, knock on its port every few seconds and
            // go as soon as it answers, however long the backoff.
            // The backoff still applies, from `offline_fallback` up, in case the probe
            // cannot see the server (a proxy in between, say). New events do not end
            // the wait: they would only fail the same way.
            Some(server) => {
                next = Duration::ZERO;
                tokio::select! {
                    _ = tokio::time::sleep(delay.max(options.offline_fallback)) => {}
                    _ = wait_until_reachable(&server, options.probe) => {}
                }
            }
            None => next = delay,
        }
    }
}

/// Returns once the link to `server` comes back: a TCP connection to its host and port
/// fails and later opens. A server that accepts connections but fails requests is left
/// to the backoff, so it is not hammered. Knocks every `every` for the first two
/// minutes, then less and less often (at most every 30 s): a long outage costs few
/// packets on a metered link where the server answers refusals.
async fn wait_until_reachable(server: &str, every: Duration) {
    let Ok(url) = reqwest::Url::parse(server) else {
        return std::future::pending().await;
    };
    let Some(host) = url.host_str().map(str::to_string) else {
        return std::future::pending().await;
    };
    let port = url.port_or_known_default().unwrap_or(443);
    let started = tokio::time::Instant::now();
    let mut seen_down = false;
    loop {
        let stretch = 1 + (started.elapsed().as_secs() / 120) as u32;
        let interval = (every * stretch).min(Duration::from_secs(30).max(every));
        let attempt = tokio::time::timeout(
            interval,
            tokio::net::TcpStream::connect((host.as_str(), port)),
        )
        .await;
        match attempt {
            Ok(Ok(_)) if seen_down => return,
            Ok(Ok(_)) => tokio::time::sleep(interval).await,
            // Refused at once: wait before knocking again.
            Ok(Err(_)) => {
                seen_down = true;
                tokio::time::sleep(interval).await;
            }
            // No answer within the interval (packets lost): the wait is already done.
            Err(_) => seen_down = true,
        }
    }
}
