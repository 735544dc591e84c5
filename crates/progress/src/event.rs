//! The progress event: the unit that is stored, flushed and (later) synced.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One thing a learner did. Events are immutable and globally unique by `id`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub id: Uuid,
    /// The learner profile this belongs to.
    pub profile: Uuid,
    /// The device (laptop) that recorded it.
    pub device: Uuid,
    /// Milliseconds since the Unix epoch, from the recording device's clock.
    pub at_ms: i64,
    #[serde(flatten)]
    pub kind: EventKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    /// The learner opened a lesson; the latest one is where the app reopens.
    LessonOpened { course: String, lesson: String },
    /// The learner marked a lesson complete. Completion only ever grows.
    LessonCompleted { course: String, lesson: String },
    /// A submitted, graded quiz attempt. Every attempt is kept.
    QuizAttempted {
        course: String,
        quiz: String,
        answers: BTreeMap<String, BTreeSet<String>>,
        correct: u32,
        total: u32,
        passed: bool,
    },
    /// Seconds spent reading a lesson in one sitting.
    TimeSpent {
        course: String,
        lesson: String,
        seconds: u32,
    },
}

impl EventKind {
    pub fn course(&self) -> &str {
        match self {
            EventKind::LessonOpened { course, .. }
            | EventKind::LessonCompleted { course, .. }
            | EventKind::QuizAttempted { course, .. }
            | EventKind::TimeSpent { course, .. } => course,
        }
    }
}
