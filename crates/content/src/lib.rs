//! Course content: what a course is, how it is loaded and how a lesson becomes safe HTML.
//!
//! Content is imported, read-only and versioned. Progress (in `lphm-progress`) refers to it
//! only through the stable ids defined here, so a new version of a course can replace the
//! old one without touching anything a learner has done.
//!
//! Every course, the built-in starter course included, enters the app through
//! [`load_course`], which reads a [`Source`] laid out as `docs/course-format.md` describes.

mod evaluation;
mod glossary;
mod load;
mod model;
mod render;

pub use evaluation::{
    load_evaluation, Applied, Evaluation, EvaluationManifest, FollowUp, PrePost, Survey,
    SurveyKind, SurveyQuestion, EVALUATION_FILE, MAX_ANSWER_CHARS, MAX_FOLLOW_UP_DAYS,
};
pub use glossary::{Glossary, Term, GLOSSARY_FILE, GLOSSARY_FORMAT, MIN_FORM_CHARS};
pub use load::{is_valid_id, load_course, ContentError, DirSource, Source};
pub use model::{
    Choice, Course, Id, LessonRef, Localized, Manifest, ModuleManifest, Question, QuestionKind,
    Quiz, FORMAT_VERSION,
};
pub use render::{
    escape_html, media_type, render_lesson, render_lesson_linked, Linker, MISSING_IMAGE_CLASS,
    TERM_CLASS,
};
