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
