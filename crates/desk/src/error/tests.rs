//! Every error code has its message in every language, taking exactly the arguments the
//! error carries; errors cross to the window in one shape.

use std::collections::BTreeSet;

use serde_json::json;

use super::*;

fn shapes() -> Vec<(&'static str, lphm_i18n::shape::Shape)> {
    lphm_i18n::LANGUAGES
        .iter()
        .map(|lang| {
            let shape = lphm_i18n::shape::shape(lang).unwrap_or_else(|e| panic!("{e}"));
            (*lang, shape)
        })
        .collect()
}

#[test]
fn every_code_has_a_message_in_every_language_with_exactly_its_arguments() {
    let mut wrong = Vec::new();
    for (lang, shape) in shapes() {
        for (code, args) in ErrorKind::ALL {
            let id = format!("error-{code}");
            let carried: BTreeSet<String> = args.iter().map(|a| a.to_string()).collect();
            match shape.get(&id) {
                None => wrong.push(format!("{lang}: no message {id}")),
                Some(used) if used != &carried => wrong.push(format!(
                    "{lang}: {id} uses {used:?}, the error carries {carried:?}"
                )),
                Some(_) => {}
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_error_message_belongs_to_a_code() {
    // A message no error uses is a leftover, or a code spelt two ways.
    let codes: BTreeSet<String> = ErrorKind::ALL
        .iter()
        .map(|(c, _)| format!("error-{c}"))
        .collect();
    for (lang, shape) in shapes() {
        let orphans: Vec<&String> = shape
            .keys()
            .filter(|id| id.starts_with("error-") && !codes.contains(*id))
            .collect();
        assert!(
            orphans.is_empty(),
            "{lang}: {orphans:?} belong to no error code"
        );
    }
}

#[test]
fn codes_are_unique_and_spelt_as_message_ids() {
    let mut seen = BTreeSet::new();
    for (code, _) in ErrorKind::ALL {
        assert!(seen.insert(code), "{code} is declared twice");
        assert!(
            code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{code}: lowercase words joined by '-'"
        );
    }
}

#[test]
fn the_check_sees_a_message_whose_arguments_differ() {
    // Guards the check above: the shapes it compares are the messages' real variables.
    let (_, en) = &shapes()[0];
    assert_eq!(
        en["error-sync-refused"],
        ["server", "status"].map(String::from).into()
    );
    assert_eq!(
        en["error-quiz-unanswered"],
        ["count"].map(String::from).into()
    );
    assert_ne!(en["error-sync-refused"], BTreeSet::new());
}

#[test]
fn an_error_crosses_as_code_args_and_context_with_numbers_as_numbers() {
    let mut e = ApiError::from(ErrorKind::QuizUnanswered { count: 2 }).detail("q2, q3");
    e.context.questions = vec!["q2".into(), "q3".into()];
    let wire = serde_json::to_value(&e).unwrap();
    assert_eq!(
        wire,
        json!({
            "code": "quiz-unanswered",
            "args": { "count": 2 },
            "context": { "detail": "q2, q3", "questions": ["q2", "q3"] }
        })
    );
    assert_eq!(serde_json::from_value::<ApiError>(wire).unwrap(), e);
    assert_eq!(e.code(), "quiz-unanswered");
    assert_eq!(e.args()["count"], json!(2));
}

#[test]
fn an_error_without_arguments_or_context_still_has_args() {
    let wire = serde_json::to_value(ApiError::from(ErrorKind::ProfileNone {})).unwrap();
    assert_eq!(wire, json!({ "code": "profile-none", "args": {} }));
}

#[test]
fn a_file_that_cannot_be_read_names_its_path_and_the_systems_words() {
    let path = Path::new("/media/stick/course.lphm");
    let e = ApiError::file(
        |path, detail| ErrorKind::PackageFileUnreadable { path, detail },
        path,
        &std::io::Error::from(std::io::ErrorKind::NotFound),
    );
    let ErrorKind::PackageFileUnreadable {
        path: shown,
        detail,
    } = &e.kind
    else {
        panic!("{e:?}");
    };
    assert_eq!(shown, "/media/stick/course.lphm");
    assert!(!detail.is_empty(), "the system's words are in the message");
}

#[test]
fn the_codes_of_the_lower_crates_survive_the_crossing() {
    // lphm-package, lphm-store and lphm-content name their failures with the same codes;
    // the desk's conversion must not rename one.
    use lphm_package::PackageError as P;
    let io = || std::io::Error::other("disk gone");
    let detail = || "detail".to_string();
    let packages = vec![
        P::NotAPackage { detail: detail() },
        P::Truncated,
        P::UnsupportedFormat {
            found: 9,
            supported: 1,
        },
        P::BadManifest { detail: detail() },
        P::UnknownKey { key: "k".into() },
        P::BadSignature,
        P::Tampered { path: "a".into() },
        P::UnsafeEntry {
            path: "a".into(),
            detail: detail(),
        },
        P::TooLarge { detail: detail() },
        P::MissingFile { path: "a".into() },
        P::Content(lphm_content::ContentError::BadId { id: "X".into() }),
        P::Cancelled,
        P::BadKey { detail: detail() },
        P::Io(io()),
    ];
    for e in packages {
        let code = e.code();
        assert_eq!(ApiError::from(e).code(), code);
    }
    use lphm_content::ContentError as C;
    let contents = vec![
        C::Io {
            file: "f".into(),
            source: io(),
        },
        C::MissingFile { file: "f".into() },
        C::Malformed {
            file: "f".into(),
            detail: detail(),
        },
        C::UnsupportedFormat {
            found: 9,
            supported: 1,
        },
        C::BadId { id: "X".into() },
        C::DuplicateId { id: "x".into() },
        C::MissingFallback {
            what: "w".into(),
            lang: "en".into(),
        },
        C::BadQuestion {
            quiz: "q".into(),
            question: "a".into(),
            detail: detail(),
        },
    ];
    for e in contents {
        let code = e.code();
        assert_eq!(ApiError::from(e).code(), code);
    }
    use lphm_store::{OpenError as O, StoreError as S};
    let path = std::path::PathBuf::from("/data");
    let opens = vec![
        O::Unreadable {
            path: path.clone(),
            detail: detail(),
        },
        O::Locked { path: path.clone() },
        O::Corrupt {
            path: path.clone(),
            detail: detail(),
        },
        O::NewerSchema {
            path: path.clone(),
            found: 9,
            supported: 1,
        },
    ];
    for e in opens {
        let code = e.code();
        let api = ApiError::from(e);
        assert_eq!(api.code(), code);
        assert_eq!(api.context.path.as_deref(), Some("/data"), "{code}");
    }
    for e in [S::DiskFull, S::Io(io()), S::Corrupt(detail())] {
        let code = e.code();
        assert_eq!(ApiError::from(e).code(), code);
    }
}
