//! Size limits never strand a learner: pushes and pulls are bounded by bytes as well as by
//! count, so a learner with many long notes still syncs both ways.

use std::collections::BTreeSet;

use lphm_desk::MAX_NOTE;
use rand::{Rng, SeedableRng};

use crate::harness::{Laptop, Server, STARTER};

/// Note text that compresses about as badly as real prose: random words of random letters.
fn long_note(rng: &mut rand::rngs::StdRng, len: usize) -> String {
    let mut s = String::with_capacity(len);
    while s.len() < len {
        let word: String = (0..rng.random_range(2..10))
            .map(|_| rng.random_range(b'a'..=b'z') as char)
            .collect();
        s.push_str(&word);
        s.push(' ');
    }
    s.truncate(len);
    s
}

fn save_notes(laptop: &Laptop, rng: &mut rand::rngs::StdRng, n: usize) {
    let lessons = [
        "why-perceptions-matter",
        "telling-the-story",
        "contact-and-words",
    ];
    for i in 0..n {
        let text = long_note(rng, 30 * 1024);
        assert!(text.len() <= MAX_NOTE);
        laptop
            .desk
            .save_note(STARTER, lessons[i % lessons.len()], &text, vec![])
            .unwrap();
    }
}

#[tokio::test]
async fn hundreds_of_long_notes_saved_offline_are_pushed_in_several_exchanges() {
    let server = Server::sled().await;
    let (_, code) = server.learner("Aïssatou").await;
    let laptop = Laptop::new("Aïssatou", 1);
    laptop.enroll(&server.url(), &code).await;
    let mut rng = rand::rngs::StdRng::seed_from_u64(3);
    // About 9.6 MB of note text, each note within the app's own limit: one batch of them
    // was over the server's limits, and every push was refused, forever.
    save_notes(&laptop, &mut rng, 320);
    let report = laptop.desk.sync_now().await.expect("the notes are pushed");
    assert_eq!(report.pushed, 320);
    assert!(report.exchanges > 1, "{report:?}");
    assert_eq!(laptop.desk.sync_status().unwrap().waiting, 0);
    let learner = laptop.desk.enrollment().unwrap().unwrap().learner;
    assert_eq!(server.event_ids(learner).await, laptop.event_ids());
}

#[tokio::test]
async fn a_new_laptop_pulls_many_megabytes_of_notes_page_by_page() {
    let server = Server::sled().await;
    let (learner, code) = server.learner("Aïssatou").await;
    let office = Laptop::new("Aïssatou", 1);
    office.enroll(&server.url(), &code).await;
    let mut rng = rand::rngs::StdRng::seed_from_u64(4);
    // Synced a little at a time over weeks: every push was small.
    for _ in 0..8 {
        save_notes(&office, &mut rng, 40);
        office.desk.sync_now().await.unwrap();
    }
    let held: BTreeSet<_> = server.event_ids(learner).await;
    assert_eq!(held.len(), 320);

    // A new laptop for the same learner: more than 8 MiB of notes to pull. One page of
    // them used to be refused as too large, on every sync.
    let home = Laptop::new("Aïssatou", 2);
    home.enroll(&server.url(), &server.code(learner).await)
        .await;
    let report = home.desk.sync_now().await.expect("the notes are pulled");
    assert_eq!(report.pulled, 320);
    assert!(report.exchanges > 1, "{report:?}");
    assert_eq!(home.event_ids(), held);
}
