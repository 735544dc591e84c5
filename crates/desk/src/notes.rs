//! The learner's notes on lessons. A save is an event; the note shown is the last writer's
//! by hybrid logical clock, and a version another laptop saved without seeing this one is
//! shown beside it until the learner saves a version that replaces both.

use lphm_progress::{EventKind, Note};
use serde::Serialize;

use crate::{ApiError, Desk, ErrorKind, Saved};

/// Longest note, in bytes.
pub const MAX_NOTE: usize = 32 * 1024;

/// A note as the lesson page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct NoteView {
    pub text: String,
    pub saved_ms: i64,
    /// Other versions saved concurrently on another laptop, newest first.
    pub conflicts: Vec<ConflictView>,
    /// The version ids this note replaces when saved again; the interface sends them back.
    pub bases: Vec<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ConflictView {
    pub text: String,
    pub saved_ms: i64,
}

impl NoteView {
    pub(crate) fn of(note: &Note) -> NoteView {
        NoteView {
            text: note.current.text.clone(),
            saved_ms: note.current.at_ms,
            conflicts: note
                .conflicts
                .iter()
                .map(|v| ConflictView {
                    text: v.text.clone(),
                    saved_ms: v.at_ms,
                })
                .collect(),
            bases: note.heads(),
        }
    }
}

impl Desk {
    /// The current learner's note on a lesson, if they wrote one.
    pub fn note(&self, course: &str, lesson: &str) -> Result<Option<NoteView>, ApiError> {
        let profile = self.current_profile()?;
        let summary = self.summary(profile.id)?;
        Ok(summary.note(course, lesson).as_ref().map(NoteView::of))
    }

    /// Saves the learner's note on a lesson, replacing the versions in `bases` (those the
    /// learner had on screen). Returns once it is on disk.
    pub fn save_note(
        &self,
        course: &str,
        lesson: &str,
        text: &str,
        bases: Vec<uuid::Uuid>,
    ) -> Result<Saved, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        if m.module_of_lesson(lesson).is_none() {
            return Err(
                ApiError::from(ErrorKind::LessonNotFound {}).detail(format!("lesson {lesson}"))
            );
        }
        if text.len() > MAX_NOTE {
            return Err(ApiError::from(ErrorKind::NoteTooLong {
                max: MAX_NOTE as u32,
            }));
        }
        let hlc = self.tick_hlc()?;
        self.record(
            profile.id,
            EventKind::NoteSaved {
                course: course.into(),
                lesson: lesson.into(),
                text: text.to_string(),
                hlc,
                bases,
            },
        )
    }
}
