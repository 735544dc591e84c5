//! A server restored from a backup, and a laptop restored or copied: the cases where sync
//! used to say "synced, 0 waiting" while events were missing (issue 11, cases 1 and 2).

use crate::harness::*;

#[tokio::test]
async fn a_server_restored_from_a_backup_heals_on_sled() {
    restored_server(Server::sled().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_restored_from_a_backup_heals_on_postgresql() {
    restored_server(Server::postgres().await).await;
}

/// Three laptops of one learner; a backup; 20 more events synced; the server restored from
/// the backup; 5 new events. Every laptop and the server end with all 45, none twice.
/// (Before, the server gave numbers again to the events sent anew, and a laptop whose
/// cursor was past them never pulled them: one laptop held 40 and said 0 waiting.)
async fn restored_server(mut server: Server) {
    let (learner, code) = server.learner("Fatou Sarr").await;
    let laptops = [
        Laptop::new("Fatou A", 31),
        Laptop::new("Fatou B", 32),
        Laptop::new("Fatou C", 33),
    ];
    laptops[0].enroll(&server.url(), &code).await;
    for l in &laptops[1..] {
        l.enroll(&server.url(), &server.code(learner).await).await;
    }
    let sync_all = || async {
        for _ in 0..2 {
            for l in &laptops {
                l.desk.sync_now().await.expect("syncs");
            }
        }
    };
    laptops[0].record(7);
    laptops[1].record(7);
    laptops[2].record(6);
    sync_all().await;

    let backup = server.backup().await;
    laptops[0].record(10);
    laptops[1].record(10);
    sync_all().await;
    assert_eq!(server.event_ids(learner).await.len(), 40);

    server.restore(&backup).await;
    assert_eq!(server.event_ids(learner).await.len(), 20, "the backup's");
    laptops[0].record(5);
    let mut rewound = 0;
    for _ in 0..2 {
        for l in &laptops {
            let report = l.desk.sync_now().await.expect("syncs after the restore");
            rewound += usize::from(report.rewound);
        }
    }

    let on_server = server.event_ids(learner).await;
    assert_eq!(
        on_server.len(),
        45,
        "the laptops sent again what the server lost"
    );
    for (i, l) in laptops.iter().enumerate() {
        assert_eq!(l.event_ids(), on_server, "laptop {i} holds every event");
        assert_eq!(l.desk.sync_status().unwrap().waiting, 0);
    }
    assert!(
        rewound >= 2,
        "laptops ahead of the backup pulled everything again ({rewound})"
    );
}

#[tokio::test]
async fn a_laptop_restored_from_a_backup_takes_a_new_identity_on_sled() {
    restored_laptop(Server::sled().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_laptop_restored_from_a_backup_takes_a_new_identity_on_postgresql() {
    restored_laptop(Server::postgres().await).await;
}

/// A laptop synced 10 events; its folder was backed up; 5 more were synced; the folder was
/// restored from the backup and 2 new events recorded. The server holds all 17 and the
/// laptop too (its 5 lost events come back). (Before, the 2 new events reused numbers 11
/// and 12, the server ignored them as duplicates and the laptop said "0 waiting".)
async fn restored_laptop(server: Server) {
    let (learner, code) = server.learner("Sipho Dlamini").await;
    let laptop = Laptop::new("Sipho", 41);
    laptop.enroll(&server.url(), &code).await;
    laptop.record(10);
    laptop.desk.sync_now().await.unwrap();
    // The backup: the data folder copied as it is now.
    let backup = tempfile::tempdir().unwrap();
    copy_dir(laptop.dir(), backup.path());
    laptop.record(5);
    laptop.desk.sync_now().await.unwrap();
    let lost = laptop.event_ids();
    let profile = laptop.profile;
    drop(laptop);

    let restored = Laptop {
        desk: open_desk_at(backup.path(), 43, 3_600_000),
        profile,
        dir: backup,
    };
    restored.record(2);
    let report = restored.desk.sync_now().await.expect("syncs");
    assert!(report.forked, "{report:?}");
    assert_eq!(report.pushed, 2);
    let on_server = server.event_ids(learner).await;
    assert_eq!(on_server.len(), 17, "the two new events reached the server");
    assert_eq!(restored.event_ids(), on_server);
    assert!(
        lost.is_subset(&restored.event_ids()),
        "the lost events came back"
    );
    assert_eq!(restored.desk.sync_status().unwrap().waiting, 0);
    let devices = server.backend().devices(Some(learner)).await.unwrap();
    assert_eq!(devices.len(), 2);
    assert_eq!(devices[1].forked_from, Some(devices[0].device));
    // And it goes on syncing as usual.
    restored.record(3);
    let report = restored.desk.sync_now().await.unwrap();
    assert_eq!((report.pushed, report.forked), (3, false));
    assert_eq!(server.event_ids(learner).await.len(), 20);
}

#[tokio::test]
async fn a_restored_laptop_with_nothing_new_gets_its_lost_events_back() {
    let server = Server::sled().await;
    let (learner, code) = server.learner("Ana Kowalska").await;
    let laptop = Laptop::new("Ana", 44);
    laptop.enroll(&server.url(), &code).await;
    laptop.record(4);
    laptop.desk.sync_now().await.unwrap();
    let backup = laptop.copy(45);
    laptop.record(6);
    laptop.desk.sync_now().await.unwrap();
    drop(laptop);

    let report = backup.desk.sync_now().await.unwrap();
    assert!(
        report.forked,
        "the server holds more of its identity than it made"
    );
    assert_eq!(backup.event_ids(), server.event_ids(learner).await);
    assert_eq!(backup.event_ids().len(), 10);
}

#[tokio::test]
async fn cloned_laptops_on_sled() {
    cloned_laptops(Server::sled().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn cloned_laptops_on_postgresql() {
    cloned_laptops(Server::postgres().await).await;
}

/// IT staff copy an enrolled laptop onto a second one; both are used. Each one's work
/// reaches the server and the other laptop, none is lost or doubled. (Before, the second
/// laptop's 4 events were "pushed, 0 waiting" and reached no one.)
async fn cloned_laptops(server: Server) {
    let (learner, code) = server.learner("Marta Nowak").await;
    let first = Laptop::new("Marta", 46);
    first.enroll(&server.url(), &code).await;
    first.record(10);
    first.desk.sync_now().await.unwrap();
    let second = first.copy(47);
    first.record(4);
    second.record(4);
    first.desk.sync_now().await.unwrap();
    let report = second.desk.sync_now().await.unwrap();
    assert!(report.forked);
    first.desk.sync_now().await.unwrap();
    second.desk.sync_now().await.unwrap();

    let on_server = server.event_ids(learner).await;
    assert_eq!(on_server.len(), 18);
    assert_eq!(first.event_ids(), on_server);
    assert_eq!(second.event_ids(), on_server);
    for l in [&first, &second] {
        assert_eq!(l.desk.sync_status().unwrap().waiting, 0);
    }
    assert_eq!(
        first.summary(),
        second.summary(),
        "both derive the same progress"
    );
}

/// The answer to the request for a new identity is lost: the next sync asks again for the
/// same new identity and finishes; nothing is doubled and only two registrations exist.
#[tokio::test]
async fn a_fork_whose_answer_is_lost_finishes_at_the_next_sync() {
    use lphm_test_support::proxy::Fault;
    let server = Server::sled().await;
    let proxy = proxy(&server).await;
    let (learner, code) = server.learner("Thandi Zulu").await;
    let first = Laptop::new("Thandi", 48);
    first.enroll(&proxy.url(), &code).await;
    first.record(3);
    first.desk.sync_now().await.unwrap();
    let second = first.copy(49);
    first.record(2);
    second.record(2);
    first.desk.sync_now().await.unwrap();

    // Each attempt: the first answer passes, the next is lost. First the 409 passes and
    // the answer to sending everything again from 1 is lost; then the 409 passes and the
    // answer to the request for a new identity is lost.
    for registrations in [1, 2] {
        let (result, ()) = tokio::join!(
            second.desk.sync_now(),
            proxy.set_after_next_answer(Fault::LoseResponse)
        );
        let lost = result.unwrap_err();
        assert!(
            ["sync-offline", "sync-bad-response", "sync-timeout"].contains(&lost.code()),
            "{lost:?}"
        );
        proxy.set(Fault::Pass);
        assert_eq!(
            server.backend().devices(Some(learner)).await.unwrap().len(),
            registrations
        );
    }

    proxy.set(Fault::Pass);
    let report = second.desk.sync_now().await.unwrap();
    assert!(report.forked);
    first.desk.sync_now().await.unwrap();
    let on_server = server.event_ids(learner).await;
    assert_eq!(on_server.len(), 7);
    assert_eq!(second.event_ids(), on_server);
    assert_eq!(first.event_ids(), on_server);
    assert_eq!(
        server.backend().devices(Some(learner)).await.unwrap().len(),
        2
    );
}

/// A laptop's events reached the server and another laptop, then the laptop was lost and
/// the server restored from a backup older than them: the other laptop finds the server
/// lacking them (its pull starts from the beginning) and sends them back, so a new laptop
/// gets them. (Before, a laptop sent only its own events: they stayed on one laptop.)
#[tokio::test]
async fn events_only_another_laptop_still_holds_go_back_to_a_restored_server() {
    let mut server = Server::sled().await;
    let (learner, code) = server.learner("Lerato Mokoena").await;
    let lost = Laptop::new("Lerato A", 51);
    let keeper = Laptop::new("Lerato B", 52);
    lost.enroll(&server.url(), &code).await;
    keeper
        .enroll(&server.url(), &server.code(learner).await)
        .await;
    keeper.record(2);
    keeper.desk.sync_now().await.unwrap();
    let backup = server.backup().await;
    lost.record(5);
    lost.desk.sync_now().await.unwrap();
    keeper.desk.sync_now().await.unwrap();
    let all = lost.event_ids();
    assert_eq!(keeper.event_ids(), all);
    drop(lost);

    server.restore(&backup).await;
    let report = keeper.desk.sync_now().await.unwrap();
    assert!(report.rewound);
    assert_eq!(report.relayed, 5, "{report:?}");
    assert_eq!(server.event_ids(learner).await, all);

    let newcomer = Laptop::new("Lerato C", 53);
    newcomer
        .enroll(&server.url(), &server.code(learner).await)
        .await;
    newcomer.desk.sync_now().await.unwrap();
    assert_eq!(newcomer.event_ids(), all);
}
