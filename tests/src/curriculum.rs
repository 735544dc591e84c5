//! The LPHM curriculum as the tests study it: loaded from `courses/`, answered with as many
//! right answers as a test wants, completed through a desk.

use std::collections::BTreeSet;

use lphm_content::{load_course, Course, DirSource, Quiz};

/// The curriculum's course id.
pub const CURRICULUM: &str = "perceptions-communication-media";

/// The curriculum, from `courses/lphm-curriculum`.
pub fn curriculum() -> Course {
    load_course(&DirSource::new(
        lphm_test_support::workspace_root().join("courses/lphm-curriculum"),
    ))
    .unwrap_or_else(|e| panic!("the curriculum loads: {e}"))
}

/// Answers to `quiz` (a module quiz or a test form) with exactly the first `right`
/// questions right and the others wrong.
pub fn answers(quiz: &Quiz, right: usize) -> lphm_progress::Answers {
    quiz.questions
        .iter()
        .enumerate()
        .map(|(n, q)| {
            let picked: BTreeSet<String> = if n < right {
                q.correct.clone()
            } else {
                let wrong = q
                    .choice_ids()
                    .into_iter()
                    .find(|c| !q.correct.contains(*c))
                    .expect("every question has a wrong choice");
                BTreeSet::from([wrong.to_string()])
            };
            (q.id.clone(), picked)
        })
        .collect()
}

/// The curriculum's test form shown as `label` ("A" or "B").
pub fn form<'a>(course: &'a Course, label: &str) -> &'a Quiz {
    let forms = &course.evaluation.as_ref().expect("an evaluation").forms;
    &forms[if label == "A" { 0 } else { 1 }]
}

/// Every lesson of `course` read and every module quiz passed, on `desk`.
pub fn complete(desk: &lphm_desk::Desk, course: &Course) {
    let id = course.manifest.id.as_str();
    for module in &course.manifest.modules {
        for lesson in &module.lessons {
            desk.open_lesson(id, &lesson.id).unwrap();
            desk.record_time(id, &lesson.id, 240).unwrap();
            desk.complete_lesson(id, &lesson.id).unwrap();
        }
        if let Some(quiz) = &module.quiz {
            let quiz = &course.quizzes[quiz];
            let all = answers(quiz, quiz.questions.len());
            assert!(desk.submit_quiz(id, &quiz.id, all).unwrap().passed);
        }
    }
}
