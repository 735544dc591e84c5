//! A course's evaluation on the laptop: the pre-test before the first module, the
//! post-test after the last (in the other parallel form), the reaction survey once the
//! course is complete, and the follow-up survey `after_days` after completion. Where each
//! stands for the learner, the questions to answer, and recording the answers as one
//! `TestTaken` or `SurveyAnswered` event.
//!
//! Which form a learner takes first: the server's choice kept with the enrollment, else a
//! hash of the learner's id on the server, else a hash of the profile's id (never
//! enrolled). The post-test is always the form the pre-test was not taken in.

use std::collections::BTreeMap;

use lphm_content::{Evaluation, Manifest, Quiz, SurveyKind, MAX_ANSWER_CHARS};
use lphm_progress::{
    check_survey_answers, first_form_by_hash, form_for, grade, CourseProgress, EventKind,
    GradeError, Sitting, Stage, Summary, SurveyAnswer, SurveyError,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::views::{question_views, ChoiceView, QuestionFeedback, QuestionView};
use crate::{content_lang, ApiError, Desk, ErrorKind, Profile};

/// One day, in milliseconds: the follow-up's `after_days` counts these from completion.
pub const DAY_MS: i64 = 86_400_000;

/// Where one step of the evaluation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum StepState {
    /// Not yet: the post-test and the reaction survey until the course is complete, the
    /// follow-up until the course is complete (it has no date yet).
    Locked,
    /// To take now.
    Offered,
    /// The follow-up: the course is complete, the survey comes at `due_ms`.
    Waiting,
    /// A test taken.
    Taken,
    /// A survey answered.
    Answered,
    /// The pre-test, once lessons were completed without it: it would no longer measure
    /// what the learner knew before.
    Closed,
}

/// A test's score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct TestScore {
    /// "A" or "B": the parallel form taken.
    pub form: String,
    pub correct: u32,
    pub total: u32,
    pub percent: u32,
    pub at_ms: i64,
}

impl TestScore {
    fn of(e: &Evaluation, s: &Sitting) -> TestScore {
        TestScore {
            form: form_label(e, &s.form),
            correct: s.correct,
            total: s.total,
            percent: s.percent(),
            at_ms: s.at_ms,
        }
    }
}

/// The pre-test or the post-test on the course page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct TestStep {
    pub stage: Stage,
    pub state: StepState,
    /// How many questions the form has.
    pub questions: u32,
    pub score: Option<TestScore>,
    /// The post-test's percent minus the pre-test's, in points, when both were taken.
    pub gain: Option<i32>,
}

/// A survey on the course page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SurveyStep {
    pub which: Which,
    pub title: String,
    pub state: StepState,
    /// When it was answered.
    pub answered_ms: Option<i64>,
    /// The follow-up: when it becomes due (completion plus the course's days).
    pub due_ms: Option<i64>,
}

/// A course's evaluation for one learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct EvaluationView {
    pub course: String,
    pub pre: Option<TestStep>,
    pub post: Option<TestStep>,
    pub reaction: Option<SurveyStep>,
    pub follow_up: Option<SurveyStep>,
}

/// Which of a course's surveys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Which {
    /// When the course is complete: what the learner thought of it.
    Reaction,
    /// Some time later: whether and how it was applied at work.
    FollowUp,
}

/// A test to take: the form's questions, without their answers.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TestView {
    pub course: String,
    pub course_title: String,
    pub stage: Stage,
    /// "A" or "B".
    pub form: String,
    pub questions: Vec<QuestionView>,
}

/// A test submitted: its score, and after the post-test the pre-test's score, the gain
/// and which answers were right. The pre-test shows the score only: the learner meets the
/// same subjects in the course, and the answers would teach the post-test.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TestOutcome {
    pub event: Uuid,
    pub stage: Stage,
    pub score: TestScore,
    pub pre: Option<TestScore>,
    pub gain: Option<i32>,
    /// Empty after the pre-test.
    pub results: Vec<QuestionFeedback>,
}

/// One question of a survey, in the learner's language.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SurveyQuestionView {
    pub id: String,
    pub kind: SurveyKind,
    pub prompt: String,
    pub optional: bool,
    pub choices: Vec<ChoiceView>,
    /// A rating's highest value (0 for other kinds).
    pub scale: u8,
    /// What 1 and `scale` mean, for a rating.
    pub low: String,
    pub high: String,
}

/// A survey to answer.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SurveyView {
    pub course: String,
    pub course_title: String,
    pub which: Which,
    pub title: String,
    pub intro: String,
    pub questions: Vec<SurveyQuestionView>,
    /// The longest text answer, in characters.
    pub max_chars: u32,
}

/// A follow-up survey waiting for the learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FollowUpDue {
    pub course: String,
    pub course_title: String,
    pub due_ms: i64,
}

/// Survey answers as the window sends them, by question id.
pub type SurveyAnswers = BTreeMap<String, SurveyAnswer>;

/// "A" for a course's first form, "B" for its second.
fn form_label(e: &Evaluation, form: &str) -> String {
    match e.forms.iter().position(|f| f.id == form) {
        Some(0) => "A".into(),
        Some(_) => "B".into(),
        None => "?".into(),
    }
}

fn gain(pre: Option<&Sitting>, post: Option<&Sitting>) -> Option<i32> {
    Some(post?.percent() as i32 - pre?.percent() as i32)
}

/// What the desk knows of one learner and one course, to decide every step.
struct Standing<'a> {
    m: &'a Manifest,
    e: &'a Evaluation,
    summary: &'a Summary,
    /// When the course became complete, if it is.
    completed_at: Option<i64>,
    now: i64,
}

impl Standing<'_> {
    fn started(&self) -> bool {
        self.m
            .lessons()
            .any(|(_, l)| self.summary.is_completed(&self.m.id, &l.id))
    }

    fn test_state(&self, stage: Stage) -> StepState {
        if self.summary.test(&self.m.id, stage).is_some() {
            return StepState::Taken;
        }
        match stage {
            Stage::Pre if self.started() => StepState::Closed,
            Stage::Pre => StepState::Offered,
            Stage::Post if self.completed_at.is_some() => StepState::Offered,
            Stage::Post => StepState::Locked,
        }
    }

    fn due_ms(&self) -> Option<i64> {
        let days = self.e.manifest.follow_up.as_ref()?.after_days;
        Some(self.completed_at? + i64::from(days) * DAY_MS)
    }

    fn survey_state(&self, which: Which) -> StepState {
        let Some(survey) = survey_of(self.e, which) else {
            return StepState::Locked;
        };
        if self.summary.survey(&self.m.id, &survey.id).is_some() {
            return StepState::Answered;
        }
        match (which, self.completed_at, self.due_ms()) {
            (_, None, _) => StepState::Locked,
            (Which::Reaction, Some(_), _) => StepState::Offered,
            (Which::FollowUp, Some(_), Some(due)) if self.now >= due => StepState::Offered,
            (Which::FollowUp, Some(_), _) => StepState::Waiting,
        }
    }

    fn view(&self, lang: &str) -> EvaluationView {
        let course = self.m.id.as_str();
        let fb = self.m.fallback_lang();
        let has_tests = self.e.manifest.pre_post.is_some() && self.e.forms.len() == 2;
        let test = |stage: Stage| {
            has_tests.then(|| {
                let sitting = self.summary.test(course, stage);
                TestStep {
                    stage,
                    state: self.test_state(stage),
                    questions: self.e.forms[0].questions.len() as u32,
                    score: sitting.map(|s| TestScore::of(self.e, s)),
                    gain: match stage {
                        Stage::Pre => None,
                        Stage::Post => gain(self.summary.test(course, Stage::Pre), sitting),
                    },
                }
            })
        };
        let survey = |which: Which| {
            survey_of(self.e, which).map(|s| SurveyStep {
                which,
                title: s.title.pick(lang, fb).0.to_string(),
                state: self.survey_state(which),
                answered_ms: self.summary.survey(course, &s.id).map(|r| r.at_ms),
                due_ms: match which {
                    Which::Reaction => None,
                    Which::FollowUp => self.due_ms(),
                },
            })
        };
        EvaluationView {
            course: course.to_string(),
            pre: test(Stage::Pre),
            post: test(Stage::Post),
            reaction: survey(Which::Reaction),
            follow_up: survey(Which::FollowUp),
        }
    }
}

fn survey_of(e: &Evaluation, which: Which) -> Option<&lphm_content::Survey> {
    match which {
        Which::Reaction => e.reaction(),
        Which::FollowUp => e.follow_up().map(|(s, _)| s),
    }
}

impl Desk {
    fn evaluation_of(&self, m: &Manifest) -> Result<Evaluation, ApiError> {
        self.store.evaluation(m)?.ok_or_else(|| {
            ApiError::from(ErrorKind::EvaluationNone {}).detail(format!("course {}", m.id))
        })
    }

    /// Which of the two forms (0 or 1) `profile` takes as pre-test: the server's choice,
    /// else a hash of the learner's id on the server, else of the profile's id.
    pub(crate) fn first_form(&self, profile: Uuid) -> Result<u8, ApiError> {
        Ok(match self.enrollment_of(profile)? {
            Some(e) => e
                .first_form
                .unwrap_or_else(|| first_form_by_hash(e.learner)),
            None => first_form_by_hash(profile),
        })
    }

    /// The form `profile` takes at `stage`.
    fn form_at<'e>(
        &self,
        profile: Uuid,
        e: &'e Evaluation,
        summary: &Summary,
        course: &str,
        stage: Stage,
    ) -> Result<&'e Quiz, ApiError> {
        let ids: Vec<String> = e.forms.iter().map(|f| f.id.clone()).collect();
        let pre = summary.test(course, Stage::Pre).map(|s| s.form.as_str());
        form_for(&ids, self.first_form(profile)?, stage, pre)
            .and_then(|id| e.form(id))
            .ok_or_else(|| {
                ApiError::from(ErrorKind::EvaluationNone {}).detail(format!("course {course}"))
            })
    }

    fn standing<'a>(
        &self,
        m: &'a Manifest,
        e: &'a Evaluation,
        summary: &'a Summary,
    ) -> Standing<'a> {
        Standing {
            m,
            e,
            summary,
            completed_at: CourseProgress::completed_at(m, summary),
            now: self.clock.now_ms(),
        }
    }

    /// Where `course`'s evaluation stands for `profile` (`None`: the course has none).
    pub(crate) fn evaluation_view(
        &self,
        profile: &Profile,
        m: &Manifest,
        summary: &Summary,
    ) -> Result<Option<EvaluationView>, ApiError> {
        let Some(e) = self.store.evaluation(m)? else {
            return Ok(None);
        };
        Ok(Some(
            self.standing(m, &e, summary).view(content_lang(profile)),
        ))
    }

    /// Where `course`'s pre-test, post-test and surveys stand for the current learner.
    pub fn evaluation(&self, course: &str) -> Result<EvaluationView, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        let summary = self.summary(profile.id)?;
        self.evaluation_view(&profile, &m, &summary)?
            .ok_or_else(|| {
                ApiError::from(ErrorKind::EvaluationNone {}).detail(format!("course {course}"))
            })
    }

    /// The pre-test or post-test to take, without its answers; refused when it is not
    /// offered (closed, locked) or was taken already.
    pub fn test(&self, course: &str, stage: Stage) -> Result<TestView, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        let e = self.evaluation_of(&m)?;
        let summary = self.summary(profile.id)?;
        self.check_test_offered(&m, &e, &summary, stage)?;
        let form = self.form_at(profile.id, &e, &summary, course, stage)?;
        let lang = content_lang(&profile);
        let fb = m.fallback_lang();
        Ok(TestView {
            course: m.id.clone(),
            course_title: m.title.pick(lang, fb).0.to_string(),
            stage,
            form: form_label(&e, &form.id),
            questions: question_views(form, lang, fb),
        })
    }

    fn check_test_offered(
        &self,
        m: &Manifest,
        e: &Evaluation,
        summary: &Summary,
        stage: Stage,
    ) -> Result<(), ApiError> {
        match self.standing(m, e, summary).test_state(stage) {
            StepState::Offered => Ok(()),
            StepState::Taken => Err(ApiError::from(ErrorKind::TestAlreadyTaken {})),
            StepState::Closed => Err(ApiError::from(ErrorKind::TestClosed {})),
            _ => Err(ApiError::from(ErrorKind::TestLocked {})),
        }
    }

    /// Grades and records a sitting of the pre-test or post-test, as one `TestTaken`
    /// event, on disk before this returns. With questions unanswered, or once taken,
    /// nothing is recorded.
    pub fn submit_test(
        &self,
        course: &str,
        stage: Stage,
        answers: lphm_progress::Answers,
    ) -> Result<TestOutcome, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        let e = self.evaluation_of(&m)?;
        let _one = self.evaluating.lock().unwrap_or_else(|p| p.into_inner());
        let summary = self.summary(profile.id)?;
        self.check_test_offered(&m, &e, &summary, stage)?;
        let form = self.form_at(profile.id, &e, &summary, course, stage)?;
        let graded = match grade(form, &answers) {
            Ok(g) => g,
            Err(GradeError::Unanswered { questions }) => {
                let mut e = ApiError::from(ErrorKind::TestUnanswered {
                    count: questions.len() as u32,
                });
                e.context.questions = questions;
                return Err(e);
            }
            Err(err) => return Err(ApiError::from(ErrorKind::TestInvalidAnswer {}).detail(err)),
        };
        let saved = self.record(
            profile.id,
            EventKind::TestTaken {
                course: course.into(),
                stage,
                form: form.id.clone(),
                answers,
                correct: graded.correct,
                total: graded.total,
            },
        )?;
        let summary = self.summary(profile.id)?;
        let sitting = summary.test(course, stage);
        let pre = summary.test(course, Stage::Pre);
        let lang = content_lang(&profile);
        let fb = m.fallback_lang();
        Ok(TestOutcome {
            event: saved.event,
            stage,
            score: TestScore {
                form: form_label(&e, &form.id),
                correct: graded.correct,
                total: graded.total,
                percent: graded.percent,
                at_ms: sitting.map_or(0, |s| s.at_ms),
            },
            pre: match stage {
                Stage::Pre => None,
                Stage::Post => pre.map(|s| TestScore::of(&e, s)),
            },
            gain: match stage {
                Stage::Pre => None,
                Stage::Post => gain(pre, sitting),
            },
            results: match stage {
                Stage::Pre => Vec::new(),
                Stage::Post => graded
                    .results
                    .into_iter()
                    .map(|r| QuestionFeedback {
                        explanation: form
                            .questions
                            .iter()
                            .find(|q| q.id == r.question)
                            .map(|q| q.explanation.pick(lang, fb).0.to_string())
                            .unwrap_or_default(),
                        question: r.question,
                        correct: r.correct,
                        chosen: r.chosen,
                        expected: r.expected,
                    })
                    .collect(),
            },
        })
    }

    fn check_survey_offered(
        &self,
        m: &Manifest,
        e: &Evaluation,
        summary: &Summary,
        which: Which,
    ) -> Result<(), ApiError> {
        match self.standing(m, e, summary).survey_state(which) {
            StepState::Offered => Ok(()),
            StepState::Answered => Err(ApiError::from(ErrorKind::SurveyAlreadyAnswered {})),
            _ => Err(ApiError::from(ErrorKind::SurveyLocked {})),
        }
    }

    /// The reaction or follow-up survey to answer; refused before it is offered and once
    /// answered.
    pub fn survey(&self, course: &str, which: Which) -> Result<SurveyView, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        let e = self.evaluation_of(&m)?;
        let summary = self.summary(profile.id)?;
        let survey = survey_of(&e, which).ok_or_else(|| {
            ApiError::from(ErrorKind::EvaluationNone {}).detail(format!("course {course}"))
        })?;
        self.check_survey_offered(&m, &e, &summary, which)?;
        let lang = content_lang(&profile);
        let fb = m.fallback_lang();
        let pick = |l: &lphm_content::Localized| l.pick(lang, fb).0.to_string();
        Ok(SurveyView {
            course: m.id.clone(),
            course_title: pick(&m.title),
            which,
            title: pick(&survey.title),
            intro: pick(&survey.intro),
            questions: survey
                .questions
                .iter()
                .map(|q| SurveyQuestionView {
                    id: q.id.clone(),
                    kind: q.kind,
                    prompt: pick(&q.prompt),
                    optional: q.optional,
                    choices: q
                        .choices
                        .iter()
                        .map(|c| ChoiceView {
                            id: c.id.clone(),
                            text: pick(&c.text),
                        })
                        .collect(),
                    scale: q.scale.unwrap_or(0),
                    low: pick(&q.low),
                    high: pick(&q.high),
                })
                .collect(),
            max_chars: MAX_ANSWER_CHARS as u32,
        })
    }

    /// Checks and records the answers to a survey as one `SurveyAnswered` event (blank
    /// texts left out). With a required question unanswered, an answer that does not fit,
    /// before the survey is offered or once it was answered, nothing is recorded.
    pub fn submit_survey(
        &self,
        course: &str,
        which: Which,
        answers: SurveyAnswers,
    ) -> Result<crate::Saved, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        let e = self.evaluation_of(&m)?;
        let survey = survey_of(&e, which).ok_or_else(|| {
            ApiError::from(ErrorKind::EvaluationNone {}).detail(format!("course {course}"))
        })?;
        let _one = self.evaluating.lock().unwrap_or_else(|p| p.into_inner());
        let summary = self.summary(profile.id)?;
        self.check_survey_offered(&m, &e, &summary, which)?;
        let kept = match check_survey_answers(survey, &answers) {
            Ok(kept) => kept,
            Err(SurveyError::Unanswered { questions }) => {
                let mut e = ApiError::from(ErrorKind::SurveyUnanswered {
                    count: questions.len() as u32,
                });
                e.context.questions = questions;
                return Err(e);
            }
            Err(err) => {
                let question = match &err {
                    SurveyError::Invalid { question } => vec![question.clone()],
                    _ => Vec::new(),
                };
                let mut e = ApiError::from(ErrorKind::SurveyInvalidAnswer {}).detail(&err);
                e.context.questions = question;
                return Err(e);
            }
        };
        self.record(
            profile.id,
            EventKind::SurveyAnswered {
                course: course.into(),
                survey: survey.id.clone(),
                answers: kept,
            },
        )
    }

    /// The current learner's follow-up surveys that are due and not answered, soonest
    /// first: the window asks for them when it starts.
    pub fn follow_ups_due(&self) -> Result<Vec<FollowUpDue>, ApiError> {
        let profile = self.current_profile()?;
        let summary = self.summary(profile.id)?;
        let lang = content_lang(&profile);
        let mut due = Vec::new();
        for m in self.store.courses()? {
            let Some(e) = self.store.evaluation(&m)? else {
                continue;
            };
            if e.follow_up().is_none() || !CourseProgress::of(&m, &summary).complete() {
                continue;
            }
            let standing = self.standing(&m, &e, &summary);
            if standing.survey_state(Which::FollowUp) == StepState::Offered {
                due.push(FollowUpDue {
                    course: m.id.clone(),
                    course_title: m.title.pick(lang, m.fallback_lang()).0.to_string(),
                    due_ms: standing.due_ms().unwrap_or(0),
                });
            }
        }
        due.sort_by(|a, b| (a.due_ms, &a.course).cmp(&(b.due_ms, &b.course)));
        Ok(due)
    }
}
