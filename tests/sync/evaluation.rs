//! Test forms across laptops: every laptop of a learner gets the form the server chose at
//! enrollment, a pre-test taken on one laptop reaches the other, and the post-test there is
//! the other form, also for a learner who took the pre-test before ever connecting.

use lphm_desk::StepState;
use lphm_progress::Stage;
use lphm_tests::curriculum::{answers, complete, curriculum, form, CURRICULUM};

use crate::harness::{Laptop, Server};

fn pre_form(laptop: &Laptop) -> String {
    laptop.desk.test(CURRICULUM, Stage::Pre).unwrap().form
}

#[tokio::test]
async fn a_learners_two_laptops_share_the_form_and_the_second_takes_the_other_after_the_course() {
    let course = curriculum();
    let server = Server::sled().await;
    let (learner, code) = server.learner("Nomvula").await;
    let office = Laptop::new("Nomvula", 1);
    let home = Laptop::new("Nomvula", 2);
    office.enroll(&server.url(), &code).await;
    home.enroll(&server.url(), &server.code(learner).await)
        .await;
    let first = pre_form(&office);
    assert_eq!(
        pre_form(&home),
        first,
        "both laptops were given the learner's form by the server"
    );

    // The pre-test at the office, then a sync each.
    office
        .desk
        .submit_test(CURRICULUM, Stage::Pre, answers(form(&course, &first), 5))
        .unwrap();
    office.desk.sync_now().await.unwrap();
    home.desk.sync_now().await.unwrap();
    let at_home = home.desk.evaluation(CURRICULUM).unwrap();
    let pre = at_home.pre.expect("a pre-test step");
    assert_eq!(pre.state, StepState::Taken, "the pre-test reached home");
    assert_eq!(pre.score.as_ref().map(|s| s.correct), Some(5));
    assert!(
        home.desk
            .submit_test(CURRICULUM, Stage::Pre, answers(form(&course, &first), 12))
            .is_err(),
        "a pre-test taken on another laptop is not taken again"
    );

    // The course at home, and the post-test there: the other form.
    complete(&home.desk, &course);
    let post = home.desk.test(CURRICULUM, Stage::Post).unwrap();
    assert_ne!(post.form, first, "never the pre-test's form");
    let outcome = home
        .desk
        .submit_test(
            CURRICULUM,
            Stage::Post,
            answers(form(&course, &post.form), 11),
        )
        .unwrap();
    assert_eq!(
        outcome.gain,
        Some(91 - 41),
        "11/12 after, 5/12 before, in points"
    );
    home.desk.sync_now().await.unwrap();
    office.desk.sync_now().await.unwrap();
    assert_eq!(
        office
            .desk
            .evaluation(CURRICULUM)
            .unwrap()
            .post
            .unwrap()
            .state,
        StepState::Taken,
        "and the office laptop learns it"
    );
}

#[tokio::test]
async fn a_pre_test_taken_before_connecting_is_followed_by_the_other_form_whatever_the_server_says()
{
    let course = curriculum();
    let server = Server::sled().await;
    // Several learners, so that the server's choice and the laptop's hash disagree for
    // some: the post-test follows the pre-test actually taken in every case.
    for n in 0..6u64 {
        let (_, code) = server.learner(&format!("Learner {n}")).await;
        let laptop = Laptop::new(&format!("Learner {n}"), 10 + n);
        let offline = pre_form(&laptop);
        laptop
            .desk
            .submit_test(CURRICULUM, Stage::Pre, answers(form(&course, &offline), 6))
            .unwrap();
        laptop.enroll(&server.url(), &code).await;
        laptop.desk.sync_now().await.unwrap();
        complete(&laptop.desk, &course);
        let post = laptop.desk.test(CURRICULUM, Stage::Post).unwrap();
        assert_ne!(
            post.form, offline,
            "learner {n}: the post-test is the other form"
        );
    }
}
