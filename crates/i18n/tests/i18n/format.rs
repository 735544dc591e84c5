//! `Localizer::format` with real messages from `locales/`: plural forms chosen by the
//! language's rules, and what happens when a message is not there.

use fluent_bundle::FluentValue;
use lphm_i18n::{I18nError, Localizer};

/// `id` formatted in `lang` with the numeric `args` is `expected`.
#[track_caller]
fn check(lang: &str, id: &str, args: &[(&str, i64)], expected: &str) {
    let localizer = Localizer::new(lang).unwrap();
    let args: Vec<(&str, FluentValue)> = args
        .iter()
        .map(|(k, v)| (*k, FluentValue::from(*v)))
        .collect();
    assert_eq!(
        localizer.format(id, &args),
        expected,
        "{lang} {id} {args:?}"
    );
}

#[test]
fn english_uses_one_for_1_and_other_for_0_and_more() {
    check("en", "quiz-questions", &[("count", 1)], "1 question");
    check("en", "quiz-questions", &[("count", 5)], "5 questions");
    check("en", "quiz-questions", &[("count", 0)], "0 questions");
    check(
        "en",
        "course-facts",
        &[("modules", 1), ("minutes", 45)],
        "1 module · about 45 min of reading",
    );
    check(
        "en",
        "error-quiz-unanswered",
        &[("count", 2)],
        "2 questions have no answer yet. Answer them, then submit again; nothing was recorded.",
    );
}

// French keeps a no-break space between a number and its unit.
#[test]
fn french_uses_the_singular_for_0_and_1() {
    check(
        "fr",
        "course-facts",
        &[("modules", 0), ("minutes", 0)],
        "0 module · environ 0\u{a0}min de lecture",
    );
    check(
        "fr",
        "course-facts",
        &[("modules", 1), ("minutes", 10)],
        "1 module · environ 10\u{a0}min de lecture",
    );
    check(
        "fr",
        "course-facts",
        &[("modules", 2), ("minutes", 95)],
        "2 modules · environ 95\u{a0}min de lecture",
    );
    check("fr", "quiz-questions", &[("count", 0)], "0 question");
}

#[test]
fn french_nested_plurals_agree_with_the_number_done() {
    check(
        "fr",
        "progress-items",
        &[("done", 1), ("total", 1)],
        "1 étape terminée sur 1",
    );
    check(
        "fr",
        "progress-items",
        &[("done", 0), ("total", 4)],
        "0 étape terminée sur 4",
    );
    check(
        "fr",
        "progress-items",
        &[("done", 3), ("total", 4)],
        "3 étapes terminées sur 4",
    );
}

#[test]
fn an_unknown_message_formats_as_its_id() {
    for lang in ["en", "fr"] {
        check(lang, "no-such-message", &[], "no-such-message");
    }
}

#[test]
fn the_localizer_keeps_its_language() {
    assert_eq!(Localizer::new("fr").unwrap().lang(), "fr");
}

#[test]
fn a_language_without_locale_files_is_unknown() {
    for lang in ["de", "xx", "not a language"] {
        let err = Localizer::new(lang).unwrap_err();
        assert!(
            matches!(err, I18nError::UnknownLanguage(ref l) if l == lang),
            "{err:?}"
        );
    }
}

// A message missing in French falling back to English is not tested here: the locale test
// requires French to have every English message, so no real message can exercise it.

#[test]
fn polish_messages_agree_with_1_2_5_22_and_25() {
    for (count, expected) in [
        (1, "1 pytanie"),
        (2, "2 pytania"),
        (5, "5 pytań"),
        (22, "22 pytania"),
        (25, "25 pytań"),
    ] {
        check("pl", "quiz-questions", &[("count", count)], expected);
    }
    for (count, expected) in [
        (2, "2 wykonane próby"),
        (5, "5 wykonanych prób"),
        (22, "22 wykonane próby"),
        (25, "25 wykonanych prób"),
    ] {
        check("pl", "quiz-history", &[("count", count)], expected);
    }
}

#[test]
fn zulu_uses_one_for_0_and_1_and_other_above() {
    for (count, expected) in [
        (0, "Umbuzo ongu-0"),
        (1, "Umbuzo ongu-1"),
        (2, "Imibuzo engu-2"),
        (5, "Imibuzo engu-5"),
    ] {
        check("zu", "quiz-questions", &[("count", count)], expected);
    }
}

#[test]
fn french_counts_0_1_2_in_real_messages() {
    for (count, expected) in [(0, "0 question"), (1, "1 question"), (2, "2 questions")] {
        check("fr", "quiz-questions", &[("count", count)], expected);
    }
}
