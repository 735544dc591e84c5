//! Opening desks on temp stores, with a learner profile.

use std::path::Path;

use lphm_desk::{Desk, NewProfile};
use lphm_test_support::TestClock;

pub const STARTER: &str = "starter-communication";
/// The LPHM curriculum, built into the app as a signed package.
pub const CURRICULUM: &str = "perceptions-communication-media";

/// The catalogue card of `course`.
pub fn card(desk: &Desk, course: &str) -> lphm_desk::CourseCard {
    desk.catalogue()
        .unwrap()
        .into_iter()
        .find(|c| c.id == course)
        .unwrap_or_else(|| panic!("{course} is in the catalogue"))
}

pub fn open(dir: &Path) -> Desk {
    Desk::open(dir, Box::new(TestClock::new(1_790_000_000_000)), 7).expect("open desk")
}

pub fn new_profile(name: &str, lang: &str) -> NewProfile {
    NewProfile {
        name: name.into(),
        authority: "City of Plock".into(),
        role: "Officer".into(),
        lang: lang.into(),
    }
}

/// A desk with one profile, in `lang`.
pub fn desk_with_learner(dir: &Path, lang: &str) -> Desk {
    let desk = open(dir);
    desk.create_profile(new_profile("Awa", lang)).unwrap();
    desk
}

/// The text of the PDF at `pdf` as a reader finds it (poppler's pdftotext), every run of
/// white space as one space; fails with a sentence saying what to install when pdftotext
/// is missing.
pub fn pdf_text(pdf: &Path) -> String {
    let output = std::process::Command::new("pdftotext")
        .args([pdf.as_os_str(), "-".as_ref()])
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "pdftotext could not be run ({e}): install poppler-utils (apt-get install \
                 poppler-utils, or scripts/setup), which these tests use to read the PDFs \
                 as a reader would"
            )
        });
    assert!(
        output.status.success(),
        "pdftotext {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    flat(&String::from_utf8(output.stdout).unwrap())
}

/// `text` with every run of white space as one space, to compare across line breaks.
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Completes `course` as a learner would: every lesson marked done, every quiz passed
/// with the right answers.
pub fn complete_course(desk: &Desk, course: &str) {
    let m = desk.store().course(course).unwrap().unwrap();
    for module in &m.modules {
        for lesson in &module.lessons {
            desk.complete_lesson(course, &lesson.id).unwrap();
        }
        if let Some(quiz) = &module.quiz {
            let q = desk.store().quiz(&m, quiz).unwrap().unwrap();
            let answers = q
                .questions
                .iter()
                .map(|q| (q.id.clone(), q.correct.clone()))
                .collect();
            assert!(desk.submit_quiz(course, quiz, answers).unwrap().passed);
        }
    }
}
