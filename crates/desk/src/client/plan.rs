//! What a sync does after each answer from the server, as a pure function of what it knows:
//! no store, no HTTP. [`super::exchange`] does the I/O and follows the decision.

/// At most this many new identities in one sync (each one is a history that parted).
pub(crate) const MAX_FORKS: usize = 4;

/// What a sync knows when an answer arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Answer {
    /// What the server had acknowledged of this identity's events before this exchange.
    pub acked_before: u64,
    /// Where the pull stood before this exchange.
    pub cursor_before: u64,
    /// The number of the last event this laptop recorded under this identity.
    pub last: u64,
    /// The number of the last of our events this exchange pushed, if it pushed any.
    pub sent_up_to: Option<u64>,
    /// Whether this sync already sent every event again from 1 to compare.
    pub verified: bool,
    /// New identities taken in this sync so far.
    pub forks: usize,
    /// The server's answer: what it holds of ours, where the pull is, whether it has more.
    pub acked: u64,
    pub cursor: u64,
    pub more: bool,
    /// Whether this exchange relayed others' events, and whether some are left to relay.
    pub relayed: bool,
    pub relay_left: bool,
}

/// What to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Next {
    /// Send everything again from 1: what was saved as acknowledged may be another copy's
    /// (the server was restored since, say), and the server finds where the histories part.
    Verify,
    /// The server holds more of this identity than we made, and we have more of ours to
    /// send and compare first: count `acked` as acknowledged and go on.
    Compare { acked: u64 },
    /// Take a new identity; events 1..=`keep` are the server's own copies of ours.
    Fork { keep: u64 },
    /// Save the server's word (`acked`, and the answer's cursor) and exchange again.
    Again { acked: u64 },
    /// Save the server's word: the sync is complete.
    Done { acked: u64 },
    /// Save the server's word, then stop with an error: the server took nothing and has
    /// nothing more, so it lacks an event this laptop cannot send. Looping would not help.
    Stuck { acked: u64 },
}

/// After a successful exchange.
pub(crate) fn after_answer(a: &Answer) -> Next {
    if a.acked > a.last && a.forks < MAX_FORKS {
        // The server holds more events of this identity than we ever made: this laptop was
        // restored from a backup, or a laptop copied from it synced. Once all of ours were
        // sent again and found the same there, take a new identity.
        if !a.verified && a.acked_before > 0 {
            return Next::Verify;
        }
        return match a.sent_up_to {
            Some(up) if up < a.last => Next::Compare { acked: up },
            _ => Next::Fork { keep: a.last },
        };
    }
    // It can never hold more than we made.
    let acked = a.acked.min(a.last);
    let more_to_push = acked < a.last || a.relay_left;
    let progressed = (acked, a.cursor) != (a.acked_before, a.cursor_before) || a.relayed;
    if !a.more && !more_to_push {
        Next::Done { acked }
    } else if !progressed && !a.more {
        Next::Stuck { acked }
    } else {
        Next::Again { acked }
    }
}

/// After the server said it holds one of the pushed events with other contents
/// (`sync-device-forked`, naming the first such number `seq`). `None`: give up and report
/// the error (too many new identities in one sync).
pub(crate) fn after_forked(
    acked_before: u64,
    verified: bool,
    forks: usize,
    seq: Option<u64>,
) -> Option<Next> {
    if forks >= MAX_FORKS {
        return None;
    }
    if !verified && acked_before > 0 {
        return Some(Next::Verify);
    }
    // Ours up to the first event the server holds otherwise are its too.
    Some(Next::Fork {
        keep: seq.map_or(0, |s| s.saturating_sub(1)),
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn answer() -> impl Strategy<Value = Answer> {
        (
            (0u64..6, 0u64..6, 0u64..6, prop::option::of(0u64..6)),
            (any::<bool>(), 0usize..6, 0u64..8, 0u64..6),
            (any::<bool>(), any::<bool>(), any::<bool>()),
        )
            .prop_map(
                |(
                    (acked_before, cursor_before, last, sent_up_to),
                    (verified, forks, acked, cursor),
                    (more, relayed, relay_left),
                )| Answer {
                    acked_before: acked_before.min(last),
                    cursor_before,
                    last,
                    sent_up_to: sent_up_to.map(|s| s.min(last)),
                    verified,
                    forks,
                    acked,
                    cursor,
                    more,
                    relayed,
                    relay_left,
                },
            )
    }

    proptest! {
        /// A sync ends only when nothing is left either way, and never counts as
        /// acknowledged more than this laptop made.
        #[test]
        fn done_only_when_nothing_is_left(a in answer()) {
            match after_answer(&a) {
                Next::Done { acked } => {
                    prop_assert!(!a.more && !a.relay_left && acked == a.last);
                }
                Next::Again { acked } | Next::Stuck { acked } | Next::Compare { acked } => {
                    prop_assert!(acked <= a.last);
                }
                Next::Fork { keep } => prop_assert!(keep <= a.last),
                Next::Verify => prop_assert!(!a.verified && a.acked_before > 0),
            }
        }

        /// An exchange that moved nothing, with nothing more coming, stops with an error
        /// rather than loop for ever; one that moved something goes on.
        #[test]
        fn no_progress_stops_progress_goes_on(a in answer()) {
            let next = after_answer(&a);
            let acked = a.acked.min(a.last);
            let moved = (acked, a.cursor) != (a.acked_before, a.cursor_before) || a.relayed;
            if a.acked <= a.last && (a.more || moved) && !matches!(next, Next::Done { .. }) {
                prop_assert_eq!(next, Next::Again { acked });
            }
            if matches!(next, Next::Stuck { .. }) {
                prop_assert!(!a.more && !moved);
            }
        }

        /// New identities are bounded: after MAX_FORKS, a server that holds more of this
        /// identity than we made is no longer a reason to take another.
        #[test]
        fn forks_are_bounded(a in answer()) {
            if a.forks >= MAX_FORKS {
                let next = after_answer(&a);
                let another = matches!(next, Next::Fork { .. } | Next::Verify | Next::Compare { .. });
                prop_assert!(!another, "{:?} after {} new identities", next, a.forks);
                prop_assert_eq!(after_forked(a.acked_before, a.verified, a.forks, Some(3)), None);
            }
        }
    }

    #[test]
    fn a_restored_laptop_first_sends_everything_again_then_compares_then_forks() {
        let base = Answer {
            acked_before: 3,
            cursor_before: 0,
            last: 5,
            sent_up_to: Some(5),
            verified: false,
            forks: 0,
            acked: 9,
            cursor: 0,
            more: false,
            relayed: false,
            relay_left: false,
        };
        assert_eq!(after_answer(&base), Next::Verify);
        let verified = Answer {
            verified: true,
            acked_before: 0,
            sent_up_to: Some(2),
            ..base
        };
        assert_eq!(after_answer(&verified), Next::Compare { acked: 2 });
        let all_sent = Answer {
            sent_up_to: Some(5),
            ..verified
        };
        assert_eq!(after_answer(&all_sent), Next::Fork { keep: 5 });
    }

    #[test]
    fn a_forked_answer_keeps_what_precedes_the_first_different_event() {
        assert_eq!(after_forked(4, false, 0, Some(3)), Some(Next::Verify));
        assert_eq!(
            after_forked(0, false, 0, Some(3)),
            Some(Next::Fork { keep: 2 })
        );
        assert_eq!(after_forked(4, true, 1, None), Some(Next::Fork { keep: 0 }));
        assert_eq!(after_forked(4, true, MAX_FORKS, Some(3)), None);
    }

    #[test]
    fn an_answer_that_moves_nothing_is_stuck() {
        let a = Answer {
            acked_before: 2,
            cursor_before: 7,
            last: 4,
            sent_up_to: Some(4),
            verified: false,
            forks: 0,
            acked: 2,
            cursor: 7,
            more: false,
            relayed: false,
            relay_left: false,
        };
        assert_eq!(after_answer(&a), Next::Stuck { acked: 2 });
        assert_eq!(
            after_answer(&Answer { acked: 4, ..a }),
            Next::Done { acked: 4 }
        );
        assert_eq!(
            after_answer(&Answer { more: true, ..a }),
            Next::Again { acked: 2 }
        );
    }
}
