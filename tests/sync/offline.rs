//! No connection at all: the unsynced progress goes to a signed file that a coordinator
//! imports on the server; importing it twice changes nothing. And courses from the
//! server's catalogue: an interrupted download continues where it stopped.

use crate::harness::*;

#[tokio::test]
async fn exported_progress_imported_twice_on_the_server_counts_once() {
    let server = Server::sled().await;
    let (learner, code) = server.learner("Fatou Sow").await;
    let laptop = Laptop::new("Fatou", 21);
    laptop.enroll(&server.url(), &code).await;
    laptop.record(4);
    laptop.desk.sync_now().await.unwrap();
    // Then weeks without a connection.
    laptop.study(STARTER, 1);
    let waiting = laptop.desk.sync_status().unwrap().waiting;
    let file = laptop.dir().join("fatou.lphm-progress");
    let info = laptop.desk.export_bundle(&file).unwrap();
    assert_eq!(
        info.events as u64, waiting,
        "only what the server has not acknowledged"
    );

    let bytes = std::fs::read(&file).unwrap();
    let first = lphm_server::admin::import_bundle(server.backend(), &bytes, None, now())
        .await
        .unwrap();
    assert_eq!(
        (first.new, first.existing, first.learner),
        (info.events, 0, learner)
    );
    let again = lphm_server::admin::import_bundle(server.backend(), &bytes, None, now())
        .await
        .unwrap();
    assert_eq!(
        (again.new, again.existing),
        (0, info.events),
        "the second import changes nothing"
    );
    assert_eq!(server.event_ids(learner).await, laptop.event_ids());

    // When the laptop connects again it learns that all arrived.
    laptop.desk.sync_now().await.unwrap();
    assert_eq!(laptop.desk.sync_status().unwrap().waiting, 0);
    assert_eq!(server.event_ids(learner).await, laptop.event_ids());

    // Nothing left to export; a place that cannot be written says so and leaves nothing.
    assert_eq!(
        laptop.desk.export_bundle(&file).unwrap_err().code(),
        "bundle-nothing-to-export"
    );
    laptop.record(1);
    let nowhere = laptop.dir().join("no-such-folder").join("x.lphm-progress");
    let failed = laptop.desk.export_bundle(&nowhere).unwrap_err();
    assert_eq!(failed.code(), "bundle-write-failed");
    // Windows: a file of that name that another program holds without sharing it (say, a
    // USB copy being read) is named in words, and can be written once that program lets go.
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        let held = laptop.dir().join("held.lphm-progress");
        std::fs::write(&held, b"an older export").unwrap();
        let holder = std::fs::OpenOptions::new()
            .read(true)
            .share_mode(0)
            .open(&held)
            .unwrap();
        let failed = laptop.desk.export_bundle(&held).unwrap_err();
        assert_eq!(failed.code(), "file-in-use", "{failed:?}");
        drop(holder);
        laptop.desk.export_bundle(&held).unwrap();
    }
    assert_eq!(
        laptop.desk.sync_status().unwrap().waiting,
        1,
        "the change still waits"
    );
}

#[tokio::test]
async fn a_tampered_progress_file_is_refused_and_stores_nothing() {
    let server = Server::sled().await;
    let (learner, code) = server.learner("Fatou Sow").await;
    let laptop = Laptop::new("Fatou", 22);
    laptop.enroll(&server.url(), &code).await;
    laptop.record(3);
    let file = laptop.dir().join("p.lphm-progress");
    laptop.desk.export_bundle(&file).unwrap();
    let mut bytes = std::fs::read(&file).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 1;
    assert!(
        lphm_server::admin::import_bundle(server.backend(), &bytes, None, now())
            .await
            .is_err()
    );
    assert!(server.event_ids(learner).await.is_empty());
}

#[tokio::test]
async fn a_course_from_the_server_downloads_resumes_and_installs_through_the_import_checks() {
    let catalogue = tempfile::tempdir().unwrap();
    let key = lphm_package::SecretKey::from_seed("Province publisher", [42u8; 32]);
    let mut package = Vec::new();
    lphm_package::pack(
        &lphm_test_support::fixture("fallback-course"),
        &key,
        &mut package,
    )
    .unwrap();
    std::fs::write(catalogue.path().join("fixture.lphm"), &package).unwrap();
    let data = tempfile::tempdir().unwrap();
    let mut config = lphm_server::ServerConfig::new(lphm_server::BackendConfig::Sled {
        dir: data.path().join("server"),
    });
    config.catalogue_dir = Some(catalogue.path().to_path_buf());
    config.trust = vec![key.public()];
    let server = Server::start(config, Some(data)).await;
    let proxy = proxy(&server).await;
    let (_, code) = server.learner("Anna").await;
    let laptop = Laptop::new("Anna", 23);
    lphm_desk::trust_key(laptop.desk.store(), &key.public().to_file()).unwrap();
    laptop.enroll(&proxy.url(), &code).await;

    let offered = laptop.desk.remote_catalogue().await.unwrap();
    let course = offered
        .iter()
        .find(|c| c.course == "fixture-fallback")
        .expect("offered")
        .clone();
    assert_eq!(
        (course.action, course.partial),
        (lphm_desk::RemoteAction::Install, 0)
    );

    // The connection is cut half-way through the file.
    proxy.set(lphm_test_support::proxy::Fault::CutResponseAfter(
        package.len() / 2,
    ));
    let cut = laptop
        .desk
        .download_course(&course.course, |_| true)
        .await
        .unwrap_err();
    assert_eq!(cut.code(), "sync-offline", "{cut:?}");
    let partial = laptop.desk.remote_catalogue().await.unwrap()[0].partial;
    assert!(
        partial > 0 && partial < package.len() as u64,
        "kept {partial} of {} bytes",
        package.len()
    );
    assert!(laptop
        .desk
        .store()
        .installed("fixture-fallback")
        .unwrap()
        .is_none());

    let mut first_seen = None;
    let outcome = laptop
        .desk
        .download_course(&course.course, |p| {
            first_seen.get_or_insert(p.done);
            true
        })
        .await
        .unwrap();
    assert_eq!(first_seen, Some(partial), "continued from where it stopped");
    assert_eq!(outcome.course(), "fixture-fallback");
    let after = laptop.desk.remote_catalogue().await.unwrap();
    assert_eq!(after[0].action, lphm_desk::RemoteAction::Installed);
    assert_eq!(after[0].partial, 0, "the partial file is gone");

    // Cancelling keeps what came, for next time.
    laptop
        .desk
        .remove_course("fixture-fallback", false)
        .unwrap();
    proxy.set(lphm_test_support::proxy::Fault::CutResponseAfter(
        package.len() / 2,
    ));
    let _ = laptop.desk.download_course(&course.course, |_| true).await;
    let stopped = laptop
        .desk
        .download_course(&course.course, |_| false)
        .await
        .unwrap_err();
    assert_eq!(stopped.code(), "download-cancelled");
    assert!(laptop.desk.remote_catalogue().await.unwrap()[0].partial > 0);
}
