//! Choosing the interface language from the system locale.

use lphm_i18n::negotiate;

#[test]
fn the_system_language_is_used_when_the_interface_has_it_else_english() {
    let cases = [
        ("fr_SN.UTF-8", "fr"),
        ("fr_FR@euro", "fr"),
        ("fr-CA", "fr"),
        ("FR_fr", "fr"),
        ("fr", "fr"),
        ("en_GB.UTF-8", "en"),
        ("pl_PL.UTF-8", "pl"),
        ("zu_ZA", "zu"),
        ("zu_ZA.UTF-8", "zu"),
        // Languages the interface does not have.
        ("de_BE.UTF-8", "en"),
        ("wo_SN", "en"),
        // No usable language at all.
        ("", "en"),
        ("C", "en"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
        // Not a language code, only something that starts like one.
        ("french", "en"),
        ("fra_SN", "en"),
    ];
    for (system, expected) in cases {
        assert_eq!(negotiate(system), expected, "{system:?}");
    }
}

#[test]
fn the_first_system_locale_the_interface_speaks_wins() {
    let list = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // Windows lists the user's languages best first: a Senegalese official who reads
    // Wolof first and French second gets French, not the English fallback.
    assert_eq!(
        lphm_i18n::choose_locale(&list(&["wo-SN", "fr-SN"])),
        "fr-SN"
    );
    assert_eq!(
        lphm_i18n::choose_locale(&list(&["zu-ZA", "en-ZA"])),
        "zu-ZA"
    );
    assert_eq!(
        lphm_i18n::choose_locale(&list(&["pl_PL.UTF-8"])),
        "pl_PL.UTF-8"
    );
    // Nothing the interface has: the first one (negotiated to English), or nothing.
    assert_eq!(
        lphm_i18n::choose_locale(&list(&["de-DE", "nl-BE"])),
        "de-DE"
    );
    assert_eq!(lphm_i18n::choose_locale(&[]), "");
    assert_eq!(
        negotiate(&lphm_i18n::choose_locale(&list(&["de-DE"]))),
        "en"
    );
}
