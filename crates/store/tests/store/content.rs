//! Installing course content: small files in sled, large media as files beside it. The
//! large-media path syncs the media folder, which Windows refuses to open: it must work
//! there too (these tests also run as a Windows binary).

use lphm_store::{Store, INLINE_MAX};
use lphm_test_support::TestCourse;
use sha2::{Digest, Sha256};

#[test]
fn a_course_with_media_above_the_inline_limit_installs_and_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let big: Vec<u8> = (0..INLINE_MAX as usize * 3)
        .map(|i| (i % 251) as u8)
        .collect();
    let course = TestCourse::new("media-course")
        .without_quiz()
        .lesson("l", "# L\n\nText.")
        .file("media/map.png", big.clone());
    let manifest: lphm_content::Manifest = serde_json::from_value(course.manifest()).unwrap();
    let mut import = store.begin_import().unwrap();
    for (path, bytes) in &course.files() {
        let sha = hex::encode(Sha256::digest(bytes));
        import
            .write(path, &sha, bytes.len() as u64, &mut bytes.as_slice())
            .unwrap_or_else(|e| panic!("{path}: {e:?}"));
    }
    import
        .commit(manifest.clone(), None)
        .expect("the import commits");
    drop(store);

    let store = Store::open(dir.path()).unwrap();
    assert_eq!(
        store.media(&manifest, "media/map.png").unwrap().unwrap(),
        big
    );
    assert_eq!(
        store.lesson_body(&manifest, "l", "en").unwrap().unwrap(),
        "# L\n\nText."
    );
    let media_files = std::fs::read_dir(dir.path().join("media")).unwrap().count();
    assert_eq!(
        media_files, 1,
        "only the large file lives beside the database"
    );
}
