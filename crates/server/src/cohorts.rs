//! Cohorts: a course event (for example the Antwerp course of May 2013, with officials
//! from Antwerp, Płock, Durban and Diourbel) with its courses, dates, place, facilitator
//! and participants. A participant is a learner of the server, with the city and country
//! they come from; the laptop a participant enrolls with a cohort's code syncs as that
//! learner, so their progress belongs to the cohort from then on. Coordinators see only
//! the cohorts they are given; administrators see all.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cohort {
    pub id: Uuid,
    pub name: String,
    /// Course ids the cohort studies.
    pub courses: Vec<String>,
    /// First and last day, YYYY-MM-DD (empty when not set).
    pub starts: String,
    pub ends: String,
    pub place: String,
    pub facilitator: String,
    pub created_ms: i64,
}

/// A learner in a cohort.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub cohort: Uuid,
    pub learner: Uuid,
    pub city: String,
    pub country: String,
}

/// Whether `account` may see `cohort`: an administrator always; a coordinator when the
/// cohort was given to them.
pub fn may_see(role: crate::accounts::Role, given: &[Uuid], cohort: Uuid) -> bool {
    role == crate::accounts::Role::Administrator || given.contains(&cohort)
}
