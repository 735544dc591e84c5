//! Progress from the outside: quiz grading, and the state derived from a learner's events.

mod course;
mod evaluation;
mod grade;
mod notes;
mod summary;
