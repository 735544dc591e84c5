//! The progress event: the unit that is stored, flushed and synced.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Hlc;

/// One thing a learner did. Events are immutable and globally unique by `id`.
///
/// Each device numbers a profile's events 1, 2, 3… (`seq`), so "everything after n" names
/// exactly what a server has not acknowledged yet. New events take their `id` from
/// `(device, seq)` ([`Event::derived_id`]), which lets the sync wire format leave it out;
/// events recorded before sync existed keep the random id they were given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub id: Uuid,
    /// The learner profile this belongs to (on this laptop; the server files events by
    /// learner, and each laptop keeps them under its own profile).
    pub profile: Uuid,
    /// The device (laptop) that recorded it.
    pub device: Uuid,
    /// This event's number among the profile's events recorded on `device`, from 1.
    /// 0 only in stores written before sync, until the store upgrade numbers them.
    #[serde(default)]
    pub seq: u64,
    /// Milliseconds since the Unix epoch, from the recording device's clock.
    pub at_ms: i64,
    #[serde(flatten)]
    pub kind: EventKind,
}

impl Event {
    /// The id of the `seq`-th event `device` recorded for a profile: 16 bytes of
    /// SHA-256 over both, shaped as a version-8 UUID. Two devices never share an id.
    pub fn derived_id(device: Uuid, seq: u64) -> Uuid {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        h.update(b"lphm-event\0");
        h.update(device.as_bytes());
        h.update(seq.to_be_bytes());
        let digest = h.finalize();
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&digest[..16]);
        uuid::Builder::from_custom_bytes(bytes).into_uuid()
    }
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
    /// The learner saved their note on a lesson. The version with the greatest `hlc` is
    /// the note; versions saved elsewhere that this one did not see (not in `bases`) are
    /// kept and shown beside it, never dropped.
    NoteSaved {
        course: String,
        lesson: String,
        text: String,
        hlc: Hlc,
        /// The versions on screen when this one was written: it replaces them.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        bases: Vec<Uuid>,
    },
    /// The learner bookmarked a lesson (`on`) or removed the bookmark. The event with the
    /// greatest `(hlc, device, id)` decides, the same on every device.
    BookmarkSet {
        course: String,
        lesson: String,
        on: bool,
        hlc: Hlc,
    },
    /// The learner asked to delete their progress in a course: everything about that
    /// course that the clearing laptop held at that moment stops counting, on every device
    /// once synced. The earlier events stay in the log, so sync stays gap-free and nothing
    /// is lost by accident.
    ProgressCleared {
        course: String,
        /// What the clearing laptop held, as "events numbered up to n" per device: exactly
        /// those stop counting (and the clearing device's own events before this one), so
        /// the order is what happened before what, not the clocks'. Progress recorded
        /// after a laptop received the clearing counts at once, even where the clock is
        /// slow; work on a laptop the clearing laptop had not heard from is kept. `None`
        /// in clearings recorded before this rule: those hide the course's events up to
        /// their time.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        upto: Option<BTreeMap<Uuid, u64>>,
    },
    /// A sitting of the course's pre-test (before the first module) or post-test (after
    /// the course), in one of its two parallel forms, graded like a quiz. The first sitting
    /// of each stage counts; a clearing of the course's progress does not hide it.
    TestTaken {
        course: String,
        stage: Stage,
        form: String,
        answers: BTreeMap<String, BTreeSet<String>>,
        correct: u32,
        total: u32,
    },
    /// The learner's answers to one of the course's surveys (the reaction survey, the
    /// follow-up). Unanswered optional questions are absent. The first one counts.
    SurveyAnswered {
        course: String,
        survey: String,
        answers: BTreeMap<String, SurveyAnswer>,
    },
}

/// Which sitting of a course's test.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Before the first module: what the learner knew already.
    Pre,
    /// After the course, in the other form.
    Post,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Pre => "pre",
            Stage::Post => "post",
        }
    }
}

/// The answer to one survey question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum SurveyAnswer {
    /// 1 to the question's scale.
    Rating(u8),
    /// Free text, at most `lphm_content::MAX_ANSWER_CHARS` characters.
    Text(String),
    /// The choice ids picked (one for a `choice` question).
    Choices(BTreeSet<String>),
}

/// The most questions a survey answer may carry.
pub const MAX_SURVEY_ANSWERS: usize = 200;

/// The longest sitting counted for one lesson visit; longer ones were a laptop left open.
/// The app caps what it records here, and the server refuses more.
pub const MAX_SITTING_SECONDS: u32 = 4 * 60 * 60;
/// The most questions a quiz attempt may count.
pub const MAX_QUESTIONS: u32 = 1_000;

impl EventKind {
    /// Why this event cannot have been recorded by the app, if it cannot: an id that no
    /// course could have (`lphm_content::is_valid_id`), a sitting of no time or over
    /// [`MAX_SITTING_SECONDS`], a quiz score above its question count, more answers than
    /// questions, or more than [`MAX_QUESTIONS`]. What the server checks before storing.
    pub fn implausible(&self) -> Option<String> {
        let ids: Vec<&str> = match self {
            EventKind::LessonOpened { course, lesson }
            | EventKind::LessonCompleted { course, lesson }
            | EventKind::TimeSpent { course, lesson, .. }
            | EventKind::NoteSaved { course, lesson, .. }
            | EventKind::BookmarkSet { course, lesson, .. } => vec![course, lesson],
            EventKind::QuizAttempted { course, quiz, .. } => vec![course, quiz],
            EventKind::ProgressCleared { course, .. } => vec![course],
            EventKind::TestTaken {
                course,
                form,
                answers,
                ..
            } => std::iter::once(course)
                .chain(std::iter::once(form))
                .chain(
                    answers
                        .iter()
                        .flat_map(|(q, c)| std::iter::once(q).chain(c)),
                )
                .map(String::as_str)
                .collect(),
            EventKind::SurveyAnswered {
                course,
                survey,
                answers,
            } => std::iter::once(course)
                .chain(std::iter::once(survey))
                .chain(answers.iter().flat_map(|(q, a)| {
                    let choices: Vec<&String> = match a {
                        SurveyAnswer::Choices(c) => c.iter().collect(),
                        _ => Vec::new(),
                    };
                    std::iter::once(q).chain(choices)
                }))
                .map(String::as_str)
                .collect(),
        };
        if let Some(id) = ids.iter().find(|id| !lphm_content::is_valid_id(id)) {
            let shown: String = id.chars().take(70).collect();
            return Some(format!("{shown:?} is not a course, lesson or quiz id"));
        }
        match self {
            EventKind::TimeSpent { seconds, .. }
                if *seconds == 0 || *seconds > MAX_SITTING_SECONDS =>
            {
                Some(format!(
                    "a sitting of {seconds} s is not between 1 s and {MAX_SITTING_SECONDS} s"
                ))
            }
            EventKind::QuizAttempted {
                correct,
                total,
                answers,
                ..
            }
            | EventKind::TestTaken {
                correct,
                total,
                answers,
                ..
            } => {
                if *total == 0 || *total > MAX_QUESTIONS {
                    Some(format!(
                        "a quiz of {total} questions is not between 1 and {MAX_QUESTIONS}"
                    ))
                } else if correct > total {
                    Some(format!(
                        "{correct} correct answers out of {total} questions"
                    ))
                } else if answers.len() > *total as usize {
                    Some(format!(
                        "{} questions answered in a quiz of {total}",
                        answers.len()
                    ))
                } else {
                    None
                }
            }
            EventKind::SurveyAnswered { answers, .. } => {
                if answers.len() > MAX_SURVEY_ANSWERS {
                    return Some(format!(
                        "{} survey answers; at most {MAX_SURVEY_ANSWERS}",
                        answers.len()
                    ));
                }
                answers.values().find_map(|a| match a {
                    SurveyAnswer::Rating(r) if !(1..=10).contains(r) => {
                        Some(format!("a rating of {r} is not between 1 and 10"))
                    }
                    SurveyAnswer::Text(t) if t.chars().count() > lphm_content::MAX_ANSWER_CHARS => {
                        Some(format!(
                            "an answer of {} characters; at most {}",
                            t.chars().count(),
                            lphm_content::MAX_ANSWER_CHARS
                        ))
                    }
                    SurveyAnswer::Choices(c) if c.len() > MAX_SURVEY_ANSWERS => {
                        Some(format!("{} choices picked in one answer", c.len()))
                    }
                    _ => None,
                })
            }
            _ => None,
        }
    }

    pub fn course(&self) -> &str {
        match self {
            EventKind::LessonOpened { course, .. }
            | EventKind::LessonCompleted { course, .. }
            | EventKind::QuizAttempted { course, .. }
            | EventKind::TimeSpent { course, .. }
            | EventKind::NoteSaved { course, .. }
            | EventKind::BookmarkSet { course, .. }
            | EventKind::ProgressCleared { course, .. }
            | EventKind::TestTaken { course, .. }
            | EventKind::SurveyAnswered { course, .. } => course,
        }
    }
}
