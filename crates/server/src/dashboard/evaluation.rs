//! A cohort's evaluation of one course (`/dashboard/cohorts/{cohort}/evaluation/{course}`,
//! and `….csv`): each participant's pre-test and post-test and the cohort's gain, the two
//! forms compared, the reaction and follow-up surveys with every free-text answer. The
//! same access as the cohort page (a cohort the account may not see, or a course it does
//! not study or that has no evaluation, is "not found"); every look is audited. Read from
//! the progress digests ([`crate::evaluation`]), never from the events.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use lphm_content::{Evaluation, Localized, Manifest, Survey, SurveyKind};
use lphm_i18n::Localizer;
use lphm_progress::SurveyAnswer;
use uuid::Uuid;

use super::table::{csv_answer, file_stem};
use super::{html, language, languages, render, unavailable, Lang, Signed};
use crate::accounts::AuditEntry;
use crate::cohorts::Cohort;
use crate::digest::Digest;
use crate::evaluation::{report, Member, QuestionResult, Report, Score, SurveyResult};
use crate::http::AppState;
use crate::model::Learner;

/// `x` with one decimal, written as `lang` writes numbers (a decimal comma in French and
/// Polish).
pub(crate) fn decimal(x: f64, lang: &str) -> String {
    let text = format!("{x:.1}");
    match lang {
        "fr" | "pl" => text.replace('.', ","),
        _ => text,
    }
}

/// A percentage with one decimal, as `lang` writes it (French puts a no-break space
/// before the sign).
pub(crate) fn percent(x: f64, lang: &str) -> String {
    let space = if lang == "fr" { "\u{a0}" } else { "" };
    format!("{}{space}%", decimal(x, lang))
}

/// A gain in percentage points, with its sign.
pub(crate) fn gain_text(x: f64, lang: &str) -> String {
    let text = decimal(x, lang);
    if text.starts_with('-') || text.trim_start_matches(['0', ',', '.']).is_empty() {
        text
    } else {
        format!("+{text}")
    }
}

fn pick<'a>(text: &'a Localized, lang: &str, fallback: &'a str) -> &'a str {
    text.pick(lang, fallback).0
}

/// The participants of `cohort` with their learners and digests.
pub(crate) async fn members(
    state: &AppState,
    cohort: Uuid,
) -> Result<Vec<(Learner, String, Digest)>, crate::StoreError> {
    let backend = state.backend();
    let participants = backend.participants(cohort).await?;
    let ids: Vec<Uuid> = participants.iter().map(|p| p.learner).collect();
    Ok(backend
        .digests(&ids)
        .await?
        .into_iter()
        .filter_map(|(l, d)| {
            let city = participants
                .iter()
                .find(|p| p.learner == l.id)?
                .city
                .clone();
            Some((l, city, d))
        })
        .collect())
}

/// The report of `course` over `members`.
pub(crate) fn evaluate(
    evaluation: &Evaluation,
    manifest: &Manifest,
    members: &[(Learner, String, Digest)],
    now_ms: i64,
) -> Report {
    let members: Vec<Member> = members
        .iter()
        .map(|(learner, city, digest)| Member {
            learner,
            city,
            digest,
        })
        .collect();
    report(evaluation, manifest, &members, now_ms)
}

/// The cohort (which `signed` may see), the course's manifest and evaluation, or the
/// "not found" page.
async fn found(
    state: &AppState,
    signed: &Signed,
    cohort: &str,
    course: &str,
    lang: &'static str,
) -> Result<(Cohort, &'static Manifest, &'static Evaluation), Response> {
    let cohort = super::cohorts::seen(state, signed, cohort, lang).await?;
    let known = crate::certificates::Courses::builtin();
    match (known.get(course), known.evaluation(course)) {
        (Some(m), Some(e)) if cohort.courses.iter().any(|c| c == course) => Ok((cohort, m, e)),
        _ => Err(super::message(
            StatusCode::NOT_FOUND,
            lang,
            "evaluation-not-found",
            "not-found",
        )),
    }
}

/// One participant's line on the page.
struct Line {
    learner: Uuid,
    name: String,
    city: String,
    pre: String,
    pre_score: String,
    post: String,
    post_score: String,
    gain: String,
}

/// One survey question on the page.
struct QuestionView {
    prompt: String,
    kind: &'static str,
    answered: usize,
    /// A rating's mean, "–" without answers.
    mean: String,
    scale: usize,
    /// (value or choice label, how many, bar width out of 100)
    bars: Vec<(String, usize, usize)>,
    /// (name, text)
    texts: Vec<(String, String)>,
}

struct SurveyView {
    title: String,
    /// (label, figure) lines: who completed, who was due, who answered, who applied.
    figures: Vec<(String, String)>,
    questions: Vec<QuestionView>,
}

#[derive(Template)]
#[template(path = "evaluation.html")]
struct EvaluationPage<'a> {
    l10n: &'a Localizer,
    lang: &'static str,
    languages: Vec<(&'static str, String, bool)>,
    csrf: String,
    cohort: Cohort,
    course: String,
    course_title: String,
    /// "Evaluation: <course>".
    title: String,
    lines: Vec<Line>,
    /// (label, figure)
    learning: Vec<(String, String)>,
    /// (form, taken as pre, mean as pre, taken as post, mean as post)
    forms: Vec<(String, usize, String, usize, String)>,
    assigned: String,
    surveys: Vec<SurveyView>,
}

impl EvaluationPage<'_> {
    fn t(&self, id: &str) -> String {
        self.l10n.format(id, &[])
    }
}

fn score_text(s: &Option<Score>, lang: &str) -> (String, String) {
    match s {
        Some(s) => (
            s.letter(),
            format!("{}/{} ({})", s.correct, s.total, percent(s.percent(), lang)),
        ),
        None => ("–".into(), "–".into()),
    }
}

fn or_dash(x: Option<f64>, f: impl Fn(f64) -> String) -> String {
    x.map(f).unwrap_or_else(|| "–".into())
}

fn question_view(
    q: &QuestionResult,
    survey: &Survey,
    lang: &str,
    fb: &str,
) -> Option<QuestionView> {
    let sq = survey.questions.iter().find(|s| s.id == q.id)?;
    let answered = q.answered();
    let width = |n: usize, of: usize| (n * 100).checked_div(of).unwrap_or(0);
    let (kind, bars) = match q.kind {
        SurveyKind::Rating => (
            "rating",
            q.ratings
                .iter()
                .enumerate()
                .map(|(i, n)| ((i + 1).to_string(), *n, width(*n, answered)))
                .rev()
                .collect(),
        ),
        SurveyKind::Choice | SurveyKind::Choices => {
            let people = q.choices.iter().map(|c| c.1).max().unwrap_or(0).max(1);
            (
                "choice",
                q.choices
                    .iter()
                    .map(|(id, n)| {
                        let label = sq
                            .choices
                            .iter()
                            .find(|c| &c.id == id)
                            .map(|c| pick(&c.text, lang, fb).to_string())
                            .unwrap_or_else(|| id.clone());
                        (label, *n, width(*n, people))
                    })
                    .collect(),
            )
        }
        SurveyKind::Text => ("text", vec![]),
    };
    Some(QuestionView {
        prompt: pick(&sq.prompt, lang, fb).to_string(),
        kind,
        answered,
        mean: or_dash(q.mean(), |m| decimal(m, lang)),
        scale: q.ratings.len(),
        bars,
        texts: q.texts.clone(),
    })
}

fn survey_view(
    result: &SurveyResult,
    figures: Vec<(String, String)>,
    lang: &str,
    fb: &str,
) -> SurveyView {
    SurveyView {
        title: pick(&result.survey.title, lang, fb).to_string(),
        figures,
        questions: result
            .questions
            .iter()
            .filter_map(|q| question_view(q, &result.survey, lang, fb))
            .collect(),
    }
}

pub(super) async fn page(
    State(state): State<AppState>,
    signed: Signed,
    Path((cohort, course)): Path<(String, String)>,
    Query(params): Query<Lang>,
    headers: HeaderMap,
) -> Response {
    let lang = language(&params, &headers);
    if let Some(course) = course.strip_suffix(".csv") {
        return csv(state, signed, cohort, course.to_string(), lang).await;
    }
    let (cohort, manifest, evaluation) = match found(&state, &signed, &cohort, &course, lang).await
    {
        Ok(f) => f,
        Err(answer) => return answer,
    };
    let members = match members(&state, cohort.id).await {
        Ok(m) => m,
        Err(e) => return unavailable(lang, e),
    };
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "evaluation-view".into(),
            subject: format!("{} {course}", cohort.id),
        })
        .await;
    let r = evaluate(evaluation, manifest, &members, state.now_ms());
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let t = |id: &str| l10n.format(id, &[]);
    let fb = manifest.fallback_lang();
    let lines = r
        .rows
        .iter()
        .map(|row| {
            let (pre, pre_score) = score_text(&row.pre, lang);
            let (post, post_score) = score_text(&row.post, lang);
            Line {
                learner: row.learner,
                name: row.name.clone(),
                city: row.city.clone(),
                pre,
                pre_score,
                post,
                post_score,
                gain: or_dash(row.gain(), |g| gain_text(g, lang)),
            }
        })
        .collect();
    let pc = |x: Option<f64>| or_dash(x, |x| percent(x, lang));
    let learning = vec![
        (t("evaluation-pre-taken"), r.pre_taken.n.to_string()),
        (t("evaluation-post-taken"), r.post_taken.n.to_string()),
        (t("evaluation-paired"), r.paired.to_string()),
        (t("evaluation-mean-pre"), pc(r.mean_pre)),
        (t("evaluation-mean-post"), pc(r.mean_post)),
        (
            t("evaluation-mean-gain"),
            or_dash(r.mean_gain, |g| gain_text(g, lang)),
        ),
    ];
    let forms = r
        .forms
        .iter()
        .enumerate()
        .map(|(i, (pre, post))| {
            (
                l10n.format(
                    "evaluation-form-name",
                    &[("form", crate::privacy::form_letter(i as u8).into())],
                ),
                pre.n,
                pc(pre.value()),
                post.n,
                pc(post.value()),
            )
        })
        .collect();
    let assigned = l10n.format(
        "evaluation-assigned",
        &[("a", r.assigned[0].into()), ("b", r.assigned[1].into())],
    );
    let mut surveys = Vec::new();
    if let Some(reaction) = &r.reaction {
        surveys.push(survey_view(
            reaction,
            vec![
                (t("evaluation-completed"), r.completed.to_string()),
                (t("evaluation-answered"), reaction.answered.to_string()),
            ],
            lang,
            fb,
        ));
    }
    if let (Some(follow_up), Some((_, f))) = (&r.follow_up, evaluation.follow_up()) {
        let mut figures = vec![
            (t("evaluation-completed"), r.completed.to_string()),
            (
                l10n.format("evaluation-due", &[("days", f.after_days.into())]),
                r.follow_up_due.to_string(),
            ),
            (t("evaluation-answered"), follow_up.answered.to_string()),
        ];
        if let (Some(applied), Some(share)) = (r.applied, r.applied_percent()) {
            figures.push((
                t("evaluation-applied"),
                format!(
                    "{} ({applied}/{})",
                    percent(share, lang),
                    follow_up.answered
                ),
            ));
        }
        surveys.push(survey_view(follow_up, figures, lang, fb));
    }
    let page = EvaluationPage {
        lang,
        languages: languages(&l10n),
        csrf: signed.session.csrf.clone(),
        course: manifest.id.clone(),
        course_title: pick(&manifest.title, lang, fb).to_string(),
        title: l10n.format(
            "evaluation-title",
            &[("course", pick(&manifest.title, lang, fb).to_string().into())],
        ),
        cohort,
        lines,
        learning,
        forms,
        assigned,
        surveys,
        l10n: &l10n,
    };
    html(StatusCode::OK, render(&page))
}

/// The evaluation as CSV: one record per participant, their tests, then one column per
/// survey question (`<survey>: <question>`): ratings as numbers, choices as their labels
/// joined by "; ", free text as written.
async fn csv(
    state: AppState,
    signed: Signed,
    cohort: String,
    course: String,
    lang: &'static str,
) -> Response {
    let (cohort, manifest, evaluation) = match found(&state, &signed, &cohort, &course, lang).await
    {
        Ok(f) => f,
        Err(answer) => return answer,
    };
    let members = match members(&state, cohort.id).await {
        Ok(m) => m,
        Err(e) => return unavailable(lang, e),
    };
    let r = evaluate(evaluation, manifest, &members, state.now_ms());
    // Made before the audit is awaited: a Fluent bundle must not live across it.
    let records = csv_records(&r, evaluation, manifest, lang);
    state
        .audit(AuditEntry {
            at_ms: state.now_ms(),
            account: Some(signed.account.id),
            action: "csv-export".into(),
            subject: format!("{} evaluation {course}", cohort.id),
        })
        .await;
    csv_answer(
        &records,
        &format!("lphm-{}-evaluation-{course}.csv", file_stem(&cohort.name)),
    )
}

/// The evaluation as CSV records, headings first (see [`csv`]).
fn csv_records(
    r: &Report,
    evaluation: &Evaluation,
    manifest: &Manifest,
    lang: &str,
) -> Vec<Vec<String>> {
    let l10n = Localizer::new(lang).expect("every interface language loads");
    let t = |id: &str| l10n.format(id, &[]);
    let fb = manifest.fallback_lang();
    let surveys: Vec<&Survey> = evaluation
        .reaction()
        .into_iter()
        .chain(evaluation.follow_up().map(|(s, _)| s))
        .collect();
    let mut head = vec![
        t("participant-name"),
        t("participant-authority"),
        t("participant-city"),
    ];
    for stage in ["pre", "post"] {
        for what in ["form", "correct", "total", "percent"] {
            head.push(t(&format!("evaluation-csv-{stage}-{what}")));
        }
    }
    head.push(t("evaluation-csv-gain"));
    for s in &surveys {
        head.extend(s.questions.iter().map(|q| format!("{}: {}", s.id, q.id)));
    }
    let mut records = vec![head];
    let number = |x: f64| format!("{x:.1}");
    for row in &r.rows {
        let mut record = vec![row.name.clone(), row.authority.clone(), row.city.clone()];
        for s in [&row.pre, &row.post] {
            match s {
                Some(s) => record.extend([
                    s.letter(),
                    s.correct.to_string(),
                    s.total.to_string(),
                    number(s.percent()),
                ]),
                None => record.extend(std::iter::repeat_n(String::new(), 4)),
            }
        }
        record.push(row.gain().map(number).unwrap_or_default());
        for s in &surveys {
            let response = if evaluation.manifest.reaction.as_ref() == Some(&s.id) {
                &row.reaction
            } else {
                &row.follow_up
            };
            for q in &s.questions {
                let cell = match response.as_ref().and_then(|a| a.answers.get(&q.id)) {
                    Some(SurveyAnswer::Rating(n)) => n.to_string(),
                    Some(SurveyAnswer::Text(text)) => text.clone(),
                    Some(SurveyAnswer::Choices(picked)) => q
                        .choices
                        .iter()
                        .filter(|c| picked.contains(c.id.as_str()))
                        .map(|c| pick(&c.text, lang, fb).to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                    None => String::new(),
                };
                record.push(cell);
            }
        }
        records.push(record);
    }
    records
}
