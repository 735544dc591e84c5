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
