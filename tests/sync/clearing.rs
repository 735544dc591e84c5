//! "Also delete my progress" is ordered by what happened before what, not by the laptops'
//! clocks: progress recorded after a laptop learned of the deletion counts at once, even on
//! a laptop whose clock is two hours slow.

use crate::harness::{Laptop, Server, STARTER};

const TWO_HOURS_MS: i64 = 2 * 3600 * 1000;

fn completed(laptop: &Laptop, lesson: &str) -> bool {
    laptop
        .summary()
        .completed
        .contains(&(STARTER.to_string(), lesson.to_string()))
}

#[tokio::test]
async fn progress_after_a_deletion_counts_at_once_on_a_laptop_with_a_slow_clock() {
    let server = Server::sled().await;
    let (learner, code) = server.learner("Sipho").await;
    let office = Laptop::new("Sipho", 1);
    let home = Laptop::with_clock_off_by("Sipho", 2, -TWO_HOURS_MS);
    office.enroll(&server.url(), &code).await;
    home.enroll(&server.url(), &server.code(learner).await)
        .await;

    office
        .desk
        .complete_lesson(STARTER, "telling-the-story")
        .unwrap();
    home.desk
        .complete_lesson(STARTER, "contact-and-words")
        .unwrap();
    office.desk.sync_now().await.unwrap();
    home.desk.sync_now().await.unwrap();
    office.desk.sync_now().await.unwrap();
    assert!(completed(&office, "contact-and-words"));

    // At the office the learner removes the course and deletes their progress in it.
    office.desk.remove_course(STARTER, true).unwrap();
    assert!(!completed(&office, "telling-the-story"));
    assert!(!completed(&office, "contact-and-words"));
    office.desk.sync_now().await.unwrap();

    // At home (clock two hours slow) the deletion arrives, then the learner studies again.
    home.desk.sync_now().await.unwrap();
    assert!(
        !completed(&home, "contact-and-words"),
        "the deletion reached home"
    );
    home.desk
        .complete_lesson(STARTER, "why-perceptions-matter")
        .unwrap();
    assert!(
        completed(&home, "why-perceptions-matter"),
        "a lesson completed after the deletion counts at once, whatever the clock says"
    );
    home.desk.sync_now().await.unwrap();
    office.desk.sync_now().await.unwrap();
    assert_eq!(
        office.summary(),
        home.summary(),
        "both laptops derive the same"
    );
    assert!(completed(&office, "why-perceptions-matter"));
    assert!(!completed(&office, "contact-and-words"));
}
