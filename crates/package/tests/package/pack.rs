//! What `pack` refuses to build: a course the loader rejects (duplicate ids), and folders
//! holding symbolic links or names a package cannot carry; and what it leaves out.

use lphm_package::manifest_for_dir;

use crate::fixture::{course, pack_dir, publisher, write_files, COURSE_JSON, QUIZ};

/// `check_pack(change, expected_code)`: the fixture course, changed, must not pack.
#[track_caller]
fn check_pack(what: &str, change: impl FnOnce(&std::path::Path), expected: &str) {
    let dir = course();
    change(dir.path());
    match pack_dir(dir.path(), &publisher()) {
        Ok(_) => panic!("{what}: packed, expected {expected}"),
        Err(e) => assert_eq!(e.code(), expected, "{what}: {e}"),
    }
}

#[test]
fn a_course_with_duplicate_ids_does_not_pack() {
    let rows: [(&str, String, &str); 4] = [
        (
            "two lessons with one id",
            COURSE_JSON.replace(r#""id": "second-lesson""#, r#""id": "first-lesson""#),
            "course.json",
        ),
        (
            "two modules with one id",
            COURSE_JSON.replace(
                r#""quiz": "basics-quiz"
    }"#,
                r#""quiz": "basics-quiz"
    },
    { "id": "basics", "title": { "en": "Again" }, "lessons": [] }"#,
            ),
            "course.json",
        ),
        (
            "two questions with one id",
            QUIZ.replace(r#""id": "q2""#, r#""id": "q1""#),
            "quizzes/basics-quiz.json",
        ),
        (
            "two choices with one id",
            QUIZ.replace(r#""id": "b""#, r#""id": "a""#),
            "quizzes/basics-quiz.json",
        ),
    ];
    for (what, text, file) in rows {
        assert!(
            text != COURSE_JSON && text != QUIZ,
            "{what}: the replacement matched nothing"
        );
        check_pack(
            what,
            |dir| write_files(dir, &[(file, &text)]),
            "content-duplicate-id",
        );
    }
}

#[test]
fn a_symbolic_link_in_the_course_does_not_pack() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.svg"), "<svg/>").unwrap();
    let secret = outside.path().join("secret.svg");
    check_pack(
        "media link to a file outside",
        |dir| symlink(&secret, dir.join("media/secret.svg")).unwrap(),
        "package-unsafe-entry",
    );
    check_pack(
        "media link to a file inside",
        |dir| symlink("pic.svg", dir.join("media/alias.svg")).unwrap(),
        "package-unsafe-entry",
    );
    check_pack(
        "media link to a folder outside",
        |dir| symlink(outside.path(), dir.join("media/more")).unwrap(),
        "package-unsafe-entry",
    );
    check_pack(
        "lesson folder link",
        |dir| symlink(outside.path(), dir.join("lessons/extra")).unwrap(),
        "package-unsafe-entry",
    );
}

#[test]
fn a_file_name_a_package_cannot_carry_does_not_pack() {
    for name in [
        "media/a picture.svg",
        "media/carte-é.svg",
        "lessons/notes;rm.md",
    ] {
        check_pack(
            name,
            |dir| write_files(dir, &[(name, "<svg/>")]),
            "package-unsafe-entry",
        );
    }
}

#[test]
fn only_course_files_are_packed() {
    let dir = course();
    write_files(
        dir.path(),
        &[
            ("README.md", "authoring notes"),
            ("drafts/next.en.md", "# Not yet"),
            ("media/.DS_Store", "litter"),
            (".git/config", "[core]"),
            ("media/sub/deeper.svg", "<svg/>"),
        ],
    );
    let paths: Vec<String> = manifest_for_dir(dir.path())
        .unwrap()
        .files
        .into_iter()
        .map(|f| f.path)
        .collect();
    assert_eq!(
        paths,
        [
            "course.json",
            "lessons/first-lesson.en.md",
            "lessons/second-lesson.en.md",
            "media/pic.svg",
            "media/sub/deeper.svg",
            "quizzes/basics-quiz.json",
        ]
    );
}

/// A symbolic link at `at` to `target` (a file or a folder).
#[cfg(unix)]
fn symlink(
    target: impl AsRef<std::path::Path>,
    at: impl AsRef<std::path::Path>,
) -> std::io::Result<()> {
    std::os::unix::fs::symlink(target, at)
}

/// A symbolic link at `at` to `target`: Windows needs to know whether it is a folder (taken
/// relative to the link's own folder, as the link will be).
#[cfg(windows)]
fn symlink(
    target: impl AsRef<std::path::Path>,
    at: impl AsRef<std::path::Path>,
) -> std::io::Result<()> {
    let (target, at) = (target.as_ref(), at.as_ref());
    let resolved = at.parent().unwrap().join(target);
    if resolved.is_dir() {
        std::os::windows::fs::symlink_dir(target, at)
    } else {
        std::os::windows::fs::symlink_file(target, at)
    }
}

#[test]
fn the_curriculum_carries_its_declared_evaluation_files_and_not_its_authoring_notes() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../courses/lphm-curriculum");
    let paths: Vec<String> = manifest_for_dir(std::path::Path::new(dir))
        .unwrap()
        .files
        .into_iter()
        .map(|f| f.path)
        .filter(|p| p.starts_with("evaluation/"))
        .collect();
    // README.md and check.py stay in the repository for the course's authors.
    assert_eq!(
        paths,
        [
            "evaluation/evaluation.json",
            "evaluation/follow-up.json",
            "evaluation/pre-post-a.json",
            "evaluation/pre-post-b.json",
            "evaluation/reaction.json",
        ]
    );
}
