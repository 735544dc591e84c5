//! One sync to the end: exchanges until the server holds every event recorded here and
//! this laptop every event the server has; a copied or restored laptop takes a new
//! identity (`fork`). What to do after each answer is decided by [`super::plan`].

use super::plan::{self, Next};
use super::*;

impl Desk {
    /// Syncs the current learner now (the "Sync now" button).
    pub async fn sync_now(&self) -> Result<SyncReport, ApiError> {
        let profile = self.current_profile()?;
        self.sync_profile(profile.id).await
    }

    /// Syncs `profile` until the server holds every event recorded here and this laptop
    /// holds every event the server has for the learner. The outcome is saved for
    /// [`Desk::sync_status`] either way.
    pub async fn sync_profile(&self, profile: Uuid) -> Result<SyncReport, ApiError> {
        let Some(enrollment) = self.store.sync_record::<Enrollment>(profile, ENROLLMENT)? else {
            return Err(ApiError::from(ErrorKind::SyncNotEnrolled {}));
        };
        let _one_at_a_time = self.sync_lock.lock().await;
        let mut report = SyncReport::default();
        let result = {
            // Says "syncing" until this sync ends, also when its future is dropped half-way
            // (the window closed, a timeout around it).
            let _syncing = Syncing::start(&self.syncing);
            self.sync_rounds(profile, &enrollment, &mut report).await
        };
        let mut state: SyncState = self.store.sync_record(profile, STATE)?.unwrap_or_default();
        match &result {
            Ok(()) => {
                state.last_ok_ms = Some(now_ms(self));
                state.last_error = None;
            }
            Err(e) => state.last_error = Some(e.clone()),
        }
        self.store.put_sync_record(profile, STATE, &state)?;
        if result.is_ok() {
            // Certificates the programme issued: a failure here leaves the sync a success
            // (progress went through) and the next sync asks again.
            if let Some(en) = self.store.sync_record::<Enrollment>(profile, ENROLLMENT)? {
                if let Err(e) = self.fetch_certificates(profile, &en).await {
                    eprintln!("lphm: could not fetch certificates: {e:?}");
                }
            }
        }
        result.map(|()| report)
    }

    async fn sync_rounds(
        &self,
        profile: Uuid,
        enrollment: &Enrollment,
        report: &mut SyncReport,
    ) -> Result<(), ApiError> {
        let mut enrollment = enrollment.clone();
        // Whether this sync sent all of this identity's events again, from 1, to find
        // where its history and the server's part (see `fork`).
        let mut verified = false;
        let mut forks = 0;
        // During a pull from the beginning, every (device, seq) the server sent: at its
        // end, what we hold of other devices and the server did not send, it lacks (a
        // restore erased it) and we relay it.
        let mut full_pull: Option<std::collections::HashSet<(Uuid, u64)>> = None;
        let mut relay_queue: Vec<Event> = Vec::new();
        let mut first = true;
        loop {
            let device = self.device_for(profile)?;
            let mut state: SyncState = self.store.sync_record(profile, STATE)?.unwrap_or_default();
            if first && state.relay_pending {
                // A relay cut short: find what the server lacks again.
                state.cursor = 0;
                state.check = 0;
            }
            first = false;
            let mut outbox =
                self.store
                    .events_after(profile, device, state.acked, self.sync_options.batch)?;
            // Bounded by bytes too: long notes go in several exchanges, never in one that
            // the server must refuse as too large.
            outbox.truncate(lphm_sync::wire::fitting(&outbox, protocol::BATCH_BYTES));
            let used: usize = outbox.iter().map(wire::weight).sum();
            let room = protocol::BATCH_BYTES.saturating_sub(used);
            let relay_n = if room == 0 || relay_queue.is_empty() {
                0
            } else {
                let n = wire::fitting(&relay_queue, room);
                let fits = relay_queue[..n].iter().map(wire::weight).sum::<usize>() <= room;
                if fits {
                    n.min(self.sync_options.batch.saturating_sub(outbox.len()))
                } else {
                    0
                }
            };
            let relay: Vec<Event> = relay_queue.drain(..relay_n).collect();
            if state.cursor == 0 && full_pull.is_none() {
                full_pull = Some(Default::default());
            }
            let request = SyncRequest {
                push: Block::encode(&outbox),
                pull_after: state.cursor,
                pull_limit: self.sync_options.pull_limit,
                pull_check: state.check,
                relay: Block::encode(&relay),
            };
            report.relayed += relay.len();
            let sent_up_to = outbox.last().map(|e| e.seq);
            let response = match self.exchange(&enrollment, &request, report).await {
                // The server holds one of the events we pushed with other contents: this
                // laptop is a copy or a backup of one that synced further.
                Err(e) if matches!(e.kind, ErrorKind::SyncDeviceForked { .. }) => {
                    let seq = e.context.seq;
                    match plan::after_forked(state.acked, verified, forks, seq) {
                        Some(Next::Verify) => {
                            verified = true;
                            state.acked = 0;
                            self.store.put_sync_record(profile, STATE, &state)?;
                        }
                        Some(Next::Fork { keep }) => {
                            enrollment = self.fork(profile, &enrollment, keep).await?;
                            report.forked = true;
                            forks += 1;
                        }
                        _ => return Err(e),
                    }
                    continue;
                }
                other => other?,
            };

            let pulled = response.pulled.decode(profile).map_err(|e| {
                ApiError::from(ErrorKind::SyncBadResponse {
                    server: enrollment.server.clone(),
                })
                .detail(e)
            })?;
            // Our own events never come back; if a server sent some, they are not new.
            let pulled: Vec<Event> = pulled.into_iter().filter(|e| e.device != device).collect();
            self.observe_hlc(&pulled)?;
            report.pulled += self.store.merge_events(profile, &pulled)?;
            if response.rewound {
                full_pull = Some(Default::default());
            }
            if let Some(seen) = &mut full_pull {
                seen.extend(pulled.iter().map(|e| (e.device, e.seq)));
                if !response.more {
                    relay_queue = self
                        .store
                        .events(profile)?
                        .into_iter()
                        .filter(|e| e.device != device && e.seq > 0)
                        .filter(|e| !seen.contains(&(e.device, e.seq)))
                        .collect();
                    relay_queue.sort_by_key(|e| (e.device, e.seq));
                    full_pull = None;
                }
            }
            state.relay_pending = !relay_queue.is_empty();

            let before = (state.acked, state.cursor);
            let last = self.store.last_seq(profile, device)?;
            let next = plan::after_answer(&plan::Answer {
                acked_before: state.acked,
                cursor_before: state.cursor,
                last,
                sent_up_to,
                verified,
                forks,
                acked: response.acked,
                cursor: response.cursor,
                more: response.more,
                relayed: !relay.is_empty(),
                relay_left: !relay_queue.is_empty(),
            });
            let acked = match next {
                Next::Verify => {
                    verified = true;
                    state.acked = 0;
                    self.store.put_sync_record(profile, STATE, &state)?;
                    continue;
                }
                Next::Compare { acked } => {
                    state.acked = acked;
                    self.store.put_sync_record(profile, STATE, &state)?;
                    continue;
                }
                Next::Fork { keep } => {
                    enrollment = self.fork(profile, &enrollment, keep).await?;
                    report.forked = true;
                    forks += 1;
                    continue;
                }
                Next::Again { acked } | Next::Done { acked } | Next::Stuck { acked } => acked,
            };
            // The server's word on what it holds.
            state.acked = acked;
            state.cursor = response.cursor;
            state.check = response.check;
            report.rewound |= response.rewound && before.1 > 0;
            state.clock_skew_ms = response.server_ms - now_ms(self);
            self.store.put_sync_record(profile, STATE, &state)?;
            if let Some(up_to) = sent_up_to {
                report.pushed += up_to.min(state.acked).saturating_sub(before.0) as usize;
            }
            match next {
                Next::Done { .. } => return Ok(()),
                // The server did not take what we sent and has nothing more: it is missing
                // an event we cannot send. Report rather than loop.
                Next::Stuck { .. } => {
                    return Err(ApiError::from(ErrorKind::SyncRefused {
                        server: enrollment.server.clone(),
                        status: 200,
                    })
                    .detail(format!(
                        "the server holds events up to {} only",
                        state.acked
                    )))
                }
                _ => {}
            }
        }
    }

    /// The device id `profile` records under: the laptop's, unless the profile took its
    /// own when it found the laptop's shared with a copy or a backup.
    pub(crate) fn device_for(&self, profile: Uuid) -> Result<Uuid, ApiError> {
        Ok(self
            .store
            .sync_record(profile, DEVICE)?
            .unwrap_or(self.device))
    }

    /// Takes a new identity for `profile` on the server: this laptop is a copy of another
    /// (IT staff imaged it) or was restored from a backup, so the server holds events
    /// under its identity that are not ours. Events 1..=`keep` are the server's own copies
    /// of ours and stay; ours after `keep` are given to the new identity, numbered from 1,
    /// and sent again. The cursor goes back to 0 so that the events of the old identity we
    /// lack (those the copy or our former self synced) come back like any other laptop's.
    ///
    /// The new id is derived from the old one, `keep` and the first event that moves, so
    /// the same history forked twice (a laptop restored again to a backup from before its
    /// first fork, or two copies holding the same unsent events) takes the same new
    /// identity, numbers the same events alike, and the server finds them the same instead
    /// of storing them twice. A fork cut short (a lost answer, a power cut) goes on alike.
    async fn fork(
        &self,
        profile: Uuid,
        enrollment: &Enrollment,
        keep: u64,
    ) -> Result<Enrollment, ApiError> {
        let old = self.device_for(profile)?;
        let first = self
            .store
            .events_after(profile, old, keep, 1)?
            .into_iter()
            .next();
        let new = fork_id(old, keep, first.as_ref());
        let key = self.device_key()?;
        let request = protocol::ForkRequest {
            device: new,
            device_key: hex::encode(key.verifying_key().to_bytes()),
            proof: protocol::fork_proof(&key, old, new),
        };
        let server = &enrollment.server;
        let response = self
            .http()?
            .post(format!("{server}{}/fork", protocol::V1))
            .bearer_auth(&enrollment.token)
            .timeout(self.sync_options.request_timeout * 2)
            .json(&request)
            .send()
            .await
            .map_err(|e| self.transport_failed(server, e))?;
        if !response.status().is_success() {
            return Err(refused(server, response).await);
        }
        let answer: protocol::ForkResponse = response.json().await.map_err(|e| {
            ApiError::from(ErrorKind::SyncBadResponse {
                server: server.to_string(),
            })
            .detail(e)
        })?;
        let enrollment = Enrollment {
            token: answer.token,
            ..enrollment.clone()
        };
        let json = |v: serde_json::Result<Vec<u8>>| v.map_err(lphm_store::StoreError::from);
        let records = [
            (DEVICE, json(serde_json::to_vec(&new))?),
            (ENROLLMENT, json(serde_json::to_vec(&enrollment))?),
            (STATE, json(serde_json::to_vec(&SyncState::default()))?),
        ];
        let moved = self
            .store
            .rebase_events(profile, old, keep, new, &records)?;
        eprintln!(
            "lphm: the progress on this computer was copied or restored: it continues as \
             device {new} instead of {old}; its events after {keep} ({moved}) are sent again \
             under it"
        );
        Ok(enrollment)
    }

    /// Keeps this laptop's clock for notes ahead of every note it has seen.
    fn observe_hlc(&self, events: &[Event]) -> Result<(), ApiError> {
        let seen = events
            .iter()
            .filter_map(|e| match &e.kind {
                EventKind::NoteSaved { hlc, .. } | EventKind::BookmarkSet { hlc, .. } => Some(*hlc),
                _ => None,
            })
            .max();
        if let Some(seen) = seen {
            let _guard = self.hlc_lock.lock().unwrap_or_else(|e| e.into_inner());
            let last: Hlc = self
                .store
                .sync_record(Uuid::nil(), HLC)?
                .unwrap_or_default();
            if seen > last {
                self.store
                    .put_sync_record(Uuid::nil(), HLC, &Hlc::observe(last, seen))?;
            }
        }
        Ok(())
    }

    /// The next timestamp for a note saved here.
    pub(crate) fn tick_hlc(&self) -> Result<Hlc, ApiError> {
        let _guard = self.hlc_lock.lock().unwrap_or_else(|e| e.into_inner());
        let last: Hlc = self
            .store
            .sync_record(Uuid::nil(), HLC)?
            .unwrap_or_default();
        let next = Hlc::tick(last, now_ms(self));
        self.store.put_sync_record(Uuid::nil(), HLC, &next)?;
        Ok(next)
    }
}

/// The identity a fork of `old` takes, keeping its events 1..=`keep`, whose first moved
/// event is `first`: 16 bytes of SHA-256 over them, shaped as a version-8 UUID.
fn fork_id(old: Uuid, keep: u64, first: Option<&Event>) -> Uuid {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(b"lphm-fork\0");
    h.update(old.as_bytes());
    h.update(keep.to_be_bytes());
    if let Some(e) = first {
        h.update(e.at_ms.to_be_bytes());
        h.update(serde_json::to_vec(&e.kind).unwrap_or_default());
    }
    let digest = h.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes).into_uuid()
}

/// Holds the desk's `syncing` flag up while it lives.
struct Syncing<'a>(&'a std::sync::atomic::AtomicBool);

impl<'a> Syncing<'a> {
    fn start(flag: &'a std::sync::atomic::AtomicBool) -> Syncing<'a> {
        flag.store(true, Ordering::SeqCst);
        Syncing(flag)
    }
}

impl Drop for Syncing<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::SeqCst);
    }
}
