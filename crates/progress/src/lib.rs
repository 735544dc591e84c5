//! Learner progress: recorded as events, summarised by derivation.
//!
//! An [`Event`] says what happened, to whom, on which device and when; it is never changed
//! once written. Lesson, module and course state ([`Summary`], [`CourseProgress`]) are pure
//! functions of the events, so two devices that worked offline can later merge their events
//! and agree. Progress refers to content only by stable ids.

mod clock;
mod evaluation;
mod event;
mod hlc;
mod quiz;
mod summary;

pub use clock::{Clock, SystemClock};
pub use evaluation::{check_survey_answers, first_form_by_hash, form_for, SurveyError};
pub use event::{
    Event, EventKind, Stage, SurveyAnswer, MAX_QUESTIONS, MAX_SITTING_SECONDS, MAX_SURVEY_ANSWERS,
};
pub use hlc::Hlc;
pub use quiz::{grade, percent, Answers, GradeError, Graded, QuestionResult};
pub use summary::{
    Attempt, Bookmark, CourseProgress, ModuleProgress, Note, NoteVersion, QuizSummary, Sitting,
    Summary, SurveyResponse,
};
