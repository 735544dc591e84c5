//! What the workspace tests add to `lphm-test-support`: the seeded sync simulation, checks
//! that no replica holds an event twice, and the real `lphm-server` run as a process.

pub mod curriculum;
pub mod server;
pub mod sim;

use std::collections::BTreeSet;

use uuid::Uuid;

/// The set of `ids`; panics, naming `holder`, when one appears twice (nothing may be held
/// twice, on a laptop or on the server).
pub fn unique_ids(ids: &[Uuid], holder: &str) -> BTreeSet<Uuid> {
    let set: BTreeSet<Uuid> = ids.iter().copied().collect();
    assert_eq!(set.len(), ids.len(), "{holder} holds an event twice");
    set
}

/// The ids of every event `store` holds for `profile`; panics on a duplicate.
pub fn event_ids(store: &lphm_store::Store, profile: Uuid) -> BTreeSet<Uuid> {
    let ids: Vec<Uuid> = store
        .events(profile)
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    unique_ids(&ids, "the laptop")
}
