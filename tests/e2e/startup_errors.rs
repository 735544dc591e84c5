//! A data folder that cannot be used gives a clear screen naming the folder, and nothing
//! in it is changed.

use std::collections::BTreeMap;
use std::path::Path;

use crate::harness::Desktop;

fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(path.display().to_string(), std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn data_held_by_another_running_copy_shows_the_locked_screen() {
    let desktop = Desktop::start("locked");
    // Another instance: this test process holds the store open.
    let held = lphm_store::Store::open(&desktop.store_dir()).unwrap();
    let app = desktop.launch().await;
    let text = app
        .wait_text("[data-test='fatal']", "already open in another window")
        .await;
    assert!(text.contains("Close the other LPHM window"), "{text}");
    let path = app.text("[data-test='fatal-path']").await;
    assert_eq!(path, desktop.store_dir().display().to_string());
    app.screenshot("locked").await;
    app.quit().await;
    drop(held);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_store_is_reported_and_left_untouched() {
    let desktop = Desktop::start("corrupt");
    {
        let store = lphm_store::Store::open(&desktop.store_dir()).unwrap();
        store.set_device_lang("fr").unwrap();
    }
    let log = desktop.store_dir().join("db/db");
    let len = std::fs::metadata(&log).unwrap().len() as usize;
    std::fs::write(&log, vec![0x5A; len]).unwrap();
    let before = snapshot(&desktop.store_dir());

    let app = desktop.launch().await;
    let text = app.wait_text("[data-test='fatal']", "damaged").await;
    assert!(text.contains("Do not delete it"), "{text}");
    assert!(text.contains("Nothing has been deleted"), "{text}");
    app.screenshot("corrupt").await;
    // The screen can be read in another language even though no settings could be loaded.
    app.select("[data-test=\'language\']", "fr").await;
    app.wait_text("[data-test='fatal']", "Rien n'a été supprimé")
        .await;
    app.quit().await;
    assert!(
        before == snapshot(&desktop.store_dir()),
        "the damaged store is left exactly as it was"
    );
}
