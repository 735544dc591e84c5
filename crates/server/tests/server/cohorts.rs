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
