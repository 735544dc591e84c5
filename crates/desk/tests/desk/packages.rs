//! Course packages through the desk: the built-in packages, importing, updating with the
//! learner's progress kept, refusals that leave the store exactly as it was, large media,
//! removing courses and trusting publisher keys.
//!
//! Courses are made with `lphm_test_support::TestCourse`, packed with `lphm_package::pack`
//! and signed with a test key the store is told to trust through `lphm_desk::trust_key`, the
//! same path an administrator uses.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use lphm_desk::{ApiError, Desk, ErrorKind, ImportOutcome, ImportProgress};
use lphm_package::SecretKey;
use lphm_progress::Answers;
use lphm_test_support::course::{noise, QUIZ};
use lphm_test_support::TestCourse;
use tempfile::TempDir;

use crate::helpers::{card, desk_with_learner, new_profile, open, CURRICULUM, STARTER};

const COURSE: &str = "pack-test";
const BIG: &str = "media/big.bin";
/// Larger than `INLINE_MAX`, so the file goes to `<store>/media/<sha256>`.
const BIG_SIZE: usize = 300 * 1024;

fn publisher() -> SecretKey {
    SecretKey::from_seed("Test publisher", [9u8; 32])
}

fn stranger() -> SecretKey {
    SecretKey::from_seed("Unknown publisher", [4u8; 32])
}

/// Version 1 of the test course: three lessons, the quiz.
fn course_v1() -> TestCourse {
    TestCourse::new(COURSE)
        .lesson("intro", "# Intro\n\nWelcome to the first version.\n")
        .lesson("middle", "# Middle\n\nThe original middle text.\n")
        .lesson("old", "# Old\n\nA lesson that version 2 drops.\n")
}

/// Version 2 of [`course_v1`]: `old` removed, `fresh` added, `middle` rewritten.
fn course_v2() -> TestCourse {
    TestCourse::new(COURSE)
        .version(2)
        .lesson("intro", "# Intro\n\nWelcome to the first version.\n")
        .lesson("middle", "# Middle\n\nRewritten middle text for v2.\n")
        .lesson("fresh", "# Fresh\n\nA lesson new in version 2.\n")
}

/// The contents of `media/big.bin` (which no lesson refers to) made from `seed`.
fn big(seed: u64) -> Vec<u8> {
    noise(seed, BIG_SIZE)
}

/// Temp folders for course sources and packages.
struct Workshop {
    dir: TempDir,
}

impl Workshop {
    fn new() -> Workshop {
        Workshop {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Packs `course`, signed by `key`, into `<name>.lphm`.
    fn pack_with(&self, name: &str, course: &TestCourse, key: &SecretKey) -> PathBuf {
        let out = self.path(&format!("{name}.lphm"));
        course.pack(key, &out);
        out
    }

    fn pack(&self, name: &str, course: &TestCourse) -> PathBuf {
        self.pack_with(name, course, &publisher())
    }

    /// A copy of `package` holding only its first `len` bytes.
    fn truncated(&self, name: &str, package: &Path, len: u64) -> PathBuf {
        let bytes = std::fs::read(package).unwrap();
        let out = self.path(&format!("{name}.lphm"));
        std::fs::write(&out, &bytes[..len as usize]).unwrap();
        out
    }

    /// A copy of `package` in which the entry `path` had one byte changed after signing:
    /// same size, same headers, same signed manifest.
    fn tampered(&self, name: &str, package: &Path, path: &str) -> PathBuf {
        let out = self.path(&format!("{name}.lphm"));
        lphm_test_support::tamper_package(package, path, &out);
        out
    }
}

/// A desk with a learner, on a fresh store that trusts the test publisher.
fn trusting_desk(store: &Path) -> Desk {
    let desk = desk_with_learner(store, "en");
    lphm_desk::trust_key(desk.store(), &publisher().public().to_file()).unwrap();
    desk
}

fn import(desk: &Desk, package: &Path) -> Result<ImportOutcome, ApiError> {
    desk.import_file(package, |_| true)
}

fn installed(course: &str, version: u32) -> ImportOutcome {
    ImportOutcome::Installed {
        course: course.into(),
        version,
    }
}

fn profile(desk: &Desk) -> uuid::Uuid {
    desk.state("").unwrap().current.unwrap()
}

fn media_dir(desk: &Desk) -> PathBuf {
    desk.store().dir().join("media")
}

/// File names in `<store>/media`.
fn media_files(desk: &Desk) -> BTreeSet<String> {
    match std::fs::read_dir(media_dir(desk)) {
        Ok(entries) => entries
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => BTreeSet::new(),
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Everything a refused import must leave untouched.
#[derive(Debug, PartialEq)]
struct Snapshot {
    fingerprint: String,
    catalogue: Vec<(String, u32)>,
    media: BTreeSet<String>,
}

fn snapshot(desk: &Desk) -> Snapshot {
    Snapshot {
        fingerprint: desk.store().fingerprint().unwrap(),
        catalogue: desk
            .catalogue()
            .unwrap()
            .into_iter()
            .map(|c| (c.id, c.version))
            .collect(),
        media: media_files(desk),
    }
}

/// Imports `package` with `progress`, expects the error `code`, and checks that the store,
/// the catalogue and the media folder are exactly as before.
fn check_refused(
    desk: &Desk,
    package: &Path,
    progress: impl FnMut(ImportProgress) -> bool,
    code: &str,
) -> ApiError {
    let before = snapshot(desk);
    let err = desk
        .import_file(package, progress)
        .expect_err("the package is refused");
    assert_eq!(err.code(), code, "{}: {err:?}", package.display());
    let after = snapshot(desk);
    assert_eq!(
        after,
        before,
        "{}: a refused import leaves the store as it was",
        package.display()
    );
    assert!(
        after.media.iter().all(|f| !f.starts_with('.')),
        "no temporary file is left in media/: {:?}",
        after.media
    );
    err
}

/// The right answers to the test quiz (`right` = false gets both wrong).
fn quiz_answers(right: bool) -> Answers {
    let pick = |correct: &str, wrong: &str| -> BTreeSet<String> {
        [if right { correct } else { wrong }.to_string()].into()
    };
    BTreeMap::from([
        ("q1".to_string(), pick("true", "false")),
        ("q2".to_string(), pick("false", "true")),
    ])
}

// ---- the built-in packages -----------------------------------------------------------

/// The course folders the app is built with, by course id.
const BUILTIN_FOLDERS: [(&str, &str); 2] = [(CURRICULUM, "lphm-curriculum"), (STARTER, "starter")];

fn courses_dir(folder: &str) -> PathBuf {
    lphm_test_support::workspace_root()
        .join("courses")
        .join(folder)
}

#[test]
fn first_start_installs_both_builtin_packages_the_app_was_built_with() {
    let store = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(store.path(), "en");
    let builtin_key = lphm_package::builtin_key().public();
    for builtin in lphm_desk::BUILTIN_PACKAGES {
        let record = desk.store().installed(builtin.id).unwrap().unwrap();
        let package = record.package.expect("installed from a package");
        assert_eq!(package.key, builtin_key.id(), "{}", builtin.id);
        assert_eq!(package.manifest_sha256, builtin.manifest_sha256);
    }
    assert_eq!(
        lphm_desk::BUILTIN_PACKAGES
            .iter()
            .map(|b| b.id)
            .collect::<Vec<_>>(),
        [CURRICULUM, STARTER]
    );
}

/// What the app installs is exactly courses/: each built-in package is what packing the
/// folder gives now, byte for byte, and holds every file of the folder with its contents.
#[test]
fn the_built_in_packages_are_exactly_the_course_folders() {
    let key = lphm_package::builtin_key();
    for (builtin, (id, folder)) in lphm_desk::BUILTIN_PACKAGES.iter().zip(BUILTIN_FOLDERS) {
        assert_eq!(builtin.id, id);
        let dir = courses_dir(folder);
        let mut packed = Vec::new();
        let manifest = lphm_package::pack(&dir, &key, &mut packed).unwrap();
        assert!(
            packed == builtin.package,
            "courses/{folder} changed since the app was built (cargo rebuilds it)"
        );
        let verified = lphm_package::verify(builtin.package, &vec![key.public()]).unwrap();
        assert_eq!(verified.manifest, manifest);
        assert_eq!(verified.manifest_sha256, builtin.manifest_sha256);
        assert!(
            manifest.files.len() > 10,
            "{folder}: {} files",
            manifest.files.len()
        );
        for file in &manifest.files {
            let bytes = std::fs::read(dir.join(&file.path)).unwrap();
            assert_eq!(bytes.len() as u64, file.size, "{folder}/{}", file.path);
        }
    }
}

#[test]
fn a_package_signed_with_the_built_in_key_is_refused_unless_built_in() {
    // The built-in key is no secret: anyone can sign with it, so what it signed counts only
    // when the app was built with that very package.
    let shop = Workshop::new();
    let forged = shop.pack_with("forged", &course_v1(), &lphm_package::builtin_key());
    let store = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(store.path(), "en");
    let err = check_refused(&desk, &forged, |_| true, "package-unknown-key");
    assert_eq!(
        err.kind,
        ErrorKind::PackageUnknownKey {
            key: lphm_package::builtin_key().public().id()
        }
    );
    assert!(desk.store().installed(COURSE).unwrap().is_none());
}

#[test]
fn an_edited_built_in_course_replaces_the_installed_one_at_the_next_start() {
    // A laptop has the starter course as an older build of the app packed it: same version,
    // one lesson worded differently. The new build's course takes its place, progress kept.
    let shop = Workshop::new();
    let older = shop.path("older-starter");
    lphm_test_support::copy_dir(&courses_dir("starter"), &older);
    let lesson = older.join("lessons/contact-and-words.en.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(&lesson, text.replacen("the", "THE", 1)).unwrap();
    let package = shop.path("older-starter.lphm");
    lphm_package::pack(
        &older,
        &publisher(),
        std::fs::File::create(&package).unwrap(),
    )
    .unwrap();

    let store = tempfile::tempdir().unwrap();
    {
        let desk = trusting_desk(store.path());
        desk.remove_course(STARTER, false).unwrap();
        assert!(matches!(
            import(&desk, &package).unwrap(),
            ImportOutcome::Installed { .. }
        ));
        let lesson = desk.open_lesson(STARTER, "contact-and-words").unwrap();
        desk.complete_lesson(STARTER, "contact-and-words").unwrap();
        assert!(
            lesson.html.contains("THE"),
            "the older wording is installed"
        );
    }
    let desk = open(store.path());
    let builtin = lphm_desk::BUILTIN_PACKAGES[1];
    let record = desk.store().installed(STARTER).unwrap().unwrap();
    assert_eq!(
        record.package.unwrap().manifest_sha256,
        builtin.manifest_sha256
    );
    let lesson = desk.lesson(STARTER, "contact-and-words").unwrap();
    assert!(
        !lesson.html.contains("THE"),
        "the edited wording replaced it"
    );
    assert!(card(&desk, STARTER).progress.done >= 1, "progress is kept");
}

#[test]
fn the_curriculum_has_six_modules_with_lessons_in_four_languages_and_a_quiz_each() {
    let store = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(store.path(), "en");
    let m = desk.store().course(CURRICULUM).unwrap().unwrap();
    assert_eq!(m.languages, ["en", "fr", "pl", "zu"]);
    assert_eq!(m.modules.len(), 6);
    for module in &m.modules {
        assert!(
            module.lessons.len() >= 3,
            "{} has {} lessons",
            module.id,
            module.lessons.len()
        );
        let quiz_id = module.quiz.as_deref().expect("every module ends in a quiz");
        let quiz = desk.store().quiz(&m, quiz_id).unwrap().unwrap();
        assert!(
            quiz.questions.len() >= 5,
            "{quiz_id} has {} questions",
            quiz.questions.len()
        );
        for lesson in &module.lessons {
            for lang in ["en", "fr", "pl", "zu"] {
                let body = desk.store().lesson_body(&m, &lesson.id, lang).unwrap();
                assert!(
                    body.is_some_and(|b| !b.trim().is_empty()),
                    "{} has text in {lang}",
                    lesson.id
                );
            }
        }
    }
    // And the desk serves them in each language without falling back.
    let first = &m.modules[0].lessons[0].id;
    for lang in ["en", "fr", "pl", "zu"] {
        desk.set_content_language(Some(lang)).unwrap();
        let view = desk.open_lesson(CURRICULUM, first).unwrap();
        assert_eq!((view.lang.as_str(), view.fallback), (lang, false));
    }
}

// ---- importing and updating ----------------------------------------------------------

#[test]
fn a_new_course_is_installed_with_progress_reported_up_to_the_whole_file() {
    let shop = Workshop::new();
    let package = shop.pack("v1", &course_v1().file(BIG, big(1)));
    let size = std::fs::metadata(&package).unwrap().len();
    let store = tempfile::tempdir().unwrap();
    let desk = trusting_desk(store.path());

    let mut seen: Vec<ImportProgress> = Vec::new();
    let outcome = desk
        .import_file(&package, |p| {
            seen.push(p);
            true
        })
        .unwrap();
    assert_eq!(outcome, installed(COURSE, 1));
    assert_eq!(card(&desk, COURSE).version, 1);
    assert_eq!(
        desk.store()
            .installed(COURSE)
            .unwrap()
            .unwrap()
            .package
            .unwrap()
            .signer,
        "Test publisher"
    );

    assert!(seen.len() > 1, "progress is reported as the file is read");
    assert!(
        seen.iter().all(|p| p.total == size),
        "total is the file size"
    );
    assert!(
        seen.windows(2).all(|w| w[0].done <= w[1].done),
        "done never goes back: {:?}",
        seen.iter().map(|p| p.done).collect::<Vec<_>>()
    );
    assert_eq!(
        seen.last().unwrap().done,
        size,
        "the progress bar reaches 100 %"
    );
}

#[test]
fn importing_the_same_package_again_changes_nothing() {
    let shop = Workshop::new();
    let package = shop.pack("v1", &course_v1().file(BIG, big(1)));
    let store = tempfile::tempdir().unwrap();
    let desk = trusting_desk(store.path());
    assert_eq!(import(&desk, &package).unwrap(), installed(COURSE, 1));
    let before = snapshot(&desk);
    assert_eq!(
        import(&desk, &package).unwrap(),
        ImportOutcome::AlreadyInstalled {
            course: COURSE.into(),
            version: 1
        }
    );
    assert_eq!(snapshot(&desk), before);
}

#[test]
fn an_update_keeps_progress_serves_new_text_and_counts_only_current_lessons() {
    let shop = Workshop::new();
    let v1 = shop.pack("v1", &course_v1());
    let v2 = shop.pack("v2", &course_v2());
    let store = tempfile::tempdir().unwrap();
    let desk = trusting_desk(store.path());
    import(&desk, &v1).unwrap();

    desk.complete_lesson(COURSE, "intro").unwrap();
    desk.complete_lesson(COURSE, "old").unwrap();
    assert!(
        !desk
            .submit_quiz(COURSE, QUIZ, quiz_answers(false))
            .unwrap()
            .passed
    );
    assert!(
        desk.submit_quiz(COURSE, QUIZ, quiz_answers(true))
            .unwrap()
            .passed
    );
    let p = desk.course(COURSE).unwrap().progress;
    assert_eq!(
        (p.done, p.total, p.percent),
        (3, 4, 75),
        "3 lessons and a quiz"
    );

    assert_eq!(
        import(&desk, &v2).unwrap(),
        ImportOutcome::Updated {
            course: COURSE.into(),
            version: 2,
            previous: 1,
            removed_lessons: vec!["old".into()],
        }
    );
    assert_eq!(card(&desk, COURSE).version, 2);

    let view = desk.course(COURSE).unwrap();
    let lessons: Vec<(&str, bool)> = view.modules[0]
        .lessons
        .iter()
        .map(|l| (l.id.as_str(), l.completed))
        .collect();
    assert_eq!(
        lessons,
        [("intro", true), ("middle", false), ("fresh", false)],
        "the removed lesson is gone, the completed one still completed"
    );
    let history = desk.quiz(COURSE, QUIZ).unwrap().history;
    assert_eq!(
        history
            .attempts
            .iter()
            .map(|a| a.passed)
            .collect::<Vec<_>>(),
        [false, true],
        "quiz attempts survive the update"
    );
    assert!(history.passed);
    assert_eq!(
        (
            view.progress.done,
            view.progress.total,
            view.progress.percent
        ),
        (2, 4, 50),
        "the completed lesson v2 dropped no longer counts"
    );

    let middle = desk.open_lesson(COURSE, "middle").unwrap();
    assert!(
        middle.html.contains("Rewritten middle text for v2"),
        "{}",
        middle.html
    );
    assert!(!middle.html.contains("original middle"));
    assert!(desk
        .open_lesson(COURSE, "fresh")
        .unwrap()
        .html
        .contains("new in version 2"));
    let err = desk.open_lesson(COURSE, "old").unwrap_err();
    assert_eq!(err.code(), "lesson-not-found");
    assert_eq!(err.context.detail.as_deref(), Some("lesson old"));
    assert!(
        desk.store()
            .events(profile(&desk))
            .unwrap()
            .iter()
            .any(|e| matches!(&e.kind, lphm_progress::EventKind::LessonCompleted { lesson, .. } if lesson == "old")),
        "progress about the removed lesson is kept, only not counted"
    );
}

#[test]
fn an_older_or_a_different_package_of_the_installed_version_is_refused() {
    let shop = Workshop::new();
    let v1 = shop.pack("v1", &course_v1());
    let v2 = shop.pack("v2", &course_v2());
    let mut other = course_v2();
    other.lessons[0].1 = "# Intro\n\nSame version number, other text.\n".into();
    let v2_other = shop.pack("v2-other", &other);
    let store = tempfile::tempdir().unwrap();
    let desk = trusting_desk(store.path());
    import(&desk, &v2).unwrap();

    // (package, code, kind with its arguments)
    let cases: [(&Path, &str, ErrorKind); 2] = [
        (
            &v1,
            "package-older-version",
            ErrorKind::PackageOlderVersion {
                found: 1,
                installed: 2,
            },
        ),
        (
            &v2_other,
            "package-same-version-differs",
            ErrorKind::PackageSameVersionDiffers { version: 2 },
        ),
    ];
    for (package, code, kind) in cases {
        let err = check_refused(&desk, package, |_| true, code);
        assert_eq!(err.kind, kind, "{code}");
        assert_eq!(
            err.context.detail,
            Some(format!("course {COURSE}")),
            "{code}"
        );
    }
    assert!(desk
        .open_lesson(COURSE, "fresh")
        .unwrap()
        .html
        .contains("new in version 2"));
}

// ---- refusals leave the store as it was ----------------------------------------------

#[test]
fn a_package_from_an_untrusted_key_is_refused_and_changes_nothing() {
    let shop = Workshop::new();
    let package = shop.pack_with("stranger", &course_v1().file(BIG, big(1)), &stranger());
    let store = tempfile::tempdir().unwrap();
    let desk = trusting_desk(store.path());
    let err = check_refused(&desk, &package, |_| true, "package-unknown-key");
    assert_eq!(
        err.kind,
        ErrorKind::PackageUnknownKey {
            key: stranger().public().id()
        }
    );
    assert!(desk.store().installed(COURSE).unwrap().is_none());
}

/// Windows: a package that another program holds open without sharing it (a copy still
/// running, an antivirus scan) is refused with `file-in-use`, naming the file, and changes
/// nothing; once that program lets go, the same file imports. (Run under Wine by
/// `scripts/test-windows`; Linux does not lock files this way.)
#[cfg(windows)]
#[test]
fn a_package_another_program_holds_is_refused_in_words() {
    use std::os::windows::fs::OpenOptionsExt;
    let shop = Workshop::new();
    let package = shop.pack("v1", &course_v1());
    let store = tempfile::tempdir().unwrap();
    let desk = trusting_desk(store.path());
    let holder = std::fs::OpenOptions::new()
        .read(true)
        .share_mode(0)
        .open(&package)
        .unwrap();
    let refused = import(&desk, &package).unwrap_err();
    assert_eq!(refused.code(), "file-in-use", "{refused:?}");
    assert_eq!(
        refused.kind,
        ErrorKind::FileInUse {
            path: package.display().to_string()
        }
    );
    assert!(desk.store().installed(COURSE).unwrap().is_none());
    drop(holder);
    assert_eq!(import(&desk, &package).unwrap(), installed(COURSE, 1));
}

#[test]
fn a_truncated_package_is_refused_and_changes_nothing() {
    let shop = Workshop::new();
    let package = shop.pack("v1", &course_v1().file(BIG, big(1)));
    let size = std::fs::metadata(&package).unwrap().len();
    let store = tempfile::tempdir().unwrap();
    let desk = trusting_desk(store.path());
    // Cut inside the headers, inside the large file, and in the gzip trailer (after every
    // file arrived, so the large file was complete in media/ and must be removed again).
    for cut in [100, size / 2, size - 4] {
        let cut_package = shop.truncated(&format!("cut-{cut}"), &package, cut);
        check_refused(&desk, &cut_package, |_| true, "package-truncated");
    }
    assert!(desk.store().installed(COURSE).unwrap().is_none());
    assert_eq!(
        import(&desk, &package).unwrap(),
        installed(COURSE, 1),
        "the whole file still imports"
    );
}

#[test]
fn a_file_changed_after_signing_is_refused_and_changes_nothing() {
    let shop = Workshop::new();
    let package = shop.pack("v1", &course_v1().file(BIG, big(1)));
    let store = tempfile::tempdir().unwrap();
    let desk = trusting_desk(store.path());
    // Before, inside and after the large file in archive order.
    for path in ["lessons/middle.en.md", BIG, "quizzes/check-quiz.json"] {
        let bad = shop.tampered(&path.replace('/', "_"), &package, path);
        let err = check_refused(&desk, &bad, |_| true, "package-tampered");
        assert_eq!(
            err.kind,
            ErrorKind::PackageTampered {
                path: path.to_string()
            }
        );
    }
    assert!(desk.store().installed(COURSE).unwrap().is_none());
}

#[test]
fn a_cancelled_import_changes_nothing() {
    let shop = Workshop::new();
    let package = shop.pack("v1", &course_v1().file(BIG, big(1)));
    let store = tempfile::tempdir().unwrap();
    let desk = trusting_desk(store.path());

    // Cancelled at the first chance after the import started.
    let mut calls = 0;
    check_refused(
        &desk,
        &package,
        |_| {
            calls += 1;
            calls == 1
        },
        "package-cancelled",
    );
    // Cancelled half-way, inside the large file.
    check_refused(
        &desk,
        &package,
        |p| p.done < p.total / 2,
        "package-cancelled",
    );
    assert!(desk.store().installed(COURSE).unwrap().is_none());
}

#[test]
fn an_update_that_fails_midway_leaves_the_installed_version_and_progress() {
    let shop = Workshop::new();
    let v1 = shop.pack("v1", &course_v1().file(BIG, big(1)));
    let v2 = shop.pack("v2", &course_v2().file(BIG, big(2)));
    let size = std::fs::metadata(&v2).unwrap().len();
    let store = tempfile::tempdir().unwrap();
    let desk = trusting_desk(store.path());
    import(&desk, &v1).unwrap();
    desk.complete_lesson(COURSE, "old").unwrap();
    let v1_media = media_files(&desk);

    for cut in [size / 3, size * 2 / 3, size - 4] {
        let cut_package = shop.truncated(&format!("v2-cut-{cut}"), &v2, cut);
        check_refused(&desk, &cut_package, |_| true, "package-truncated");
    }
    assert_eq!(media_files(&desk), v1_media);
    let view = desk.course(COURSE).unwrap();
    assert_eq!(card(&desk, COURSE).version, 1);
    assert!(view.modules[0]
        .lessons
        .iter()
        .any(|l| l.id == "old" && l.completed));
    assert!(desk
        .open_lesson(COURSE, "middle")
        .unwrap()
        .html
        .contains("original middle text"));
}

// ---- large media ---------------------------------------------------------------------

#[test]
fn large_media_live_beside_the_database_and_go_with_the_course() {
    let shop = Workshop::new();
    let package = shop.pack("v1", &course_v1().file(BIG, big(7)));
    let store = tempfile::tempdir().unwrap();
    let desk = trusting_desk(store.path());
    let before = media_files(&desk);
    import(&desk, &package).unwrap();

    let expected = big(7);
    assert!(expected.len() as u64 > lphm_store::INLINE_MAX);
    let m = desk.store().course(COURSE).unwrap().unwrap();
    let bytes = desk
        .store()
        .media(&m, BIG)
        .unwrap()
        .expect("the media file is there");
    assert!(bytes == expected, "the media file reads back byte for byte");

    let record = desk.store().installed(COURSE).unwrap().unwrap();
    let sha = record.files[BIG].sha256.clone();
    assert_eq!(sha, sha256_hex(&expected));
    let file = media_dir(&desk).join(&sha);
    assert!(
        std::fs::read(&file).unwrap() == expected,
        "stored as media/<sha256>"
    );
    let added: Vec<String> = media_files(&desk).difference(&before).cloned().collect();
    assert_eq!(added, [sha]);

    desk.remove_course(COURSE, false).unwrap();
    assert!(
        !file.exists(),
        "removing the course deletes its large media"
    );
    assert_eq!(media_files(&desk), before);
}

// ---- removing courses ----------------------------------------------------------------

fn events_in(desk: &Desk, profile: uuid::Uuid, course: &str) -> usize {
    desk.store()
        .events(profile)
        .unwrap()
        .iter()
        .filter(|e| e.kind.course() == course)
        .count()
}

#[test]
fn removing_a_course_keeps_progress_so_reimporting_brings_it_back() {
    let shop = Workshop::new();
    let package = shop.pack("v1", &course_v1());
    let store = tempfile::tempdir().unwrap();
    let desk = trusting_desk(store.path());
    import(&desk, &package).unwrap();
    desk.complete_lesson(COURSE, "intro").unwrap();
    let me = profile(&desk);
    let events = events_in(&desk, me, COURSE);
    assert!(events > 0);

    assert_eq!(desk.remove_course(COURSE, false).unwrap(), 0);
    assert!(desk.catalogue().unwrap().iter().all(|c| c.id != COURSE));
    assert_eq!(desk.course(COURSE).unwrap_err().code(), "course-not-found");
    assert_eq!(events_in(&desk, me, COURSE), events, "progress is kept");
    assert_eq!(
        desk.remove_course(COURSE, false).unwrap_err().code(),
        "course-not-found"
    );

    assert_eq!(import(&desk, &package).unwrap(), installed(COURSE, 1));
    assert!(desk.open_lesson(COURSE, "intro").unwrap().completed);
    assert_eq!(card(&desk, COURSE).progress.done, 1);
}

#[test]
fn removing_a_course_and_its_progress_forgets_only_this_learner_in_this_course() {
    let shop = Workshop::new();
    let package = shop.pack("v1", &course_v1());
    let store = tempfile::tempdir().unwrap();
    let desk = trusting_desk(store.path());
    import(&desk, &package).unwrap();
    let awa = profile(&desk);
    desk.complete_lesson(COURSE, "intro").unwrap();
    desk.complete_lesson(STARTER, "telling-the-story").unwrap();
    let jan = desk.create_profile(new_profile("Jan", "en")).unwrap().id;
    desk.complete_lesson(COURSE, "middle").unwrap();
    desk.switch_profile(awa).unwrap();

    let awa_here = events_in(&desk, awa, COURSE);
    let deleted = desk.remove_course(COURSE, true).unwrap();
    assert_eq!(
        deleted, awa_here,
        "returns how many records stopped counting"
    );
    assert!(
        desk.open_lesson(STARTER, "telling-the-story")
            .unwrap()
            .completed,
        "another course's progress stays"
    );

    import(&desk, &package).unwrap();
    assert!(!desk.open_lesson(COURSE, "intro").unwrap().completed);
    assert_eq!(card(&desk, COURSE).progress.done, 0);
    desk.switch_profile(jan).unwrap();
    assert!(
        desk.open_lesson(COURSE, "middle").unwrap().completed,
        "another learner's progress stays"
    );
}

#[test]
fn a_removed_builtin_course_stays_removed_until_imported_again() {
    let store = tempfile::tempdir().unwrap();
    let shop = Workshop::new();
    {
        let desk = desk_with_learner(store.path(), "en");
        desk.remove_course(STARTER, false).unwrap();
    }
    let desk = open(store.path());
    assert!(
        desk.store().installed(STARTER).unwrap().is_none(),
        "reopening the app does not put a removed built-in course back"
    );
    assert!(desk.store().installed(CURRICULUM).unwrap().is_some());

    let builtin = lphm_desk::BUILTIN_PACKAGES
        .iter()
        .find(|b| b.id == STARTER)
        .unwrap();
    let package = shop.path("starter.lphm");
    std::fs::write(&package, builtin.package).unwrap();
    assert_eq!(import(&desk, &package).unwrap().course(), STARTER);
    drop(desk);
    let desk = open(store.path());
    assert!(
        desk.store().installed(STARTER).unwrap().is_some(),
        "imported again, it is a built-in course like before"
    );
    assert!(card(&desk, STARTER).progress.total > 0);
}

// ---- trusted keys --------------------------------------------------------------------

#[test]
fn a_trusted_key_is_listed_and_once_removed_its_packages_are_refused() {
    let shop = Workshop::new();
    let package = shop.pack("v1", &course_v1());
    let store = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(store.path(), "en");
    let builtin = lphm_package::PublicKey::parse(lphm_desk::PUBLISHER_KEY).unwrap();
    let ids = |desk: &Desk| -> Vec<String> {
        lphm_desk::trusted_keys(desk.store())
            .unwrap()
            .iter()
            .map(|k| k.id())
            .collect()
    };
    assert_eq!(ids(&desk), [builtin.id()], "only the built-in key at first");
    check_refused(&desk, &package, |_| true, "package-unknown-key");

    let added = lphm_desk::trust_key(desk.store(), &publisher().public().to_file()).unwrap();
    assert_eq!(added.id, publisher().public().id());
    assert_eq!(added.name, "Test publisher");
    assert_eq!(ids(&desk), [builtin.id(), added.id.clone()]);
    assert!(lphm_desk::trusted_keys(desk.store())
        .unwrap()
        .contains(&publisher().public()));

    assert!(desk.store().remove_trusted_key(&added.id).unwrap());
    assert!(!desk.store().remove_trusted_key(&added.id).unwrap());
    assert_eq!(ids(&desk), [builtin.id()]);
    let err = check_refused(&desk, &package, |_| true, "package-unknown-key");
    assert_eq!(
        err.kind,
        ErrorKind::PackageUnknownKey {
            key: added.id.clone()
        }
    );

    assert_eq!(
        lphm_desk::trust_key(desk.store(), "{ not a key")
            .unwrap_err()
            .code(),
        "package-bad-key"
    );
}
