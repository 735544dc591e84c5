//! What the interface receives: plain serializable views, texts already picked in the
//! learner's language (with the course's fallback where a translation is missing).

use std::collections::BTreeSet;

use lphm_content::{Manifest, ModuleManifest, QuestionKind, Quiz};
use lphm_progress::{Attempt, CourseProgress, Graded, QuizSummary, Summary};
use lphm_store::Profile;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
pub struct NewProfile {
    pub name: String,
    pub authority: String,
    pub role: String,
    pub lang: String,
}

/// Proof that a write reached the disk.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Saved {
    pub event: Uuid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Resume {
    pub course: String,
    pub lesson: String,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct AppState {
    /// Interface language.
    pub lang: String,
    /// Course content language, when the learner chose one apart from the interface.
    pub content_lang: Option<String>,
    pub languages: Vec<String>,
    pub profiles: Vec<Profile>,
    pub current: Option<Uuid>,
    pub resume: Option<Resume>,
    /// The current learner has studied on LPHM before (some progress is recorded): the
    /// catalogue says "welcome back" only then.
    pub returning: bool,
    pub data_dir: String,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ModuleBrief {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct CourseCard {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub summary: String,
    pub minutes: u32,
    pub modules: Vec<ModuleBrief>,
    pub progress: CourseProgress,
    /// The languages the course's text is written in, the fallback first.
    pub languages: Vec<String>,
    /// Where "Continue" takes the learner: the lesson they last opened in this course, or
    /// the first step after it not yet done when they completed it. `None` before they
    /// opened any lesson of it.
    pub resume: Option<Step>,
}

impl CourseCard {
    pub(crate) fn new(m: &Manifest, lang: &str, summary: &Summary) -> CourseCard {
        let fb = m.fallback_lang();
        CourseCard {
            languages: m.languages.clone(),
            resume: resume_step(m, lang, summary),
            id: m.id.clone(),
            version: m.version,
            title: m.title.pick(lang, fb).0.to_string(),
            summary: m.summary.pick(lang, fb).0.to_string(),
            minutes: m.lessons().map(|(_, l)| l.minutes).sum(),
            modules: m
                .modules
                .iter()
                .map(|md| ModuleBrief {
                    id: md.id.clone(),
                    title: md.title.pick(lang, fb).0.to_string(),
                })
                .collect(),
            progress: CourseProgress::of(m, summary),
        }
    }
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct LessonItem {
    pub id: String,
    pub title: String,
    pub minutes: u32,
    pub completed: bool,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct QuizItem {
    pub id: String,
    pub title: String,
    pub questions: usize,
    pub attempts: usize,
    pub best_percent: u32,
    pub passed: bool,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ModuleView {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub lessons: Vec<LessonItem>,
    pub quiz: Option<QuizItem>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct CourseView {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub progress: CourseProgress,
    pub modules: Vec<ModuleView>,
    /// The languages the course's text is written in, the fallback first.
    pub languages: Vec<String>,
    /// Where "Continue" takes the learner (see [`CourseCard::resume`]).
    pub resume: Option<Step>,
    /// The certificate: issued, revoked, or a statement to save once the course is
    /// complete; `None` before.
    pub certificate: Option<crate::certificates::CertificateView>,
    /// The course's pre-test, post-test and surveys, where they stand for this learner;
    /// `None` for a course without an evaluation.
    pub evaluation: Option<crate::evaluation::EvaluationView>,
}

impl CourseView {
    pub(crate) fn new(m: &Manifest, lang: &str, summary: &Summary, quizzes: &[Quiz]) -> CourseView {
        let fb = m.fallback_lang();
        let modules = m
            .modules
            .iter()
            .map(|md| ModuleView {
                id: md.id.clone(),
                title: md.title.pick(lang, fb).0.to_string(),
                summary: md.summary.pick(lang, fb).0.to_string(),
                lessons: md
                    .lessons
                    .iter()
                    .map(|l| LessonItem {
                        id: l.id.clone(),
                        title: l.title.pick(lang, fb).0.to_string(),
                        minutes: l.minutes,
                        completed: summary.is_completed(&m.id, &l.id),
                    })
                    .collect(),
                quiz: md
                    .quiz
                    .as_ref()
                    .and_then(|id| quizzes.iter().find(|q| &q.id == id))
                    .map(|q| {
                        let s = summary.quiz(&m.id, &q.id);
                        QuizItem {
                            id: q.id.clone(),
                            title: q.title.pick(lang, fb).0.to_string(),
                            questions: q.questions.len(),
                            attempts: s.map_or(0, |s| s.attempts.len()),
                            best_percent: s.map_or(0, |s| s.best_percent),
                            passed: s.is_some_and(|s| s.passed),
                        }
                    }),
            })
            .collect();
        CourseView {
            id: m.id.clone(),
            title: m.title.pick(lang, fb).0.to_string(),
            summary: m.summary.pick(lang, fb).0.to_string(),
            progress: CourseProgress::of(m, summary),
            modules,
            languages: m.languages.clone(),
            resume: resume_step(m, lang, summary),
            certificate: None,
            evaluation: None,
        }
    }
}

/// One stop on the path through a course: a lesson or a module's quiz.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Step {
    pub kind: StepKind,
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    Lesson,
    Quiz,
}

/// The study path: each module's lessons, then its quiz.
fn steps(m: &Manifest, lang: &str) -> Vec<Step> {
    let fb = m.fallback_lang();
    let mut out = Vec::new();
    for md in &m.modules {
        for l in &md.lessons {
            out.push(Step {
                kind: StepKind::Lesson,
                id: l.id.clone(),
                title: l.title.pick(lang, fb).0.to_string(),
            });
        }
        if let Some(q) = &md.quiz {
            out.push(Step {
                kind: StepKind::Quiz,
                id: q.clone(),
                title: md.title.pick(lang, fb).0.to_string(),
            });
        }
    }
    out
}

/// Where the learner stopped in course `m` (see [`CourseCard::resume`]).
fn resume_step(m: &Manifest, lang: &str, summary: &Summary) -> Option<Step> {
    let (_, _, lesson) = summary.last_opened_in.get(&m.id)?;
    let all = steps(m, lang);
    let at = all
        .iter()
        .position(|s| s.kind == StepKind::Lesson && &s.id == lesson)?;
    let done = |s: &Step| match s.kind {
        StepKind::Lesson => summary.is_completed(&m.id, &s.id),
        StepKind::Quiz => summary.quiz(&m.id, &s.id).is_some_and(|q| q.passed),
    };
    if !done(&all[at]) {
        return Some(all[at].clone());
    }
    all[at + 1..]
        .iter()
        .find(|s| !done(s))
        .unwrap_or(&all[at])
        .clone()
        .into()
}

fn neighbours(m: &Manifest, lang: &str, kind: StepKind, id: &str) -> (Option<Step>, Option<Step>) {
    let all = steps(m, lang);
    match all.iter().position(|s| s.kind == kind && s.id == id) {
        Some(i) => (
            i.checked_sub(1).map(|p| all[p].clone()),
            all.get(i + 1).cloned(),
        ),
        None => (None, None),
    }
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct LessonView {
    pub course: String,
    pub course_title: String,
    pub module: String,
    pub module_title: String,
    pub id: String,
    pub title: String,
    pub minutes: u32,
    /// Sanitized HTML: safe to insert as is.
    pub html: String,
    /// The language the lesson text is in.
    pub lang: String,
    /// True when the learner's language was missing and the course's fallback is shown.
    pub fallback: bool,
    pub completed: bool,
    /// Whether the learner bookmarked this lesson.
    pub bookmarked: bool,
    pub prev: Option<Step>,
    pub next: Option<Step>,
    /// The learner's note on this lesson.
    pub note: Option<crate::notes::NoteView>,
}

impl LessonView {
    pub(crate) fn new(
        m: &Manifest,
        module: &ModuleManifest,
        lesson: &str,
        lang: &str,
        served: String,
        html: String,
        summary: &Summary,
    ) -> LessonView {
        let fb = m.fallback_lang();
        let l = module.lessons.iter().find(|l| l.id == lesson);
        let (prev, next) = neighbours(m, lang, StepKind::Lesson, lesson);
        LessonView {
            course: m.id.clone(),
            course_title: m.title.pick(lang, fb).0.to_string(),
            module: module.id.clone(),
            module_title: module.title.pick(lang, fb).0.to_string(),
            id: lesson.to_string(),
            title: l
                .map(|l| l.title.pick(lang, fb).0.to_string())
                .unwrap_or_default(),
            minutes: l.map_or(0, |l| l.minutes),
            html,
            fallback: served != lang,
            lang: served,
            completed: summary.is_completed(&m.id, lesson),
            bookmarked: summary.bookmarked(&m.id, lesson),
            prev,
            next,
            note: summary
                .note(&m.id, lesson)
                .as_ref()
                .map(crate::notes::NoteView::of),
        }
    }
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ChoiceView {
    pub id: String,
    /// Empty for true/false answers, which the interface labels in its own language.
    pub text: String,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct QuestionView {
    pub id: String,
    pub kind: QuestionKind,
    pub prompt: String,
    pub choices: Vec<ChoiceView>,
}

#[derive(Debug, Clone, Default, Serialize, ts_rs::TS)]
pub struct QuizHistory {
    pub attempts: Vec<Attempt>,
    pub best_percent: u32,
    pub passed: bool,
}

impl QuizHistory {
    fn of(s: Option<&QuizSummary>) -> QuizHistory {
        s.map(|s| QuizHistory {
            attempts: s.attempts.clone(),
            best_percent: s.best_percent,
            passed: s.passed,
        })
        .unwrap_or_default()
    }
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct QuizView {
    pub course: String,
    pub course_title: String,
    pub module_title: String,
    pub id: String,
    pub title: String,
    pub pass_mark: u8,
    /// Attempts after which the correct answers are shown without passing; `None`: only
    /// once passed.
    pub reveal_after: Option<u32>,
    pub questions: Vec<QuestionView>,
    pub history: QuizHistory,
    pub prev: Option<Step>,
    pub next: Option<Step>,
}

/// A quiz's (or a test form's) questions as the window draws them: no answers, no
/// explanations.
pub(crate) fn question_views(q: &Quiz, lang: &str, fb: &str) -> Vec<QuestionView> {
    q.questions
        .iter()
        .map(|qu| QuestionView {
            id: qu.id.clone(),
            kind: qu.kind,
            prompt: qu.prompt.pick(lang, fb).0.to_string(),
            choices: match qu.kind {
                QuestionKind::TrueFalse => ["true", "false"]
                    .iter()
                    .map(|id| ChoiceView {
                        id: id.to_string(),
                        text: String::new(),
                    })
                    .collect(),
                _ => qu
                    .choices
                    .iter()
                    .map(|c| ChoiceView {
                        id: c.id.clone(),
                        text: c.text.pick(lang, fb).0.to_string(),
                    })
                    .collect(),
            },
        })
        .collect()
}

fn module_of_quiz<'a>(m: &'a Manifest, quiz: &str) -> Option<&'a ModuleManifest> {
    m.modules.iter().find(|md| md.quiz.as_deref() == Some(quiz))
}

impl QuizView {
    pub(crate) fn new(m: &Manifest, q: &Quiz, lang: &str, s: Option<&QuizSummary>) -> QuizView {
        let fb = m.fallback_lang();
        let (prev, next) = neighbours(m, lang, StepKind::Quiz, &q.id);
        QuizView {
            course: m.id.clone(),
            course_title: m.title.pick(lang, fb).0.to_string(),
            module_title: module_of_quiz(m, &q.id)
                .map(|md| md.title.pick(lang, fb).0.to_string())
                .unwrap_or_default(),
            id: q.id.clone(),
            title: q.title.pick(lang, fb).0.to_string(),
            pass_mark: q.pass_mark,
            reveal_after: q.reveal_after,
            questions: question_views(q, lang, fb),
            history: QuizHistory::of(s),
            prev,
            next,
        }
    }
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct QuestionFeedback {
    pub question: String,
    pub correct: bool,
    pub chosen: BTreeSet<String>,
    /// The correct choices; empty unless [`QuizOutcome::revealed`].
    pub expected: BTreeSet<String>,
    pub explanation: String,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct QuizOutcome {
    pub event: Uuid,
    pub correct: u32,
    pub total: u32,
    pub percent: u32,
    pub passed: bool,
    pub pass_mark: u8,
    /// Whether the correct choices are shown: once the quiz is passed (now or before), or
    /// after the course's `reveal_after` attempts. A learner who failed sees which answers
    /// were wrong and why, not the answer sheet to copy on the retake.
    pub revealed: bool,
    pub results: Vec<QuestionFeedback>,
    pub history: QuizHistory,
}

impl QuizOutcome {
    pub(crate) fn new(
        m: &Manifest,
        q: &Quiz,
        lang: &str,
        graded: Graded,
        saved: crate::Saved,
        s: Option<&QuizSummary>,
    ) -> QuizOutcome {
        let fb = m.fallback_lang();
        let attempts = s.map_or(0, |s| s.attempts.len());
        let revealed = graded.passed
            || s.is_some_and(|s| s.passed)
            || q.reveal_after.is_some_and(|n| attempts >= n as usize);
        QuizOutcome {
            revealed,
            event: saved.event,
            correct: graded.correct,
            total: graded.total,
            percent: graded.percent,
            passed: graded.passed,
            pass_mark: q.pass_mark,
            results: graded
                .results
                .into_iter()
                .map(|r| QuestionFeedback {
                    explanation: q
                        .questions
                        .iter()
                        .find(|qu| qu.id == r.question)
                        .map(|qu| qu.explanation.pick(lang, fb).0.to_string())
                        .unwrap_or_default(),
                    question: r.question,
                    correct: r.correct,
                    chosen: r.chosen,
                    expected: if revealed {
                        r.expected
                    } else {
                        BTreeSet::new()
                    },
                })
                .collect(),
            history: QuizHistory::of(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use lphm_content::{Manifest, Quiz};
    use lphm_progress::{grade, Answers, Attempt, QuizSummary};
    use serde_json::json;

    use super::QuizOutcome;

    fn course(reveal_after: Option<u32>) -> (Manifest, Quiz) {
        let t = |s: &str| json!({ "en": s });
        let manifest = serde_json::from_value(json!({
            "format": 1, "id": "c", "version": 1, "languages": ["en"],
            "title": t("C"), "summary": t("S"),
            "modules": [{ "id": "m", "title": t("M"), "lessons": [{ "id": "l", "title": t("L") }], "quiz": "q" }]
        }))
        .unwrap();
        let mut quiz = json!({
            "id": "q", "title": t("Q"), "pass_mark": 100,
            "questions": [
                { "id": "q1", "kind": "true_false", "prompt": t("?"), "correct": ["false"], "explanation": t("Because.") },
                { "id": "q2", "kind": "true_false", "prompt": t("?"), "correct": ["true"], "explanation": t("So.") }
            ]
        });
        if let Some(n) = reveal_after {
            quiz["reveal_after"] = json!(n);
        }
        (manifest, serde_json::from_value(quiz).unwrap())
    }

    fn answers(q1: &str, q2: &str) -> Answers {
        [("q1", q1), ("q2", q2)]
            .into_iter()
            .map(|(q, a)| (q.to_string(), BTreeSet::from([a.to_string()])))
            .collect()
    }

    /// What the learner has after `attempts` failed attempts (this one included).
    fn failed(attempts: usize) -> QuizSummary {
        QuizSummary {
            attempts: (0..attempts)
                .map(|i| Attempt {
                    id: uuid::Uuid::from_u128(i as u128),
                    at_ms: i as i64,
                    correct: 1,
                    total: 2,
                    passed: false,
                })
                .collect(),
            best_percent: 50,
            passed: false,
        }
    }

    fn outcome(reveal_after: Option<u32>, given: Answers, history: &QuizSummary) -> QuizOutcome {
        let (m, q) = course(reveal_after);
        let graded = grade(&q, &given).unwrap();
        let saved = crate::Saved {
            event: uuid::Uuid::nil(),
        };
        QuizOutcome::new(&m, &q, "en", graded, saved, Some(history))
    }

    #[test]
    fn a_failed_attempt_shows_what_was_wrong_and_why_but_not_the_answers() {
        let o = outcome(None, answers("true", "true"), &failed(1));
        assert!(!o.revealed);
        let q1 = &o.results[0];
        assert!(!q1.correct, "q1 was answered wrongly");
        assert_eq!(q1.explanation, "Because.", "the feedback is shown");
        assert!(
            o.results.iter().all(|r| r.expected.is_empty()),
            "a retake must not be a copy of the answer sheet"
        );
    }

    #[test]
    fn a_pass_reveals_the_answers() {
        let mut history = failed(1);
        history.passed = true;
        let o = outcome(None, answers("false", "true"), &history);
        assert!(o.passed && o.revealed);
        assert_eq!(o.results[0].expected, BTreeSet::from(["false".to_string()]));
    }

    #[test]
    fn the_course_can_reveal_the_answers_after_some_attempts() {
        let second = outcome(Some(3), answers("true", "true"), &failed(2));
        assert!(!second.revealed, "two attempts of three");
        let third = outcome(Some(3), answers("true", "true"), &failed(3));
        assert!(third.revealed, "the third failed attempt shows the answers");
        assert_eq!(
            third.results[0].expected,
            BTreeSet::from(["false".to_string()])
        );
    }
}
