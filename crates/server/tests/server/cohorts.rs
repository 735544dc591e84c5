//! Cohorts stored the same on both backends: made and updated, participants (who must be
//! learners of the server) with their city and country, and cohorts given to coordinators,
//! who see only those; administrators see all.

use lphm_server::accounts::Role;
use lphm_server::cohorts::{may_see, Cohort, Participant};
use lphm_server::StoreError;
use uuid::Uuid;

use crate::harness::{on_both_backends, Kind, TestServer, T0};

fn antwerp() -> Cohort {
    Cohort {
        id: Uuid::new_v4(),
        name: "Antwerp, May 2013".into(),
        courses: vec!["perceptions-communication-media".into()],
        starts: "2013-05-13".into(),
        ends: "2013-05-17".into(),
        place: "Antwerpen".into(),
        facilitator: "UNITAR".into(),
        created_ms: T0,
    }
}

on_both_backends!(cohorts_hold_participants_and_are_given_to_coordinators);

async fn cohorts_hold_participants_and_are_given_to_coordinators(kind: Kind) {
    let server = TestServer::start(kind).await;
    let b = server.backend();
    let cohort = antwerp();
    b.add_cohort(cohort.clone()).await.unwrap();
    let later = Cohort {
        id: Uuid::new_v4(),
        name: "Durban, 2014".into(),
        created_ms: T0 + 1,
        ..antwerp()
    };
    b.add_cohort(later.clone()).await.unwrap();
    assert_eq!(b.cohort(cohort.id).await.unwrap(), Some(cohort.clone()));
    let names: Vec<String> = b
        .cohorts()
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(names, ["Durban, 2014", "Antwerp, May 2013"], "newest first");
    let renamed = Cohort {
        name: "Antwerpen, mei 2013".into(),
        ..cohort.clone()
    };
    b.add_cohort(renamed.clone()).await.unwrap();
    assert_eq!(b.cohort(cohort.id).await.unwrap(), Some(renamed));

    let anna = server.learner("Anna Kowalska").await;
    let thandi = server.learner("Thandi Dlamini").await;
    for (learner, city, country) in [
        (anna, "Płock", "Polska"),
        (thandi, "Durban", "South Africa"),
    ] {
        b.add_participant(Participant {
            cohort: cohort.id,
            learner,
            city: city.into(),
            country: country.into(),
        })
        .await
        .unwrap();
    }
    // Again, with a corrected city: updated, not doubled.
    b.add_participant(Participant {
        cohort: cohort.id,
        learner: thandi,
        city: "eThekwini".into(),
        country: "South Africa".into(),
    })
    .await
    .unwrap();
    let people = b.participants(cohort.id).await.unwrap();
    assert_eq!(people.len(), 2);
    assert!(people
        .iter()
        .any(|p| p.learner == thandi && p.city == "eThekwini"));
    assert!(b.participants(later.id).await.unwrap().is_empty());
    match b
        .add_participant(Participant {
            cohort: cohort.id,
            learner: Uuid::new_v4(),
            city: String::new(),
            country: String::new(),
        })
        .await
    {
        Err(StoreError::UnknownLearner(_)) => {}
        other => panic!("a learner the server does not have: {other:?}"),
    }
    match b
        .add_participant(Participant {
            cohort: Uuid::new_v4(),
            learner: anna,
            city: String::new(),
            country: String::new(),
        })
        .await
    {
        Err(StoreError::UnknownCohort(_)) => {}
        other => panic!("a cohort the server does not have: {other:?}"),
    }

    let coordinator = Uuid::new_v4();
    b.add_account(lphm_server::accounts::Account {
        id: coordinator,
        login: "coordinator@plock.pl".into(),
        name: "Jan".into(),
        role: Role::Coordinator,
        password_hash: "not used here".into(),
        created_ms: T0,
        disabled: false,
    })
    .await
    .unwrap();
    assert!(b.cohorts_given(coordinator).await.unwrap().is_empty());
    b.give_cohort(cohort.id, coordinator).await.unwrap();
    b.give_cohort(cohort.id, coordinator).await.unwrap();
    let given = b.cohorts_given(coordinator).await.unwrap();
    assert_eq!(given, [cohort.id], "given once");
    assert!(may_see(Role::Coordinator, &given, cohort.id));
    assert!(
        !may_see(Role::Coordinator, &given, later.id),
        "not given: not seen"
    );
    assert!(may_see(Role::Administrator, &[], later.id));
    assert!(matches!(
        b.give_cohort(Uuid::new_v4(), coordinator).await,
        Err(StoreError::UnknownCohort(_))
    ));
}

on_both_backends!(progress_digests_follow_every_push_and_a_clearing);

/// The digest the dashboard reads is, after every push, the one derived from the whole
/// log: extended push by push, made again after a clearing, and the same for two laptops.
async fn progress_digests_follow_every_push_and_a_clearing(kind: Kind) {
    use lphm_progress::{Event, EventKind};
    use lphm_server::digest::Digest;

    let server = TestServer::start(kind).await;
    let (learner, laptop) = server.enrolled("Nomvula Dlamini").await;
    let second = server.device(learner).await;
    let idle = server.learner("Piotr Nowak").await;
    let b = server.backend();
    let whole = |events: &[Event]| {
        let upto = events.len() as u64;
        Digest::of(events, upto)
    };
    for chunk in [1..=7u64, 8..=20, 21..=21, 22..=40] {
        server
            .push(&laptop, &laptop.events(chunk.clone()))
            .await
            .unwrap();
        server.push(&second, &second.events(chunk)).await.unwrap();
        let held = b.digests(&[learner]).await.unwrap();
        assert_eq!(held.len(), 1);
        assert_eq!(held[0].1, whole(&b.events(learner).await.unwrap()));
    }
    let first = b.digests(&[learner]).await.unwrap()[0].1.clone();
    assert_eq!(first.events, 80);
    assert!(first.courses["course-1"].completed.len() > 1);
    assert_eq!(first.courses["course-1"].quizzes["quiz-1"].attempts, 4);

    // A clearing of one course: that course's progress stops counting, the others stay.
    let mut clearing = laptop.events([41]).remove(0);
    clearing.kind = EventKind::ProgressCleared {
        course: "course-1".into(),
        upto: Some([(laptop.id, 40), (second.id, 40)].into()),
    };
    server.push(&laptop, &[clearing]).await.unwrap();
    let after = b.digests(&[learner]).await.unwrap()[0].1.clone();
    assert_eq!(after, whole(&b.events(learner).await.unwrap()));
    assert!(after.courses["course-1"].completed.is_empty());
    assert!(after.courses["course-1"].cleared);
    assert_eq!(after.courses["course-2"], first.courses["course-2"]);
    // Pushed after the clearing, it counts again (derived afresh each time from now on).
    server
        .push(&second, &second.events([41, 46]))
        .await
        .unwrap();
    let later = b.digests(&[learner]).await.unwrap()[0].1.clone();
    assert_eq!(later, whole(&b.events(learner).await.unwrap()));
    assert_eq!(
        later.courses["course-1"].completed,
        ["lesson-4".to_string()].into()
    );

    // A learner with no events, and one who does not exist.
    let both = b.digests(&[idle, learner, Uuid::new_v4()]).await.unwrap();
    assert_eq!(both.len(), 2);
    let none = both.iter().find(|(l, _)| l.id == idle).unwrap();
    assert_eq!(none.1, Digest::default());
    assert_eq!(none.0.name, "Piotr Nowak");
}
