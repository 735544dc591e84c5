//! What the dashboard needs of a learner's progress, kept beside their events so a page over
//! a thousand learners reads a thousand small records instead of millions of events.
//!
//! A [`Digest`] says which server events it covers (`upto`, the learner's `server_seq`).
//! After each push the server extends it with the new events ([`Digest::extend`]); a
//! clearing, which can hide earlier events, makes it derive the digest afresh from the whole
//! log ([`Digest::of`]). A digest behind its learner's events (a crash between the two
//! writes, a database from before digests) is caught up when it is read, so a page never
//! shows less than the events say.

use std::collections::{BTreeMap, BTreeSet};

use lphm_content::Manifest;
use lphm_progress::{
    CourseProgress, Event, EventKind, QuizSummary, Sitting, Stage, Summary, SurveyResponse,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The shape of [`Digest`] this server writes. A stored digest of another version (one
/// written before the digest knew when lessons were done) is derived again from the events
/// when it is read.
pub const VERSION: u32 = 2;

/// A learner's progress as the dashboard shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest {
    /// [`VERSION`] when derived by this server (absent, 0, before versions).
    #[serde(default)]
    pub version: u32,
    /// The learner's events covered: those numbered up to this `server_seq`.
    pub upto: u64,
    /// Events counted (each event id once).
    pub events: u64,
    /// The time of the latest event, whatever it was.
    pub last_ms: Option<i64>,
    /// Per course the learner has events in.
    pub courses: BTreeMap<String, CourseDigest>,
}

impl Default for Digest {
    /// The digest of no events.
    fn default() -> Digest {
        Digest {
            version: VERSION,
            upto: 0,
            events: 0,
            last_ms: None,
            courses: BTreeMap::new(),
        }
    }
}

/// A learner's progress in one course.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseDigest {
    /// Lessons marked complete (and not cleared since).
    pub completed: BTreeSet<String>,
    /// Per quiz.
    pub quizzes: BTreeMap<String, QuizDigest>,
    /// Seconds spent reading its lessons.
    pub seconds: u64,
    /// The learner cleared their progress in this course at least once: extending is then
    /// not enough, the digest is derived again from the log.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cleared: bool,
    /// The first pre-test sitting (a clearing does not hide tests and surveys).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre: Option<Sitting>,
    /// The first post-test sitting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<Sitting>,
    /// The first answers to each of the course's surveys.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub surveys: BTreeMap<String, SurveyResponse>,
    /// Per lesson ever marked complete, the time of its latest marking (what
    /// `CourseProgress::completed_at` counts; only lessons in `completed` matter).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub lesson_ms: BTreeMap<String, i64>,
}

impl CourseDigest {
    fn note_test(&mut self, stage: Stage, sitting: Sitting) {
        let slot = match stage {
            Stage::Pre => &mut self.pre,
            Stage::Post => &mut self.post,
        };
        if slot
            .as_ref()
            .is_none_or(|cur| (sitting.at_ms, sitting.id) < (cur.at_ms, cur.id))
        {
            *slot = Some(sitting);
        }
    }

    fn note_lesson_ms(&mut self, lesson: &str, at_ms: i64) {
        let at = self.lesson_ms.entry(lesson.to_string()).or_insert(at_ms);
        *at = (*at).max(at_ms);
    }

    fn note_survey(&mut self, survey: &str, response: SurveyResponse) {
        match self.surveys.get_mut(survey) {
            Some(cur) if (cur.at_ms, cur.id) <= (response.at_ms, response.id) => {}
            Some(cur) => *cur = response,
            None => {
                self.surveys.insert(survey.to_string(), response);
            }
        }
    }
}

/// A learner's attempts at one quiz.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizDigest {
    pub attempts: u32,
    pub best_percent: u32,
    pub passed: bool,
    /// When it was first passed (since the last clearing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed_ms: Option<i64>,
    /// The first attempt ever made (earliest time, then id), cleared or not: what the
    /// question analysis counts, before feedback could teach the answers.
    pub first: Option<FirstAttempt>,
}

/// The answers of a learner's first attempt at a quiz.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstAttempt {
    pub at_ms: i64,
    pub id: Uuid,
    /// Question id -> the choices picked.
    pub answers: BTreeMap<String, BTreeSet<String>>,
}

impl Digest {
    /// The digest of a learner's whole log, `upto` its last `server_seq`.
    pub fn of(events: &[Event], upto: u64) -> Digest {
        let summary = Summary::from_events(events);
        let mut digest = Digest {
            version: VERSION,
            upto,
            events: summary.ids.len() as u64,
            last_ms: events.iter().map(|e| e.at_ms).max(),
            courses: BTreeMap::new(),
        };
        for (course, lesson) in &summary.completed {
            digest.course(course).completed.insert(lesson.to_string());
        }
        for ((course, quiz), q) in &summary.quizzes {
            let d = digest
                .course(course)
                .quizzes
                .entry(quiz.clone())
                .or_default();
            d.attempts = q.attempts.len() as u32;
            d.best_percent = q.best_percent;
            d.passed = q.passed;
            d.passed_ms = q
                .attempts
                .iter()
                .filter(|a| a.passed)
                .map(|a| a.at_ms)
                .min();
        }
        for ((course, _), seconds) in &summary.seconds {
            digest.course(course).seconds += seconds;
        }
        for course in &summary.cleared {
            digest.course(course).cleared = true;
        }
        for ((course, stage), sitting) in &summary.tests {
            digest.course(course).note_test(*stage, sitting.clone());
        }
        for ((course, survey), response) in &summary.surveys {
            digest.course(course).note_survey(survey, response.clone());
        }
        for e in events {
            digest.course(e.kind.course());
            digest.note_first_attempt(e);
            if let EventKind::LessonCompleted { course, lesson } = &e.kind {
                digest.course(course).note_lesson_ms(lesson, e.at_ms);
            }
        }
        digest
    }

    fn course(&mut self, course: &str) -> &mut CourseDigest {
        self.courses.entry(course.to_string()).or_default()
    }

    fn note_first_attempt(&mut self, e: &Event) {
        if let EventKind::QuizAttempted {
            course,
            quiz,
            answers,
            ..
        } = &e.kind
        {
            let first = &mut self
                .course(course)
                .quizzes
                .entry(quiz.clone())
                .or_default()
                .first;
            if first
                .as_ref()
                .is_none_or(|f| (e.at_ms, e.id) < (f.at_ms, f.id))
            {
                *first = Some(FirstAttempt {
                    at_ms: e.at_ms,
                    id: e.id,
                    answers: answers
                        .iter()
                        .map(|(q, picked)| {
                            (
                                q.to_string(),
                                picked.iter().map(|c| c.to_string()).collect(),
                            )
                        })
                        .collect(),
                });
            }
        }
    }

    /// Adds one new event (numbered `server_seq`), as if the digest had been derived with
    /// it. Refuses (false, changing nothing) what needs the whole log: a clearing, and any
    /// event of a course that had one. The caller then derives the digest afresh.
    pub fn extend(&mut self, e: &Event, server_seq: u64) -> bool {
        let course = e.kind.course();
        if matches!(e.kind, EventKind::ProgressCleared { .. })
            || self.courses.get(course).is_some_and(|c| c.cleared)
        {
            return false;
        }
        self.upto = self.upto.max(server_seq);
        self.events += 1;
        self.last_ms = self.last_ms.max(Some(e.at_ms));
        self.note_first_attempt(e);
        let c = self.course(course);
        match &e.kind {
            EventKind::LessonCompleted { lesson, .. } => {
                c.completed.insert(lesson.clone());
                c.note_lesson_ms(lesson, e.at_ms);
            }
            EventKind::QuizAttempted {
                quiz,
                correct,
                total,
                passed,
                ..
            } => {
                let q = c.quizzes.entry(quiz.clone()).or_default();
                q.attempts += 1;
                q.best_percent = q.best_percent.max(lphm_progress::percent(*correct, *total));
                q.passed |= passed;
                if *passed {
                    q.passed_ms = Some(q.passed_ms.map_or(e.at_ms, |t| t.min(e.at_ms)));
                }
            }
            EventKind::TimeSpent { seconds, .. } => c.seconds += u64::from(*seconds),
            EventKind::TestTaken {
                stage,
                form,
                answers,
                correct,
                total,
                ..
            } => c.note_test(
                *stage,
                Sitting {
                    id: e.id,
                    at_ms: e.at_ms,
                    form: form.clone(),
                    answers: answers.clone(),
                    correct: *correct,
                    total: *total,
                },
            ),
            EventKind::SurveyAnswered {
                survey, answers, ..
            } => c.note_survey(
                survey,
                SurveyResponse {
                    id: e.id,
                    at_ms: e.at_ms,
                    answers: answers.clone(),
                },
            ),
            EventKind::LessonOpened { .. }
            | EventKind::NoteSaved { .. }
            | EventKind::BookmarkSet { .. }
            | EventKind::ProgressCleared { .. } => {}
        }
        true
    }

    /// When the course became complete, as `CourseProgress::completed_at` says from the
    /// events: the latest of each lesson's last marking and each quiz's first pass. `None`
    /// when it is not complete.
    pub fn completed_at(&self, manifest: &Manifest) -> Option<i64> {
        if !self.progress(manifest).complete() {
            return None;
        }
        let c = self.courses.get(&manifest.id)?;
        let lessons = c
            .completed
            .iter()
            .filter_map(|l| c.lesson_ms.get(l).copied());
        let quizzes = manifest
            .modules
            .iter()
            .filter_map(|m| m.quiz.as_deref())
            .filter_map(|q| c.quizzes.get(q)?.passed_ms);
        lessons.chain(quizzes).max()
    }

    /// The course's progress as the laptop computes it, from this digest.
    pub fn progress(&self, manifest: &Manifest) -> CourseProgress {
        let mut summary = Summary::default();
        if let Some(c) = self.courses.get(&manifest.id) {
            for lesson in &c.completed {
                summary
                    .completed
                    .insert((manifest.id.clone(), lesson.clone()));
            }
            for (quiz, q) in &c.quizzes {
                summary.quizzes.insert(
                    (manifest.id.clone(), quiz.clone()),
                    QuizSummary {
                        attempts: vec![],
                        best_percent: q.best_percent,
                        passed: q.passed,
                    },
                );
            }
            summary
                .seconds
                .insert((manifest.id.clone(), String::new()), c.seconds);
        }
        CourseProgress::of(manifest, &summary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift), so a failure can be replayed.
    struct Dice(u64);
    impl Dice {
        fn roll(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % n
        }
    }

    fn event(dice: &mut Dice, device: Uuid, seq: u64, clearings: bool) -> Event {
        let course = ["a", "b"][dice.roll(2) as usize].to_string();
        let lesson = format!("l{}", dice.roll(4));
        let quiz = format!("q{}", dice.roll(2));
        let kind = match dice.roll(if clearings { 7 } else { 6 }) {
            0 => EventKind::LessonOpened { course, lesson },
            1 | 2 => EventKind::LessonCompleted { course, lesson },
            3 => {
                let correct = dice.roll(4) as u32;
                EventKind::QuizAttempted {
                    course,
                    quiz,
                    answers: [(
                        "x".to_string(),
                        [format!("c{}", dice.roll(3))].into_iter().collect(),
                    )]
                    .into_iter()
                    .collect(),
                    correct,
                    total: 3,
                    passed: correct == 3,
                }
            }
            4 => EventKind::TimeSpent {
                course,
                lesson,
                seconds: dice.roll(600) as u32,
            },
            5 => EventKind::BookmarkSet {
                course,
                lesson,
                on: true,
                hlc: lphm_progress::Hlc::default(),
            },
            _ => EventKind::ProgressCleared { course, upto: None },
        };
        Event {
            id: Uuid::from_u128(u128::from(dice.roll(u64::MAX)) << 64 | u128::from(seq)),
            profile: Uuid::nil(),
            device,
            seq,
            at_ms: 1_700_000_000_000 + dice.roll(10_000_000) as i64,
            kind,
        }
    }

    /// Extending event by event, deriving afresh when extending refuses (as the backend
    /// does), always gives the digest of the whole log.
    #[test]
    fn extending_equals_deriving_from_the_whole_log() {
        for seed in 1..200u64 {
            let mut dice = Dice(seed * 7919);
            let devices = [Uuid::from_u128(1), Uuid::from_u128(2)];
            let clearings = seed % 3 == 0;
            let mut log = Vec::new();
            let mut digest = Digest::default();
            let mut refused = 0;
            for n in 1..=60u64 {
                let device = devices[dice.roll(2) as usize];
                let e = event(&mut dice, device, n, clearings);
                log.push(e.clone());
                if !digest.extend(&e, n) {
                    refused += 1;
                    digest = Digest::of(&log, n);
                }
                assert_eq!(digest, Digest::of(&log, n), "seed {seed}, after event {n}");
            }
            assert_eq!(
                refused > 0,
                clearings,
                "seed {seed}: clearings refuse, others extend"
            );
        }
    }

    #[test]
    fn the_first_attempt_is_the_earliest_whatever_the_order_they_arrive_in() {
        let mut dice = Dice(42);
        let d = Uuid::from_u128(9);
        let attempts: Vec<Event> = (1..=5)
            .map(|n| loop {
                let e = event(&mut dice, d, n, false);
                if matches!(e.kind, EventKind::QuizAttempted { .. }) {
                    break Event {
                        kind: EventKind::QuizAttempted {
                            course: "a".into(),
                            quiz: "q".into(),
                            answers: [("x".to_string(), [format!("c{n}")].into_iter().collect())]
                                .into_iter()
                                .collect(),
                            correct: 0,
                            total: 3,
                            passed: false,
                        },
                        ..e
                    };
                }
            })
            .collect();
        let earliest = attempts.iter().min_by_key(|e| (e.at_ms, e.id)).unwrap();
        let mut forward = Digest::default();
        let mut backward = Digest::default();
        for (i, e) in attempts.iter().enumerate() {
            assert!(forward.extend(e, i as u64 + 1));
        }
        for (i, e) in attempts.iter().rev().enumerate() {
            assert!(backward.extend(e, i as u64 + 1));
        }
        let first = |d: &Digest| d.courses["a"].quizzes["q"].first.clone().unwrap();
        assert_eq!(first(&forward), first(&backward));
        assert_eq!(first(&forward).id, earliest.id);
        assert_eq!(forward.courses["a"].quizzes["q"].attempts, 5);
    }
}
