//! `Summary::from_events`: the state derived from events does not depend on their order or on
//! repeats, so devices holding the same events agree.

use std::collections::{BTreeMap, BTreeSet};

use lphm_progress::{Event, EventKind, Summary};
use proptest::prelude::*;
use uuid::Uuid;

pub fn event(id: u128, at_ms: i64, kind: EventKind) -> Event {
    Event {
        id: Uuid::from_u128(id),
        profile: Uuid::from_u128(1),
        device: Uuid::from_u128(2),
        seq: 0,
        at_ms,
        kind,
    }
}

pub fn opened(course: &str, lesson: &str) -> EventKind {
    EventKind::LessonOpened {
        course: course.into(),
        lesson: lesson.into(),
    }
}

pub fn completed(course: &str, lesson: &str) -> EventKind {
    EventKind::LessonCompleted {
        course: course.into(),
        lesson: lesson.into(),
    }
}

pub fn attempted(course: &str, quiz: &str, correct: u32, total: u32, passed: bool) -> EventKind {
    EventKind::QuizAttempted {
        course: course.into(),
        quiz: quiz.into(),
        answers: BTreeMap::new(),
        correct,
        total,
        passed,
    }
}

pub fn spent(course: &str, lesson: &str, seconds: u32) -> EventKind {
    EventKind::TimeSpent {
        course: course.into(),
        lesson: lesson.into(),
        seconds,
    }
}

fn key(course: &str, item: &str) -> (String, String) {
    (course.into(), item.into())
}

// --- Properties over random events -----------------------------------------------------

/// Event kinds over a small id space, so that events often touch the same lesson or quiz.
fn kind() -> impl Strategy<Value = EventKind> {
    let course = || prop::sample::select(vec!["c1", "c2"]);
    let item = || prop::sample::select(vec!["a", "b", "c"]);
    prop_oneof![
        (course(), item()).prop_map(|(c, l)| opened(c, l)),
        (course(), item()).prop_map(|(c, l)| completed(c, l)),
        (course(), item(), 0u32..=5, 1u32..=5, any::<bool>()).prop_map(
            |(c, q, correct, total, passed)| attempted(c, q, correct.min(total), total, passed)
        ),
        (course(), item(), 0u32..=3_600).prop_map(|(c, l, s)| spent(c, l, s)),
    ]
}

/// Events with distinct ids. Times come from a narrow range so that ties are common; ids
/// are random so their order has nothing to do with the order of the list.
fn events() -> impl Strategy<Value = Vec<Event>> {
    prop::collection::vec((any::<u128>(), -3i64..=3, kind()), 0..40).prop_map(|raw| {
        let mut ids = BTreeSet::new();
        raw.into_iter()
            .filter(|(id, _, _)| ids.insert(*id))
            .map(|(id, at_ms, kind)| event(id, at_ms, kind))
            .collect()
    })
}

/// The same events, shuffled, with some of them repeated.
fn events_and_reshuffled() -> impl Strategy<Value = (Vec<Event>, Vec<Event>)> {
    (
        events(),
        prop::collection::vec(any::<prop::sample::Index>(), 0..10),
    )
        .prop_flat_map(|(events, repeats)| {
            let mut all = events.clone();
            if !events.is_empty() {
                all.extend(repeats.iter().map(|i| i.get(&events).clone()));
            }
            (Just(events), Just(all).prop_shuffle())
        })
}

/// Events whose ids often collide with different contents (what a cloned or restored
/// laptop produced before it noticed), shuffled.
fn colliding_and_reshuffled() -> impl Strategy<Value = (Vec<Event>, Vec<Event>)> {
    prop::collection::vec((0u128..6, -3i64..=3, kind()), 0..30).prop_flat_map(|raw| {
        let events: Vec<Event> = raw
            .into_iter()
            .map(|(id, at_ms, kind)| event(id, at_ms, kind))
            .collect();
        (Just(events.clone()), Just(events).prop_shuffle())
    })
}

proptest! {
    /// Before, the first event seen under an id won, so two replicas that received the
    /// same events in another order derived different states.
    #[test]
    fn different_events_under_one_id_do_not_make_order_matter((events, reshuffled) in colliding_and_reshuffled()) {
        prop_assert_eq!(Summary::from_events(&events), Summary::from_events(&reshuffled));
    }

    #[test]
    fn the_summary_does_not_depend_on_event_order_or_repeats((events, reshuffled) in events_and_reshuffled()) {
        prop_assert_eq!(Summary::from_events(&events), Summary::from_events(&reshuffled));
    }

    #[test]
    fn merging_two_devices_gives_the_same_summary_either_way(a in events(), b in events()) {
        let ab: Vec<&Event> = a.iter().chain(&b).collect();
        let ba: Vec<&Event> = b.iter().chain(&a).collect();
        prop_assert_eq!(Summary::from_events(ab), Summary::from_events(ba));
    }

    #[test]
    fn completion_only_grows(events in events(), more in events()) {
        let before = Summary::from_events(&events);
        let after = Summary::from_events(events.iter().chain(&more));
        prop_assert!(before.completed.is_subset(&after.completed));
        for (key, quiz) in &before.quizzes {
            let later = &after.quizzes[key];
            prop_assert!(later.best_percent >= quiz.best_percent);
            prop_assert!(later.passed || !quiz.passed, "a passed quiz stays passed");
        }
    }

    #[test]
    fn the_summary_is_what_the_unique_events_say((events, reshuffled) in events_and_reshuffled()) {
        let summary = Summary::from_events(&reshuffled);

        let mut completed = BTreeSet::new();
        let mut seconds: BTreeMap<(String, String), u64> = BTreeMap::new();
        let mut attempts: BTreeMap<(String, String), Vec<&Event>> = BTreeMap::new();
        let mut last_opened: Option<&Event> = None;
        for e in &events {
            match &e.kind {
                EventKind::LessonCompleted { course, lesson } => {
                    completed.insert(key(course, lesson));
                }
                EventKind::TimeSpent { course, lesson, seconds: s } => {
                    *seconds.entry(key(course, lesson)).or_default() += u64::from(*s);
                }
                EventKind::QuizAttempted { course, quiz, .. } => {
                    attempts.entry(key(course, quiz)).or_default().push(e);
                }
                // Notes have their own tests (notes.rs), bookmarks theirs (below), tests and
                // surveys theirs (evaluation.rs).
                EventKind::NoteSaved { .. }
                | EventKind::BookmarkSet { .. }
                | EventKind::ProgressCleared { .. }
                | EventKind::TestTaken { .. }
                | EventKind::SurveyAnswered { .. } => {}
                EventKind::LessonOpened { .. } => {
                    if last_opened.is_none_or(|l| (l.at_ms, l.id) < (e.at_ms, e.id)) {
                        last_opened = Some(e);
                    }
                }
            }
        }
        prop_assert_eq!(&summary.completed, &completed);
        prop_assert_eq!(&summary.seconds, &seconds, "time is the sum over unique events");
        let expected_last = last_opened.map(|e| match &e.kind {
            EventKind::LessonOpened { course, lesson } => (e.at_ms, e.id, course.clone(), lesson.clone()),
            _ => unreachable!(),
        });
        prop_assert_eq!(&summary.last_opened, &expected_last, "the latest by (at_ms, id)");

        prop_assert_eq!(
            summary.quizzes.keys().collect::<Vec<_>>(),
            attempts.keys().collect::<Vec<_>>()
        );
        for (key, mut list) in attempts {
            let quiz = &summary.quizzes[&key];
            list.sort_by_key(|e| (e.at_ms, e.id));
            let ids: Vec<Uuid> = list.iter().map(|e| e.id).collect();
            prop_assert_eq!(
                quiz.attempts.iter().map(|a| a.id).collect::<Vec<_>>(),
                ids,
                "every attempt is kept once, oldest first"
            );
            let percents = list.iter().map(|e| match e.kind {
                EventKind::QuizAttempted { correct, total, .. } => correct * 100 / total,
                _ => unreachable!(),
            });
            prop_assert_eq!(quiz.best_percent, percents.max().unwrap());
            let passed = list.iter().any(|e| matches!(e.kind, EventKind::QuizAttempted { passed: true, .. }));
            prop_assert_eq!(quiz.passed, passed);
        }
    }
}

// --- Examples --------------------------------------------------------------------------

#[test]
fn no_events_is_an_empty_summary() {
    assert_eq!(Summary::from_events(&[]), Summary::default());
}

#[test]
fn the_last_opened_lesson_is_the_latest_and_ties_go_to_the_larger_event_id() {
    let events = [
        event(5, 100, opened("c", "early")),
        event(3, 200, opened("c", "tie-small-id")),
        event(9, 200, opened("c", "tie-large-id")),
        event(7, 150, opened("c", "middle")),
    ];
    for order in [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]] {
        let summary = Summary::from_events(order.iter().map(|&i| &events[i]));
        assert_eq!(
            summary.last_opened,
            Some((200, Uuid::from_u128(9), "c".into(), "tie-large-id".into())),
            "order {order:?}"
        );
    }
}

#[test]
fn completing_a_lesson_again_does_not_undo_anything() {
    let summary = Summary::from_events(&[
        event(1, 10, completed("c", "a")),
        event(2, 20, opened("c", "a")),
        event(3, 30, completed("c", "a")),
    ]);
    assert!(summary.is_completed("c", "a"));
    assert!(!summary.is_completed("c", "b"));
    assert!(
        !summary.is_completed("other", "a"),
        "completion is per course"
    );
}

#[test]
fn the_best_score_and_a_pass_are_kept_after_a_worse_attempt() {
    let summary = Summary::from_events(&[
        event(1, 10, attempted("c", "q", 1, 4, false)),
        event(2, 20, attempted("c", "q", 4, 4, true)),
        event(3, 30, attempted("c", "q", 2, 3, false)),
    ]);
    let quiz = summary.quiz("c", "q").unwrap();
    assert_eq!(quiz.best_percent, 100);
    assert!(quiz.passed);
    let history: Vec<_> = quiz
        .attempts
        .iter()
        .map(|a| (a.at_ms, a.correct, a.total, a.passed))
        .collect();
    assert_eq!(
        history,
        [(10, 1, 4, false), (20, 4, 4, true), (30, 2, 3, false)]
    );
    assert!(summary.quiz("c", "other").is_none());
}

#[test]
fn time_is_summed_once_per_event() {
    let summary = Summary::from_events(&[
        event(1, 10, spent("c", "a", 60)),
        event(1, 10, spent("c", "a", 60)),
        // Same content, different event: a second sitting, so it counts.
        event(2, 10, spent("c", "a", 60)),
        event(3, 10, spent("c", "b", 5)),
        event(4, 10, spent("other", "a", 1_000)),
    ]);
    assert_eq!(summary.seconds[&key("c", "a")], 120);
    assert_eq!(summary.seconds_in_course("c"), 125);
    assert_eq!(summary.seconds_in_course("other"), 1_000);
    assert_eq!(summary.seconds_in_course("none"), 0);
}

/// An event numbered `seq` on `device` at `at_ms`.
fn on(device: u128, seq: u64, at_ms: i64, kind: EventKind) -> Event {
    Event {
        id: Event::derived_id(Uuid::from_u128(device), seq),
        device: Uuid::from_u128(device),
        seq,
        ..event(0, at_ms, kind)
    }
}

#[test]
fn a_clearing_covers_what_its_laptop_held_whatever_the_clocks_say() {
    const HOUR: i64 = 3_600_000;
    let (office, home, phone) = (1, 2, 3);
    let events = [
        // Held by the office laptop when the learner cleared the course there.
        on(office, 1, 10 * HOUR, completed("c", "a")),
        on(home, 1, 8 * HOUR, completed("c", "b")),
        on(
            office,
            2,
            11 * HOUR,
            EventKind::ProgressCleared {
                course: "c".into(),
                upto: Some(BTreeMap::from([(Uuid::from_u128(home), 1)])),
            },
        ),
        // After the clearing reached home, whose clock is two hours slow: counts.
        on(home, 2, 9 * HOUR, completed("c", "d")),
        // On a phone the office never heard from, earlier by every clock: kept.
        on(phone, 1, 5 * HOUR, completed("c", "e")),
        // The office's own later work: counts.
        on(office, 3, 12 * HOUR, completed("c", "f")),
        // Other courses are not touched.
        on(office, 4, 1, completed("other", "a")),
    ];
    let done: BTreeSet<(String, String)> = Summary::from_events(&events).completed;
    let expect: BTreeSet<(String, String)> = [("c", "d"), ("c", "e"), ("c", "f"), ("other", "a")]
        .iter()
        .map(|(c, l)| key(c, l))
        .collect();
    assert_eq!(done, expect);
}

#[test]
fn a_clearing_recorded_before_the_causal_rule_still_goes_by_time() {
    let events = [
        event(1, 100, completed("c", "a")),
        event(
            2,
            200,
            EventKind::ProgressCleared {
                course: "c".into(),
                upto: None,
            },
        ),
        event(3, 300, completed("c", "b")),
    ];
    let done = Summary::from_events(&events).completed;
    assert_eq!(done, BTreeSet::from([key("c", "b")]));
}

// --- Extending a summary one event at a time -------------------------------------------

/// Events as a laptop records and merges them: ids that sometimes collide, a clearing now
/// and then, notes.
fn logged() -> impl Strategy<Value = Vec<Event>> {
    let extra = prop_oneof![
        8 => kind(),
        1 => prop::sample::select(vec!["c1", "c2"]).prop_map(|c| EventKind::ProgressCleared {
            course: c.into(),
            upto: None,
        }),
        2 => (prop::sample::select(vec!["a", "b"]), 0u64..4).prop_map(|(l, t)| EventKind::NoteSaved {
            course: "c1".into(),
            lesson: l.into(),
            text: format!("note {t}"),
            hlc: lphm_progress::Hlc { ms: t as i64, count: 0 },
            bases: Vec::new(),
        }),
        2 => (prop::sample::select(vec!["a", "b"]), 0u64..4, any::<bool>()).prop_map(|(l, t, on)| EventKind::BookmarkSet {
            course: "c1".into(),
            lesson: l.into(),
            on,
            hlc: lphm_progress::Hlc { ms: t as i64, count: 0 },
        }),
    ];
    prop::collection::vec((0u128..30, -3i64..=3, extra), 0..40).prop_map(|raw| {
        raw.into_iter()
            .map(|(id, at_ms, kind)| event(id, at_ms, kind))
            .collect()
    })
}

proptest! {
    /// The desk keeps a summary and extends it as events are recorded, deriving it afresh
    /// only when `extend` refuses: the result must be what deriving from the whole log
    /// gives, whatever the events.
    #[test]
    fn extending_one_event_at_a_time_equals_deriving_from_all(events in logged()) {
        let mut kept = Summary::from_events(&[]);
        for (i, event) in events.iter().enumerate() {
            if !kept.extend(event) {
                kept = Summary::from_events(&events[..=i]);
            }
            prop_assert_eq!(&kept, &Summary::from_events(&events[..=i]), "after {} events", i + 1);
        }
    }
}

#[test]
fn extend_refuses_what_needs_the_whole_log() {
    let first = event(1, 0, spent("c1", "a", 30));
    let mut s = Summary::from_events([&first]);
    assert!(
        !s.extend(&first),
        "the same event again would count its 30 s twice"
    );
    let clearing = event(
        2,
        1,
        EventKind::ProgressCleared {
            course: "c1".into(),
            upto: None,
        },
    );
    assert!(!s.extend(&clearing), "a clearing hides earlier events");
    assert_eq!(
        s,
        Summary::from_events([&first]),
        "a refusal changes nothing"
    );
    assert!(s.extend(&event(3, 2, spent("c2", "a", 5))));
    assert_eq!(s.seconds_in_course("c2"), 5);
}

// --- Bookmarks ---------------------------------------------------------------------------

fn bookmark(id: u128, device: u128, lesson: &str, on: bool, hlc_ms: i64) -> Event {
    let mut e = event(
        id,
        0,
        EventKind::BookmarkSet {
            course: "c1".into(),
            lesson: lesson.into(),
            on,
            hlc: lphm_progress::Hlc {
                ms: hlc_ms,
                count: 0,
            },
        },
    );
    e.device = Uuid::from_u128(device);
    e
}

#[test]
fn the_latest_bookmark_event_by_clock_decides_whatever_the_order_they_arrive_in() {
    // Laptop 1 sets a bookmark, laptop 2 (having seen it) removes it, laptop 1 sets "b".
    let events = vec![
        bookmark(1, 1, "a", true, 10),
        bookmark(2, 2, "a", false, 11),
        bookmark(3, 1, "b", true, 12),
    ];
    let mut orders = vec![events.clone()];
    let mut reversed = events.clone();
    reversed.reverse();
    orders.push(reversed);
    orders.push(vec![
        events[1].clone(),
        events[2].clone(),
        events[0].clone(),
    ]);
    for order in orders {
        let s = Summary::from_events(&order);
        assert!(
            !s.bookmarked("c1", "a"),
            "removed later on the other laptop"
        );
        assert!(s.bookmarked("c1", "b"));
        assert!(!s.bookmarked("c1", "c"));
        // Extending one at a time gives the same.
        let mut kept = Summary::default();
        for e in &order {
            assert!(kept.extend(e));
        }
        assert_eq!(kept.bookmarks, s.bookmarks);
    }
    // A tie on the clock is broken by device, then id, the same everywhere.
    let tie = [
        bookmark(4, 2, "c", true, 20),
        bookmark(5, 1, "c", false, 20),
    ];
    assert!(Summary::from_events(&tie).bookmarked("c1", "c"));
    assert!(Summary::from_events(tie.iter().rev()).bookmarked("c1", "c"));
}
