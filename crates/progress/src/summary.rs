//! Summaries derived from events. Deriving is order-independent and ignores repeats of the
//! same event, so any two devices holding the same set of events derive the same state.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use lphm_content::Manifest;
use serde::Serialize;
use uuid::Uuid;

use crate::{Event, EventKind, Stage, SurveyAnswer};

/// One quiz attempt as the learner sees it in their history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Attempt {
    pub id: Uuid,
    pub at_ms: i64,
    pub correct: u32,
    pub total: u32,
    pub passed: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct QuizSummary {
    /// Oldest first.
    pub attempts: Vec<Attempt>,
    pub best_percent: u32,
    pub passed: bool,
}

/// A learner's state, derived from their events.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// `(course, lesson)` pairs marked complete.
    pub completed: BTreeSet<(String, String)>,
    /// When each pair of `completed` was last marked complete, in ms (a lesson marked on
    /// two laptops, or again later, counts at its latest marking).
    pub completed_ms: BTreeMap<(String, String), i64>,
    /// Keyed by `(course, quiz)`.
    pub quizzes: BTreeMap<(String, String), QuizSummary>,
    /// The most recently opened lesson: `(at_ms, event id, course, lesson)`.
    pub last_opened: Option<(i64, Uuid, String, String)>,
    /// The most recently opened lesson of each course: `course -> (at_ms, event id, lesson)`.
    pub last_opened_in: BTreeMap<String, (i64, Uuid, String)>,
    /// Seconds spent, keyed by `(course, lesson)`.
    pub seconds: BTreeMap<(String, String), u64>,
    /// Every saved version of every note, keyed by `(course, lesson)`, oldest first.
    pub notes: BTreeMap<(String, String), Vec<NoteVersion>>,
    /// The deciding bookmark event of each `(course, lesson)` ever bookmarked, set or
    /// removed.
    pub bookmarks: BTreeMap<(String, String), Bookmark>,
    /// The id of every event this summary was derived from (those a clearing hides too).
    pub ids: BTreeSet<Uuid>,
    /// Courses with a clearing among those events.
    pub cleared: BTreeSet<String>,
    /// The first sitting of each course's pre-test and post-test, keyed by
    /// `(course, stage)`.
    pub tests: BTreeMap<(String, Stage), Sitting>,
    /// The first answers to each survey, keyed by `(course, survey)`.
    pub surveys: BTreeMap<(String, String), SurveyResponse>,
}

/// A sitting of a course's pre-test or post-test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Sitting {
    pub id: Uuid,
    pub at_ms: i64,
    pub form: String,
    pub answers: BTreeMap<String, BTreeSet<String>>,
    pub correct: u32,
    pub total: u32,
}

impl Sitting {
    /// Rounded down, like a quiz's.
    pub fn percent(&self) -> u32 {
        crate::quiz::percent(self.correct, self.total)
    }
}

/// A learner's answers to a survey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct SurveyResponse {
    pub id: Uuid,
    pub at_ms: i64,
    pub answers: BTreeMap<String, SurveyAnswer>,
}

/// One saved version of a learner's note on a lesson.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoteVersion {
    pub id: Uuid,
    pub device: Uuid,
    pub at_ms: i64,
    pub text: String,
    #[serde(skip)]
    pub hlc: crate::Hlc,
    #[serde(skip)]
    pub bases: Vec<Uuid>,
}

/// The last word on a bookmark: the event with the greatest `(hlc, device, id)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bookmark {
    pub on: bool,
    pub at_ms: i64,
    #[serde(skip)]
    pub hlc: crate::Hlc,
    pub device: Uuid,
    pub id: Uuid,
}

impl Bookmark {
    fn key(&self) -> (crate::Hlc, Uuid, Uuid) {
        (self.hlc, self.device, self.id)
    }
}

/// A note as the learner sees it: the winning version (last writer by hybrid logical
/// clock) and any version written elsewhere without having seen it, kept for the learner
/// to merge by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub current: NoteVersion,
    /// Concurrent versions that lost, newest first. Empty when the devices agree.
    pub conflicts: Vec<NoteVersion>,
}

impl Note {
    /// The version ids a new save replaces: the current one and every conflict shown.
    pub fn heads(&self) -> Vec<Uuid> {
        std::iter::once(self.current.id)
            .chain(self.conflicts.iter().map(|v| v.id))
            .collect()
    }
}

/// Whether the clearing `clearing` covers `event` (of the same course). By causality when
/// the clearing says what its laptop held: the clearing device's own earlier events, and
/// each device's events up to the number the laptop held of it. By time for clearings
/// recorded before that rule, and for unnumbered events.
fn clears(clearing: &Event, event: &Event) -> bool {
    let EventKind::ProgressCleared { upto, .. } = &clearing.kind else {
        return false;
    };
    match upto {
        Some(upto) if event.seq > 0 => {
            (event.device == clearing.device && clearing.seq > 0 && event.seq < clearing.seq)
                || upto.get(&event.device).is_some_and(|&n| event.seq <= n)
        }
        _ => event.at_ms <= clearing.at_ms,
    }
}

impl Summary {
    pub fn from_events<'a>(events: impl IntoIterator<Item = &'a Event>) -> Summary {
        // One event per id. Two different events under one id (a laptop restored from a
        // backup or cloned, before it noticed) must not make the result depend on the
        // order they arrived in: the same one is kept everywhere.
        let mut by_id: BTreeMap<Uuid, &Event> = BTreeMap::new();
        for event in events {
            match by_id.entry(event.id) {
                std::collections::btree_map::Entry::Vacant(v) => {
                    v.insert(event);
                }
                std::collections::btree_map::Entry::Occupied(mut o) => {
                    if event != *o.get() && canonical(event) < canonical(o.get()) {
                        o.insert(event);
                    }
                }
            }
        }
        let ids: BTreeSet<Uuid> = by_id.keys().copied().collect();
        let unique: Vec<&Event> = by_id.into_values().collect();
        // What each clearing of a course covers does not count (see `clears`).
        let mut clearings: BTreeMap<&str, Vec<&Event>> = BTreeMap::new();
        for event in &unique {
            if let EventKind::ProgressCleared { course, .. } = &event.kind {
                clearings.entry(course.as_str()).or_default().push(event);
            }
        }
        let mut summary = Summary {
            ids,
            cleared: clearings.keys().map(|c| c.to_string()).collect(),
            ..Summary::default()
        };
        for event in unique {
            // Tests and surveys evaluate the course, they are not progress through it.
            let evaluation = matches!(
                event.kind,
                EventKind::TestTaken { .. } | EventKind::SurveyAnswered { .. }
            );
            let hidden = !evaluation
                && clearings
                    .get(event.kind.course())
                    .is_some_and(|cs| cs.iter().any(|c| clears(c, event)));
            if !hidden {
                summary.apply(event);
            }
        }
        for quiz in summary.quizzes.values_mut() {
            quiz.attempts.sort_by_key(|a| (a.at_ms, a.id));
        }
        for versions in summary.notes.values_mut() {
            versions.sort_by_key(|v| (v.hlc, v.device, v.id));
        }
        summary
    }

    /// Adds one more event, as if the summary had been derived with it: the same result as
    /// [`Summary::from_events`] over all of them, without reading them all again. Refuses
    /// (returns `false`, changing nothing) what needs the whole log: a clearing, an event
    /// of a course that has one, and an id already counted (the same event again, or a
    /// different one under that id). The caller then derives the summary afresh.
    pub fn extend(&mut self, event: &Event) -> bool {
        let course = event.kind.course();
        if matches!(event.kind, EventKind::ProgressCleared { .. })
            || self.cleared.contains(course)
            || self.ids.contains(&event.id)
        {
            return false;
        }
        self.ids.insert(event.id);
        self.apply(event);
        // Keep the orders from_events leaves.
        match &event.kind {
            EventKind::QuizAttempted { quiz, .. } => {
                if let Some(q) = self.quizzes.get_mut(&(course.to_string(), quiz.clone())) {
                    q.attempts.sort_by_key(|a| (a.at_ms, a.id));
                }
            }
            EventKind::NoteSaved { lesson, .. } => {
                if let Some(v) = self.notes.get_mut(&(course.to_string(), lesson.clone())) {
                    v.sort_by_key(|v| (v.hlc, v.device, v.id));
                }
            }
            _ => {}
        }
        true
    }

    fn apply(&mut self, event: &Event) {
        match &event.kind {
            EventKind::LessonOpened { course, lesson } => {
                let candidate = (event.at_ms, event.id, course.clone(), lesson.clone());
                if self
                    .last_opened
                    .as_ref()
                    .is_none_or(|cur| (cur.0, cur.1) < (candidate.0, candidate.1))
                {
                    self.last_opened = Some(candidate);
                }
                let in_course = (event.at_ms, event.id, lesson.clone());
                match self.last_opened_in.get_mut(course) {
                    Some(cur) if (cur.0, cur.1) >= (in_course.0, in_course.1) => {}
                    Some(cur) => *cur = in_course,
                    None => {
                        self.last_opened_in.insert(course.clone(), in_course);
                    }
                }
            }
            EventKind::LessonCompleted { course, lesson } => {
                let key = (course.clone(), lesson.clone());
                let at = self.completed_ms.entry(key.clone()).or_insert(event.at_ms);
                *at = (*at).max(event.at_ms);
                self.completed.insert(key);
            }
            EventKind::QuizAttempted {
                course,
                quiz,
                correct,
                total,
                passed,
                ..
            } => {
                let q = self
                    .quizzes
                    .entry((course.clone(), quiz.clone()))
                    .or_default();
                let percent = crate::quiz::percent(*correct, *total);
                q.best_percent = q.best_percent.max(percent);
                q.passed |= passed;
                q.attempts.push(Attempt {
                    id: event.id,
                    at_ms: event.at_ms,
                    correct: *correct,
                    total: *total,
                    passed: *passed,
                });
            }
            EventKind::TimeSpent {
                course,
                lesson,
                seconds,
            } => {
                *self
                    .seconds
                    .entry((course.clone(), lesson.clone()))
                    .or_default() += u64::from(*seconds);
            }
            EventKind::NoteSaved {
                course,
                lesson,
                text,
                hlc,
                bases,
            } => {
                self.notes
                    .entry((course.clone(), lesson.clone()))
                    .or_default()
                    .push(NoteVersion {
                        id: event.id,
                        device: event.device,
                        at_ms: event.at_ms,
                        text: text.clone(),
                        hlc: *hlc,
                        bases: bases.clone(),
                    });
            }
            EventKind::BookmarkSet {
                course,
                lesson,
                on,
                hlc,
            } => {
                let new = Bookmark {
                    on: *on,
                    at_ms: event.at_ms,
                    hlc: *hlc,
                    device: event.device,
                    id: event.id,
                };
                match self.bookmarks.get_mut(&(course.clone(), lesson.clone())) {
                    Some(cur) if cur.key() >= new.key() => {}
                    Some(cur) => *cur = new,
                    None => {
                        self.bookmarks.insert((course.clone(), lesson.clone()), new);
                    }
                }
            }
            EventKind::ProgressCleared { .. } => {}
            EventKind::TestTaken {
                course,
                stage,
                form,
                answers,
                correct,
                total,
            } => {
                let new = Sitting {
                    id: event.id,
                    at_ms: event.at_ms,
                    form: form.clone(),
                    answers: answers.clone(),
                    correct: *correct,
                    total: *total,
                };
                match self.tests.get_mut(&(course.clone(), *stage)) {
                    Some(cur) if (cur.at_ms, cur.id) <= (new.at_ms, new.id) => {}
                    Some(cur) => *cur = new,
                    None => {
                        self.tests.insert((course.clone(), *stage), new);
                    }
                }
            }
            EventKind::SurveyAnswered {
                course,
                survey,
                answers,
            } => {
                let new = SurveyResponse {
                    id: event.id,
                    at_ms: event.at_ms,
                    answers: answers.clone(),
                };
                match self.surveys.get_mut(&(course.clone(), survey.clone())) {
                    Some(cur) if (cur.at_ms, cur.id) <= (new.at_ms, new.id) => {}
                    Some(cur) => *cur = new,
                    None => {
                        self.surveys.insert((course.clone(), survey.clone()), new);
                    }
                }
            }
        }
    }

    /// The first sitting of a course's pre-test or post-test.
    pub fn test(&self, course: &str, stage: Stage) -> Option<&Sitting> {
        self.tests.get(&(course.to_string(), stage))
    }

    /// The first answers to a course's survey.
    pub fn survey(&self, course: &str, survey: &str) -> Option<&SurveyResponse> {
        self.surveys.get(&(course.to_string(), survey.to_string()))
    }

    /// Whether the learner has bookmarked this lesson.
    pub fn bookmarked(&self, course: &str, lesson: &str) -> bool {
        self.bookmarks
            .get(&(course.to_string(), lesson.to_string()))
            .is_some_and(|b| b.on)
    }

    /// The learner's note on a lesson: last writer wins by `(hlc, device, id)`, the same
    /// on every device; versions that no later save replaced are listed as conflicts.
    pub fn note(&self, course: &str, lesson: &str) -> Option<Note> {
        let versions = self.notes.get(&(course.to_string(), lesson.to_string()))?;
        // Sorted by (hlc, device, id) in from_events: the last one wins.
        let current = versions.last()?.clone();
        let replaced: HashSet<Uuid> = versions.iter().flat_map(|v| v.bases.clone()).collect();
        let mut conflicts: Vec<NoteVersion> = versions
            .iter()
            .filter(|v| v.id != current.id && !replaced.contains(&v.id))
            .cloned()
            .collect();
        conflicts.reverse();
        Some(Note { current, conflicts })
    }

    pub fn is_completed(&self, course: &str, lesson: &str) -> bool {
        self.completed
            .contains(&(course.to_string(), lesson.to_string()))
    }

    pub fn quiz(&self, course: &str, quiz: &str) -> Option<&QuizSummary> {
        self.quizzes.get(&(course.to_string(), quiz.to_string()))
    }

    pub fn seconds_in_course(&self, course: &str) -> u64 {
        self.seconds
            .iter()
            .filter(|((c, _), _)| c == course)
            .map(|(_, s)| *s)
            .sum()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ModuleProgress {
    pub id: String,
    pub lessons_done: u32,
    pub lessons_total: u32,
    pub has_quiz: bool,
    pub quiz_passed: bool,
}

/// Progress through one course. Items are lessons and quizzes; only items the installed
/// version of the course still has are counted, so a lesson removed by an update neither
/// counts nor breaks anything (its completion event is kept).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct CourseProgress {
    pub done: u32,
    pub total: u32,
    pub percent: u32,
    pub seconds: u64,
    pub modules: Vec<ModuleProgress>,
}

impl CourseProgress {
    /// Every lesson done and every quiz passed (a course with nothing in it is never
    /// complete).
    pub fn complete(&self) -> bool {
        self.total > 0 && self.done == self.total
    }

    /// When a complete course became complete, in ms: the latest of each lesson's
    /// completion and each quiz's first passing attempt. A lesson marked complete more
    /// than once (on two laptops, or again after its progress was cleared) counts at its
    /// latest marking, so the date is never earlier than the real one. `None` when the
    /// course is not complete. From the summary alone: no need to read the log.
    pub fn completed_at(manifest: &Manifest, summary: &Summary) -> Option<i64> {
        if !CourseProgress::of(manifest, summary).complete() {
            return None;
        }
        let course = manifest.id.as_str();
        let lessons = manifest.lessons().filter_map(|(_, l)| {
            summary
                .completed_ms
                .get(&(course.to_string(), l.id.clone()))
                .copied()
        });
        let quizzes = manifest
            .modules
            .iter()
            .filter_map(|m| m.quiz.as_deref())
            .filter_map(|q| summary.quiz(course, q))
            .filter_map(|q| {
                q.attempts
                    .iter()
                    .filter(|a| a.passed)
                    .map(|a| a.at_ms)
                    .min()
            });
        lessons.chain(quizzes).max()
    }

    pub fn of(manifest: &Manifest, summary: &Summary) -> CourseProgress {
        let course = manifest.id.as_str();
        let modules: Vec<ModuleProgress> = manifest
            .modules
            .iter()
            .map(|m| ModuleProgress {
                id: m.id.clone(),
                lessons_done: m
                    .lessons
                    .iter()
                    .filter(|l| summary.is_completed(course, &l.id))
                    .count() as u32,
                lessons_total: m.lessons.len() as u32,
                has_quiz: m.quiz.is_some(),
                quiz_passed: m
                    .quiz
                    .as_deref()
                    .and_then(|q| summary.quiz(course, q))
                    .is_some_and(|q| q.passed),
            })
            .collect();
        let done: u32 = modules
            .iter()
            .map(|m| m.lessons_done + u32::from(m.quiz_passed))
            .sum();
        let total: u32 = modules
            .iter()
            .map(|m| m.lessons_total + u32::from(m.has_quiz))
            .sum();
        CourseProgress {
            done,
            total,
            percent: (done * 100).checked_div(total).unwrap_or(0),
            seconds: summary.seconds_in_course(course),
            modules,
        }
    }
}

/// The order in which two different events sharing an id are compared: by everything they
/// hold, the same on every device (the profile is left out: each laptop files events under
/// its own).
fn canonical(e: &Event) -> (Uuid, u64, i64, String) {
    (
        e.device,
        e.seq,
        e.at_ms,
        serde_json::to_string(&e.kind).unwrap_or_default(),
    )
}
