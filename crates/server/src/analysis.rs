//! Quiz item analysis for course authors: for each question, the share of learners who got
//! it right at their first attempt, whether it separates strong learners from weak ones, and
//! which options were chosen. First attempts only: later ones come after the feedback.
//!
//! Discrimination is the classic upper–lower index: the share correct among the strongest
//! 27 % of learners minus the share among the weakest 27 %, strength being the learner's
//! share of right answers over all the first attempts in the course. It runs from −1 to 1;
//! below 0.2 the question tells strong and weak learners apart poorly, below 0 the strong
//! ones miss it more often (often a wrong answer key or an ambiguous wording).

use std::collections::{BTreeMap, BTreeSet};

use lphm_content::Quiz;

use crate::digest::{Digest, FirstAttempt};

/// Fewer learners than this and the discrimination index says nothing.
pub const MIN_FOR_DISCRIMINATION: usize = 10;

/// What a question's figures suggest to its author.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// Strong learners miss it more often than weak ones.
    Reversed,
    /// Strong and weak learners get it right about as often.
    Flat,
    /// Fewer than a third get it right.
    Hard,
    /// Nearly everyone gets it right.
    Easy,
}

impl Flag {
    /// The Fluent message id of the advice.
    pub fn message(self) -> &'static str {
        match self {
            Flag::Reversed => "item-flag-reversed",
            Flag::Flat => "item-flag-flat",
            Flag::Hard => "item-flag-hard",
            Flag::Easy => "item-flag-easy",
        }
    }
}

/// One question's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub question: String,
    /// Learners whose first attempt answered it.
    pub answered: usize,
    /// Of those, the share right, 0–1.
    pub correct: f64,
    /// The upper–lower index, when enough learners answered.
    pub discrimination: Option<f64>,
    /// Per choice id (in the quiz's order): how many learners picked it, and whether it is
    /// a right choice.
    pub options: Vec<(String, usize, bool)>,
    pub flag: Option<Flag>,
}

/// Each learner's strength in `course`: the share of questions right over all their first
/// attempts at the course's quizzes. Learners with no first attempt are left out.
pub fn strengths<'a>(
    course: &str,
    quizzes: &BTreeMap<String, &Quiz>,
    learners: impl IntoIterator<Item = &'a Digest>,
) -> Vec<(usize, f64)> {
    let mut out = Vec::new();
    for (i, d) in learners.into_iter().enumerate() {
        let Some(c) = d.courses.get(course) else {
            continue;
        };
        let (mut right, mut asked) = (0u32, 0u32);
        for (id, q) in &c.quizzes {
            let (Some(first), Some(quiz)) = (&q.first, quizzes.get(id)) else {
                continue;
            };
            for question in &quiz.questions {
                asked += 1;
                right += u32::from(is_right(first, &question.id, &question.correct));
            }
        }
        if asked > 0 {
            out.push((i, f64::from(right) / f64::from(asked)));
        }
    }
    out
}

fn is_right(first: &FirstAttempt, question: &str, correct: &BTreeSet<String>) -> bool {
    first
        .answers
        .get(question)
        .is_some_and(|picked| picked == correct)
}

/// The figures of every question of `quiz` over `learners`' first attempts.
/// `strength` gives each learner's strength by their index in `learners` (see
/// [`strengths`]).
pub fn analyse(
    course: &str,
    quiz: &Quiz,
    learners: &[&Digest],
    strength: &BTreeMap<usize, f64>,
) -> Vec<Item> {
    // (strength, first attempt) of each learner who attempted the quiz.
    let firsts: Vec<(f64, &FirstAttempt)> = learners
        .iter()
        .enumerate()
        .filter_map(|(i, d)| {
            let first = d
                .courses
                .get(course)?
                .quizzes
                .get(&quiz.id)?
                .first
                .as_ref()?;
            Some((strength.get(&i).copied().unwrap_or(0.0), first))
        })
        .collect();
    quiz.questions
        .iter()
        .map(|question| {
            let mut answered: Vec<(f64, bool)> = firsts
                .iter()
                .filter(|(_, f)| f.answers.contains_key(&question.id))
                .map(|(s, f)| (*s, is_right(f, &question.id, &question.correct)))
                .collect();
            let n = answered.len();
            let right = answered.iter().filter(|(_, r)| *r).count();
            let correct = if n == 0 { 0.0 } else { right as f64 / n as f64 };
            let discrimination = (n >= MIN_FOR_DISCRIMINATION).then(|| {
                answered.sort_by(|a, b| a.0.total_cmp(&b.0));
                let group = ((n as f64 * 0.27).round() as usize).max(1);
                let share = |g: &[(f64, bool)]| {
                    g.iter().filter(|(_, r)| *r).count() as f64 / g.len() as f64
                };
                share(&answered[n - group..]) - share(&answered[..group])
            });
            let options = question
                .choice_ids()
                .into_iter()
                .map(|choice| {
                    let picked = firsts
                        .iter()
                        .filter(|(_, f)| {
                            f.answers
                                .get(&question.id)
                                .is_some_and(|p| p.contains(choice))
                        })
                        .count();
                    (
                        choice.to_string(),
                        picked,
                        question.correct.contains(choice),
                    )
                })
                .collect();
            let flag = match discrimination {
                _ if n == 0 => None,
                Some(d) if d < 0.0 => Some(Flag::Reversed),
                _ if correct < 1.0 / 3.0 => Some(Flag::Hard),
                _ if correct > 0.95 => Some(Flag::Easy),
                Some(d) if d < 0.2 => Some(Flag::Flat),
                _ => None,
            };
            Item {
                question: question.id.clone(),
                answered: n,
                correct,
                discrimination,
                options,
                flag,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::digest::{CourseDigest, QuizDigest};
    use uuid::Uuid;

    fn quiz() -> Quiz {
        serde_json::from_value(serde_json::json!({
            "id": "q",
            "title": {"en": "Q"},
            "pass_mark": 50,
            "questions": [
                {"id": "good", "kind": "single", "prompt": {"en": "?"},
                 "choices": [{"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
                 "correct": ["a"]},
                {"id": "key-wrong", "kind": "single", "prompt": {"en": "?"},
                 "choices": [{"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
                 "correct": ["b"]},
                {"id": "easy", "kind": "true_false", "prompt": {"en": "?"}, "correct": ["true"]}
            ]
        }))
        .unwrap()
    }

    /// A learner of strength `k` (0–9) out of 10: strong learners pick `a` on the first two
    /// questions, weak ones `b`; everyone says `true`.
    fn learner(k: usize) -> Digest {
        let pick = if k >= 5 { "a" } else { "b" };
        let answers = [("good", pick), ("key-wrong", pick), ("easy", "true")]
            .into_iter()
            .map(|(q, c)| (q.to_string(), [c.to_string()].into()))
            .collect();
        let mut d = Digest::default();
        d.courses.insert(
            "c".into(),
            CourseDigest {
                quizzes: [(
                    "q".to_string(),
                    QuizDigest {
                        attempts: 1,
                        first: Some(FirstAttempt {
                            at_ms: k as i64,
                            id: Uuid::from_u128(k as u128),
                            answers,
                        }),
                        ..QuizDigest::default()
                    },
                )]
                .into(),
                ..CourseDigest::default()
            },
        );
        d
    }

    #[test]
    fn shares_and_options_are_counted_over_first_attempts() {
        let quiz = quiz();
        let digests: Vec<Digest> = (0..12).map(|k| learner(k % 10)).collect();
        let refs: Vec<&Digest> = digests.iter().collect();
        let quizzes = [("q".to_string(), &quiz)].into();
        let strength: BTreeMap<usize, f64> = strengths("c", &quizzes, refs.iter().copied())
            .into_iter()
            .collect();
        assert_eq!(strength.len(), 12);
        let items = analyse("c", &quiz, &refs, &strength);
        let good = &items[0];
        assert_eq!(good.answered, 12);
        // k = 5..9 pick a: 5 + (10, 11 are k 0, 1: b) = 5 of 12.
        assert!((good.correct - 5.0 / 12.0).abs() < 1e-9);
        assert_eq!(
            good.options,
            vec![("a".into(), 5, true), ("b".into(), 7, false)]
        );
        // Twelve answered: enough for the index (its values are checked below).
        assert!(good.discrimination.is_some());
        let easy = &items[2];
        assert_eq!(easy.correct, 1.0);
        assert_eq!(easy.flag, Some(Flag::Easy));
        assert_eq!(easy.discrimination, Some(0.0));
    }

    #[test]
    fn strong_learners_missing_a_question_flag_it_reversed() {
        // Strength from the other questions: strong learners get "good" and "easy" right;
        // on "key-wrong" the strong pick a (marked wrong), the weak pick b (marked right).
        let quiz = quiz();
        let mut digests = Vec::new();
        for k in 0..20 {
            let mut d = learner(if k < 10 { 9 } else { 0 });
            let first = d
                .courses
                .get_mut("c")
                .unwrap()
                .quizzes
                .get_mut("q")
                .unwrap();
            let answers = &mut first.first.as_mut().unwrap().answers;
            if k >= 10 {
                // Weak learners also miss the easy one.
                answers.insert("easy".into(), ["false".to_string()].into());
            }
            digests.push(d);
        }
        let refs: Vec<&Digest> = digests.iter().collect();
        let quizzes = [("q".to_string(), &quiz)].into();
        let strength = strengths("c", &quizzes, refs.iter().copied())
            .into_iter()
            .collect();
        let items = analyse("c", &quiz, &refs, &strength);
        assert_eq!(items[0].discrimination, Some(1.0));
        assert_eq!(items[0].flag, None);
        assert_eq!(items[1].discrimination, Some(-1.0));
        assert_eq!(items[1].flag, Some(Flag::Reversed));
    }

    #[test]
    fn too_few_learners_give_no_discrimination() {
        let quiz = quiz();
        let digests: Vec<Digest> = (0..4).map(learner).collect();
        let refs: Vec<&Digest> = digests.iter().collect();
        let items = analyse("c", &quiz, &refs, &BTreeMap::new());
        assert!(items
            .iter()
            .all(|i| i.discrimination.is_none() && i.answered == 4));
        assert!(analyse("c", &quiz, &[], &BTreeMap::new())
            .iter()
            .all(|i| i.answered == 0 && i.flag.is_none()));
    }
}
