//! A cohort's evaluation of one course, from its participants' progress digests (never the
//! events): the pre-test and post-test of each learner and the cohort's learning gain, the
//! mean of each parallel form as pre-test and as post-test (are the forms equally hard?),
//! how many were given each form first, and the answers to the reaction and follow-up
//! surveys. Pure: the dashboard gathers the digests and puts the words around the figures.

use lphm_content::{Evaluation, Manifest, Survey, SurveyKind};
use lphm_progress::{Sitting, SurveyAnswer, SurveyResponse};
use uuid::Uuid;

use crate::digest::Digest;
use crate::model::{Learner, DAY_MS};

/// One participant, as the dashboard gathered them.
#[derive(Clone, Copy, Debug)]
pub struct Member<'a> {
    pub learner: &'a Learner,
    pub city: &'a str,
    pub digest: &'a Digest,
}

/// A test sitting as the report shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    /// The form's position in `pre_post.forms` (0 is A, 1 is B); `None` for a form the
    /// course does not list.
    pub position: Option<usize>,
    pub form: String,
    pub correct: u32,
    pub total: u32,
}

impl Score {
    fn of(sitting: &Sitting, evaluation: &Evaluation) -> Score {
        Score {
            position: evaluation.forms.iter().position(|f| f.id == sitting.form),
            form: sitting.form.clone(),
            correct: sitting.correct,
            total: sitting.total,
        }
    }

    /// The exact share of right answers, in percent.
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            f64::from(self.correct) * 100.0 / f64::from(self.total)
        }
    }

    /// "A", "B", or the form's id when the course does not list it.
    pub fn letter(&self) -> String {
        match self.position {
            Some(p) => crate::privacy::form_letter(p as u8),
            None => self.form.clone(),
        }
    }
}

/// One participant's line.
#[derive(Clone, Debug)]
pub struct Row {
    pub learner: Uuid,
    pub name: String,
    pub authority: String,
    pub city: String,
    pub first_form: Option<u8>,
    pub pre: Option<Score>,
    pub post: Option<Score>,
    /// When they completed the course.
    pub completed_ms: Option<i64>,
    pub reaction: Option<SurveyResponse>,
    pub follow_up: Option<SurveyResponse>,
}

impl Row {
    /// Post-test percent minus pre-test percent, in percentage points.
    pub fn gain(&self) -> Option<f64> {
        Some(self.post.as_ref()?.percent() - self.pre.as_ref()?.percent())
    }
}

/// A mean and how many values it is over.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Mean {
    pub n: usize,
    sum: f64,
}

impl Mean {
    fn add(&mut self, x: f64) {
        self.n += 1;
        self.sum += x;
    }

    pub fn value(&self) -> Option<f64> {
        (self.n > 0).then(|| self.sum / self.n as f64)
    }
}

impl FromIterator<f64> for Mean {
    fn from_iter<I: IntoIterator<Item = f64>>(iter: I) -> Mean {
        let mut m = Mean::default();
        iter.into_iter().for_each(|x| m.add(x));
        m
    }
}

/// What one survey question received.
#[derive(Clone, Debug)]
pub struct QuestionResult {
    pub id: String,
    pub kind: SurveyKind,
    /// For a rating: how many gave 1, 2, … up to the scale.
    pub ratings: Vec<usize>,
    /// For a choice question: each choice (in the survey's order) and how many picked it.
    pub choices: Vec<(String, usize)>,
    /// For a text question: (participant's name, what they wrote), by name.
    pub texts: Vec<(String, String)>,
}

impl QuestionResult {
    /// How many answered it.
    pub fn answered(&self) -> usize {
        match self.kind {
            SurveyKind::Rating => self.ratings.iter().sum(),
            SurveyKind::Text => self.texts.len(),
            SurveyKind::Choice | SurveyKind::Choices => self.choices.iter().map(|c| c.1).sum(),
        }
    }

    /// The mean rating.
    pub fn mean(&self) -> Option<f64> {
        self.ratings
            .iter()
            .enumerate()
            .flat_map(|(i, n)| std::iter::repeat_n(i as f64 + 1.0, *n))
            .collect::<Mean>()
            .value()
    }
}

/// What a survey received from the cohort.
#[derive(Clone, Debug)]
pub struct SurveyResult {
    pub survey: Survey,
    /// Participants who answered it.
    pub answered: usize,
    pub questions: Vec<QuestionResult>,
}

impl SurveyResult {
    fn of<'a>(
        survey: &Survey,
        answers: impl Iterator<Item = (&'a str, &'a SurveyResponse)>,
    ) -> Self {
        let mut questions: Vec<QuestionResult> = survey
            .questions
            .iter()
            .map(|q| QuestionResult {
                id: q.id.clone(),
                kind: q.kind,
                ratings: vec![0; usize::from(q.scale.unwrap_or(0))],
                choices: q.choices.iter().map(|c| (c.id.clone(), 0)).collect(),
                texts: vec![],
            })
            .collect();
        let mut answered = 0;
        for (name, response) in answers {
            answered += 1;
            for q in &mut questions {
                match response.answers.get(&q.id) {
                    Some(SurveyAnswer::Rating(r)) => {
                        if let Some(slot) = q.ratings.get_mut(usize::from(*r).wrapping_sub(1)) {
                            *slot += 1;
                        }
                    }
                    Some(SurveyAnswer::Choices(picked)) => {
                        for (choice, n) in &mut q.choices {
                            *n += usize::from(picked.contains(choice.as_str()));
                        }
                    }
                    Some(SurveyAnswer::Text(t)) => q.texts.push((name.to_string(), t.clone())),
                    None => {}
                }
            }
        }
        SurveyResult {
            survey: survey.clone(),
            answered,
            questions,
        }
    }

    /// The mean of every rating given in the survey, all questions together.
    pub fn rating_mean(&self) -> Option<f64> {
        self.questions
            .iter()
            .flat_map(|q| {
                q.ratings
                    .iter()
                    .enumerate()
                    .flat_map(|(i, n)| std::iter::repeat_n(i as f64 + 1.0, *n))
            })
            .collect::<Mean>()
            .value()
    }
}

/// A cohort's evaluation of a course.
#[derive(Clone, Debug)]
pub struct Report {
    /// By name.
    pub rows: Vec<Row>,
    /// Participants with both tests, and their mean pre-test, post-test and gain.
    pub paired: usize,
    pub mean_pre: Option<f64>,
    pub mean_post: Option<f64>,
    pub mean_gain: Option<f64>,
    /// All who took the pre-test, and the post-test (paired or not).
    pub pre_taken: Mean,
    pub post_taken: Mean,
    /// Per form (A, B): its mean as pre-test and as post-test.
    pub forms: Vec<(Mean, Mean)>,
    /// How many participants were given form A, and B, as pre-test at enrollment.
    pub assigned: [usize; 2],
    /// Participants who completed the course.
    pub completed: usize,
    pub reaction: Option<SurveyResult>,
    /// Participants whose follow-up is due (completed at least `after_days` ago).
    pub follow_up_due: usize,
    pub follow_up: Option<SurveyResult>,
    /// Of those who answered the follow-up, how many applied what they learned (per
    /// `follow_up.applied`); `None` when the course does not say what counts.
    pub applied: Option<usize>,
}

impl Report {
    /// The share of follow-up answers that say the learner applied the course, in percent.
    pub fn applied_percent(&self) -> Option<f64> {
        let answered = self.follow_up.as_ref()?.answered;
        let applied = self.applied?;
        (answered > 0).then(|| applied as f64 * 100.0 / answered as f64)
    }
}

/// The evaluation of `manifest`'s course by `members`, as of `now_ms`.
pub fn report(
    evaluation: &Evaluation,
    manifest: &Manifest,
    members: &[Member],
    now_ms: i64,
) -> Report {
    let course = manifest.id.as_str();
    let mut rows: Vec<Row> = members
        .iter()
        .map(|m| {
            let c = m.digest.courses.get(course);
            let survey = |id: Option<&String>| {
                let id = id?;
                c?.surveys.get(id).cloned()
            };
            Row {
                learner: m.learner.id,
                name: m.learner.name.clone(),
                authority: m.learner.authority.clone(),
                city: m.city.to_string(),
                first_form: m.learner.first_form,
                pre: c
                    .and_then(|c| c.pre.as_ref())
                    .map(|s| Score::of(s, evaluation)),
                post: c
                    .and_then(|c| c.post.as_ref())
                    .map(|s| Score::of(s, evaluation)),
                completed_ms: m.digest.completed_at(manifest),
                reaction: survey(evaluation.manifest.reaction.as_ref()),
                follow_up: survey(evaluation.manifest.follow_up.as_ref().map(|f| &f.survey)),
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        (a.name.to_lowercase(), a.learner).cmp(&(b.name.to_lowercase(), b.learner))
    });

    let paired: Vec<&Row> = rows.iter().filter(|r| r.gain().is_some()).collect();
    let mean =
        |f: &dyn Fn(&Row) -> Option<f64>| paired.iter().filter_map(|r| f(r)).collect::<Mean>();
    let mut forms = vec![(Mean::default(), Mean::default()); evaluation.forms.len()];
    for r in &rows {
        if let Some(s) = &r.pre {
            if let Some(p) = s.position {
                forms[p].0.add(s.percent());
            }
        }
        if let Some(s) = &r.post {
            if let Some(p) = s.position {
                forms[p].1.add(s.percent());
            }
        }
    }
    let mut assigned = [0; 2];
    for r in &rows {
        if let Some(f) = r.first_form {
            assigned[usize::from(f.min(1))] += 1;
        }
    }
    let named = |pick: fn(&Row) -> Option<&SurveyResponse>| {
        rows.iter()
            .filter_map(move |r| pick(r).map(|s| (r.name.as_str(), s)))
    };
    let reaction = evaluation
        .reaction()
        .map(|s| SurveyResult::of(s, named(|r| r.reaction.as_ref())));
    let (follow_up, follow_up_due, applied) = match evaluation.follow_up() {
        Some((survey, f)) => {
            let wait = i64::from(f.after_days) * DAY_MS;
            let due = rows
                .iter()
                .filter(|r| r.completed_ms.is_some_and(|c| c + wait <= now_ms))
                .count();
            let applied = f.applied.as_ref().map(|a| {
                rows.iter()
                    .filter_map(|r| r.follow_up.as_ref()?.answers.get(&a.question))
                    .filter(|answer| match answer {
                        SurveyAnswer::Choices(picked) => {
                            a.choices.iter().any(|c| picked.contains(c.as_str()))
                        }
                        _ => false,
                    })
                    .count()
            });
            (
                Some(SurveyResult::of(survey, named(|r| r.follow_up.as_ref()))),
                due,
                applied,
            )
        }
        None => (None, 0, None),
    };
    Report {
        paired: paired.len(),
        mean_pre: mean(&|r| Some(r.pre.as_ref()?.percent())).value(),
        mean_post: mean(&|r| Some(r.post.as_ref()?.percent())).value(),
        mean_gain: mean(&|r| r.gain()).value(),
        pre_taken: rows
            .iter()
            .filter_map(|r| Some(r.pre.as_ref()?.percent()))
            .collect(),
        post_taken: rows
            .iter()
            .filter_map(|r| Some(r.post.as_ref()?.percent()))
            .collect(),
        forms,
        assigned,
        completed: rows.iter().filter(|r| r.completed_ms.is_some()).count(),
        reaction,
        follow_up_due,
        follow_up,
        applied,
        rows,
    }
}
