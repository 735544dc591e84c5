//! Waiting for something that happens on its own (a server starting, a background sync,
//! a file appearing): look again and again until it is so, and fail with a sentence
//! naming what never happened once a deadline passes. Tests never sleep "a bit" instead.

use std::fmt::{Debug, Display};
use std::future::Future;
use std::time::{Duration, Instant};

/// How often `eventually` and `eventually_async` look.
pub const POLL: Duration = Duration::from_millis(10);

/// What one look returns: `true`/`false`; `Some(value)` or `None`; `Ok(value)` or
/// `Err(why not yet)`, where the last `why` goes into the failure.
pub trait Outcome {
    type Value;
    /// `Ok` when done; otherwise what to say if the deadline passes now.
    fn done(self) -> Result<Self::Value, Option<String>>;
}

impl Outcome for bool {
    type Value = ();
    fn done(self) -> Result<(), Option<String>> {
        if self {
            Ok(())
        } else {
            Err(None)
        }
    }
}

impl<T> Outcome for Option<T> {
    type Value = T;
    fn done(self) -> Result<T, Option<String>> {
        self.ok_or(None)
    }
}

impl<T, E: Debug> Outcome for Result<T, E> {
    type Value = T;
    fn done(self) -> Result<T, Option<String>> {
        self.map_err(|e| Some(format!("{e:?}")))
    }
}

#[track_caller]
fn give_up(within: Duration, what: &dyn Display, why: Option<String>) -> ! {
    match why {
        None => panic!("waited {within:?} for {what}, in vain"),
        Some(why) => panic!("waited {within:?} for {what}, in vain; the last look: {why}"),
    }
}

/// Calls `look` every [`POLL`] until it reports done, and returns its value; panics,
/// naming `what`, when `within` passes first.
#[track_caller]
pub fn eventually<O: Outcome>(
    within: Duration,
    what: impl Display,
    mut look: impl FnMut() -> O,
) -> O::Value {
    let deadline = Instant::now() + within;
    loop {
        match look().done() {
            Ok(value) => return value,
            Err(why) if Instant::now() >= deadline => give_up(within, &what, why),
            Err(_) => std::thread::sleep(POLL),
        }
    }
}

/// [`eventually`] for async looks, sleeping on tokio's timer between them.
pub async fn eventually_async<O: Outcome, F: Future<Output = O>>(
    within: Duration,
    what: impl Display,
    look: impl FnMut() -> F,
) -> O::Value {
    eventually_async_every(within, POLL, what, look).await
}

/// [`eventually_async`] looking every `every`: for a watcher that must act within a
/// millisecond of the change it waits for, or, with `Duration::ZERO`, for a loop that
/// should look again at once (it only yields to other tasks in between).
pub async fn eventually_async_every<O: Outcome, F: Future<Output = O>>(
    within: Duration,
    every: Duration,
    what: impl Display,
    mut look: impl FnMut() -> F,
) -> O::Value {
    let deadline = Instant::now() + within;
    loop {
        match look().await.done() {
            Ok(value) => return value,
            Err(why) if Instant::now() >= deadline => give_up(within, &what, why),
            Err(_) if every.is_zero() => tokio::task::yield_now().await,
            Err(_) => tokio::time::sleep(every).await,
        }
    }
}
