//! `course.json`, ids, translations and lesson files: what loads, and the error each
//! kind of bad input gets. Quizzes are in `quiz.rs`.

use lphm_content::{load_course, ContentError, DirSource, FORMAT_VERSION};
use serde_json::json;

use crate::fixture::{check, check_loads, load_changed, Change, Fixture, MAP_SVG};

#[test]
fn the_valid_course_loads_with_its_lessons_quizzes_and_media() {
    let course = check_loads(|_| {});
    let manifest = &course.manifest;
    assert_eq!(manifest.id, "starter");
    assert_eq!(manifest.version, 3);
    assert_eq!(manifest.fallback_lang(), "en");
    let lessons: Vec<_> = manifest.lessons().map(|(m, l)| (&*m.id, &*l.id)).collect();
    assert_eq!(
        lessons,
        [
            ("basics", "first-steps"),
            ("basics", "second-steps"),
            ("more", "going-further")
        ],
        "lessons keep their study order"
    );
    assert_eq!(
        manifest.modules[1].lessons[0].minutes, 0,
        "minutes may be left out"
    );
    assert_eq!(manifest.modules[1].quiz, None, "quiz may be left out");

    assert_eq!(course.lessons.len(), 6, "three lessons in two languages");
    assert_eq!(
        course.lessons[&("second-steps".to_string(), "fr".to_string())],
        "# second-steps (fr)\n\n![Map](media/map.svg)\n"
    );

    let quiz_ids: Vec<_> = course.quizzes.keys().map(String::as_str).collect();
    assert_eq!(quiz_ids, ["basics-quiz"]);
    assert_eq!(course.quizzes["basics-quiz"].questions.len(), 3);

    let media: Vec<_> = course.media.keys().map(String::as_str).collect();
    assert_eq!(media, ["media/map.svg"], "media is keyed by course path");
    assert_eq!(course.media["media/map.svg"], MAP_SVG);
}

#[test]
fn a_module_whose_quiz_is_null_has_no_quiz() {
    let course = check_loads(|c| c.manifest()["modules"][1]["quiz"] = json!(null));
    assert_eq!(course.manifest.modules[1].quiz, None);
}

#[test]
fn a_course_without_media_loads_with_none() {
    let course = check_loads(|c| {
        c.files.remove("media/map.svg");
    });
    assert!(course.media.is_empty());
}

#[test]
fn the_starter_course_shipped_with_the_app_loads() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../courses/starter");
    let course = load_course(&DirSource::new(dir)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(course.manifest.fallback_lang(), "en");
    for (_, lesson) in course.manifest.lessons() {
        assert!(
            course
                .lessons
                .contains_key(&(lesson.id.clone(), "en".into())),
            "{} has its English text",
            lesson.id
        );
    }
}

#[test]
fn a_folder_without_course_json_is_missing_a_file() {
    check(|c| c.manifest = None, "content-missing-file", "course.json");
}

#[test]
fn a_course_json_that_is_not_the_format_is_malformed() {
    let raw: &[&[u8]] = &[
        b"",
        b"{ \"format\": 1, ",
        b"not json at all",
        b"[1, 2, 3]",
        b"\xff\xfe{}",
    ];
    for bytes in raw {
        check(
            |c| {
                c.manifest = None;
                c.files.insert("course.json".into(), bytes.to_vec());
            },
            "content-malformed",
            "course.json",
        );
    }
    // Valid JSON with a field of the wrong type or left out.
    check(
        |c| c.manifest()["version"] = json!("1"),
        "content-malformed",
        "course.json",
    );
    check(
        |c| c.manifest()["version"] = json!(-1),
        "content-malformed",
        "course.json",
    );
    check(
        |c| {
            c.manifest().as_object_mut().unwrap().remove("title");
        },
        "content-malformed",
        "course.json",
    );
    check(
        |c| {
            c.manifest()["modules"][0]
                .as_object_mut()
                .unwrap()
                .remove("lessons");
        },
        "content-malformed",
        "course.json",
    );
}

#[test]
fn unknown_fields_in_course_json_are_refused_as_malformed() {
    // A misspelt field must not be silently ignored: `"quizz": "x"` would drop the quiz.
    check(
        |c| c.manifest()["author"] = json!("someone"),
        "content-malformed",
        "course.json",
    );
    check(
        |c| c.manifest()["modules"][0]["quizz"] = json!("basics-quiz"),
        "content-malformed",
        "course.json",
    );
    check(
        |c| c.manifest()["modules"][0]["lessons"][0]["minute"] = json!(3),
        "content-malformed",
        "course.json",
    );
    let err = load_changed(|c| c.manifest()["author"] = json!("someone")).unwrap_err();
    assert!(
        err.to_string().contains("author"),
        "the detail names the field: {err}"
    );
}

#[test]
fn a_format_this_app_does_not_know_is_unsupported() {
    for found in [0, 2, 99] {
        let err = load_changed(|c| c.manifest()["format"] = json!(found)).unwrap_err();
        assert!(
            matches!(err, ContentError::UnsupportedFormat { found: f, supported: FORMAT_VERSION } if f == found),
            "{err:?}"
        );
        assert_eq!(err.code(), "content-unsupported-format");
    }
}

/// A course made for a newer format will carry fields this app does not know; it must be
/// reported as "made for a newer version of LPHM" (so the learner updates), not as damage.
#[test]
fn a_newer_format_with_new_fields_is_unsupported_not_malformed() {
    check(
        |c| {
            c.manifest()["format"] = json!(2);
            c.manifest()["licence"] = json!("CC-BY-4.0");
            c.manifest()["modules"][0]["prerequisites"] = json!(["more"]);
        },
        "content-unsupported-format",
        "2 (reads 1)",
    );
}

#[test]
fn version_zero_is_malformed() {
    check(
        |c| c.manifest()["version"] = json!(0),
        "content-malformed",
        "course.json",
    );
    check_loads(|c| c.manifest()["version"] = json!(1));
}

#[test]
fn a_course_without_languages_is_malformed() {
    check(
        |c| c.manifest()["languages"] = json!([]),
        "content-malformed",
        "course.json",
    );
}

/// Ids that break the rule `[a-z0-9-]{1,64}`.
fn bad_ids() -> Vec<String> {
    vec![
        "Starter".into(),
        "../x".into(),
        String::new(),
        "a".repeat(65),
        "with space".into(),
        "under_score".into(),
        "dot.ted".into(),
        "café".into(),
        "a/b".into(),
    ]
}

#[test]
fn a_bad_id_anywhere_in_the_course_is_refused() {
    for id in bad_ids() {
        let places: [fn(&mut Fixture, &str); 7] = [
            |c, id| c.manifest()["id"] = json!(id),
            |c, id| c.manifest()["modules"][1]["id"] = json!(id),
            |c, id| c.manifest()["modules"][1]["lessons"][0]["id"] = json!(id),
            |c, id| c.manifest()["modules"][0]["quiz"] = json!(id),
            |c, id| c.question(2)["id"] = json!(id),
            |c, id| {
                c.question(0)["choices"][1]["id"] = json!(id);
            },
            // A choice id that is bad is also refused when it is the correct one.
            |c, id| {
                c.question(0)["choices"][0]["id"] = json!(id);
                c.question(0)["correct"] = json!([id]);
            },
        ];
        for (n, place) in places.into_iter().enumerate() {
            let err = load_changed(|c| place(c, &id)).expect_err(&format!("{id:?} at place {n}"));
            assert!(
                matches!(&err, ContentError::BadId { id: bad } if *bad == id),
                "{id:?} at place {n}: {err:?}"
            );
            assert_eq!(err.code(), "content-bad-id");
        }
    }
}

#[test]
fn ids_of_64_lowercase_letters_digits_and_dashes_are_fine() {
    let long = format!("{}-0", "z".repeat(62));
    assert_eq!(long.len(), 64);
    let course = check_loads(|c| {
        c.manifest()["id"] = json!(long);
        c.manifest()["modules"][1]["id"] = json!("m-2");
    });
    assert_eq!(course.manifest.id, long);
}

#[test]
fn an_id_used_twice_in_its_scope_is_refused() {
    let cases: [(Change, &str); 6] = [
        (
            |c| {
                c.manifest()["modules"][1]["lessons"][0]["id"] = json!("first-steps");
            },
            "first-steps",
        ),
        (
            |c| c.manifest()["modules"][1]["id"] = json!("going-further"),
            "going-further",
        ),
        (
            |c| c.manifest()["modules"][1]["id"] = json!("basics"),
            "basics",
        ),
        (
            |c| c.manifest()["modules"][1]["quiz"] = json!("basics-quiz"),
            "basics-quiz",
        ),
        (|c| c.question(1)["id"] = json!("q1"), "q1"),
        (|c| c.question(1)["choices"][2]["id"] = json!("b"), "b"),
    ];
    for (change, id) in cases {
        check(change, "content-duplicate-id", id);
    }
}

#[test]
fn the_same_id_in_different_scopes_is_fine() {
    // Questions of different quizzes and choices of different questions may share ids;
    // here every question has a choice `a`, and a question is named like a lesson.
    check_loads(|c| c.question(2)["id"] = json!("first-steps"));
}

#[test]
fn text_missing_in_the_fallback_language_is_refused() {
    let cases: [(Change, &str); 7] = [
        (
            |c| c.manifest()["title"] = json!({ "fr": "Débuter" }),
            "the course title in en",
        ),
        (
            |c| c.manifest()["summary"] = json!({}),
            "the course summary in en",
        ),
        (
            |c| c.manifest()["modules"][1]["title"] = json!({ "fr": "Plus" }),
            "module 'more' in en",
        ),
        (
            |c| c.manifest()["modules"][0]["lessons"][1]["title"]["en"] = json!("   "),
            "lesson 'second-steps' in en",
        ),
        (
            |c| c.quiz()["title"] = json!({ "fr": "Quiz" }),
            "quiz 'basics-quiz' in en",
        ),
        (
            |c| c.question(2)["prompt"] = json!({ "fr": "Vrai ?" }),
            "question 'q3' in en",
        ),
        (
            |c| c.question(1)["choices"][2]["text"] = json!({ "en": "" }),
            "choice 'c' of 'q2' in en",
        ),
    ];
    for (change, what) in cases {
        check(change, "content-missing-fallback", what);
    }
}

#[test]
fn the_fallback_is_the_first_language_listed() {
    let course = check_loads(|c| {
        c.manifest()["languages"] = json!(["fr", "en"]);
        c.manifest()["title"] = json!({ "fr": "Débuter" });
        c.files.remove("lessons/first-steps.en.md");
    });
    assert_eq!(course.manifest.fallback_lang(), "fr");
    check(
        |c| {
            c.manifest()["languages"] = json!(["fr", "en"]);
            c.manifest()["title"] = json!({ "en": "Starter" });
        },
        "content-missing-fallback",
        "the course title in fr",
    );
}

#[test]
fn a_lesson_file_missing_in_the_fallback_language_is_a_missing_file() {
    check(
        |c| {
            c.files.remove("lessons/going-further.en.md");
        },
        "content-missing-file",
        "lessons/going-further.en.md",
    );
}

#[test]
fn a_lesson_missing_in_another_language_loads_without_that_translation() {
    let course = check_loads(|c| {
        c.files.remove("lessons/second-steps.fr.md");
        c.manifest()["modules"][0]["lessons"][1]["title"] = json!({ "en": "Second steps" });
    });
    let key = |lang: &str| ("second-steps".to_string(), lang.to_string());
    assert!(!course.lessons.contains_key(&key("fr")));
    assert!(course.lessons.contains_key(&key("en")));
    assert!(
        course
            .lessons
            .contains_key(&("first-steps".to_string(), "fr".to_string())),
        "other French lessons are still there"
    );
}

#[test]
fn a_lesson_file_that_is_not_utf8_is_malformed() {
    for file in ["lessons/first-steps.en.md", "lessons/going-further.fr.md"] {
        check(
            |c| {
                c.files
                    .insert(file.into(), b"# Caf\xe9 (Latin-1)\n".to_vec());
            },
            "content-malformed",
            file,
        );
    }
}

#[test]
fn a_lesson_file_for_a_language_the_course_does_not_list_is_not_loaded() {
    let course = check_loads(|c| {
        c.files.insert(
            "lessons/first-steps.pl.md".into(),
            b"# Pierwsze kroki\n".to_vec(),
        );
    });
    assert!(course.lessons.keys().all(|(_, lang)| lang != "pl"));
}

#[test]
fn a_lesson_path_that_cannot_be_read_is_an_io_error() {
    let mut fixture = Fixture::valid();
    fixture.files.remove("lessons/second-steps.en.md");
    let dir = fixture.write();
    // A folder where the file should be: it exists, but reading it fails.
    std::fs::create_dir(dir.path().join("lessons/second-steps.en.md")).unwrap();
    let err = load_course(&DirSource::new(dir.path())).unwrap_err();
    assert!(
        matches!(&err, ContentError::Io { file, .. } if file == "lessons/second-steps.en.md"),
        "{err:?}"
    );
    assert_eq!(err.code(), "content-io");
}

#[test]
fn folders_inside_media_are_not_media() {
    let fixture = Fixture::valid();
    let dir = fixture.write();
    std::fs::create_dir_all(dir.path().join("media/old/deeper")).unwrap();
    std::fs::write(dir.path().join("media/old/deeper/x.png"), b"png").unwrap();
    let course = load_course(&DirSource::new(dir.path())).unwrap();
    let media: Vec<_> = course.media.keys().map(String::as_str).collect();
    assert_eq!(media, ["media/map.svg"]);
}
