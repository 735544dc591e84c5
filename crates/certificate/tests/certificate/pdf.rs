//! The PDF as a reader sees it, through poppler's tools: the words in each language with
//! their diacritics, the embedded fonts, the attached credential, PDF/A, and a layout
//! where nothing runs off the page or over other text.
//!
//! Every PDF and a 60 dpi PNG of its page are left in
//! `<target dir>/test-artifacts/certificate/` (`target/test-artifacts/certificate/`
//! unless `CARGO_TARGET_DIR` says otherwise) to be looked at.

use std::path::Path;

use lphm_certificate::{render, CertificateError, Document, Titles, ATTACHMENT};
use lphm_i18n::Localizer;

use crate::support::{
    artifacts, certificate, facts, flat, keep, overlap, pages, poppler, statement, text_of, titles,
    Page, LEARNERS,
};

const DATES: [(&str, &str); 4] = [
    ("en", "3 December 2026"),
    ("fr", "3 décembre 2026"),
    ("pl", "3 grudnia 2026 r."),
    ("zu", "3 Disemba 2026"),
];

const STUDY_TIMES: [(&str, &str); 4] = [
    ("en", "12 hours 34 minutes"),
    ("fr", "12 heures et 34 minutes"),
    ("pl", "12 godzin 34 minuty"),
    ("zu", "amahora angu-12 nemizuzu engu-34"),
];

fn expected(table: &[(&str, &'static str)], lang: &str) -> &'static str {
    table.iter().find(|(l, _)| *l == lang).unwrap().1
}

fn message(lang: &str, id: &str) -> String {
    Localizer::new(lang).unwrap().format(id, &[])
}

/// Renders the page at 60 dpi next to the PDF, for people to look at.
fn picture(pdf: &Path) {
    let prefix = pdf.with_extension("");
    poppler(
        "pdftoppm",
        &[
            "-r",
            "60",
            "-png",
            "-singlefile",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    assert!(prefix.with_extension("png").exists());
}

/// One page, nothing runs off it (every word inside the inner frame) and no word is drawn
/// over another.
fn check_layout(pdf: &Path) {
    let pages = pages(pdf);
    assert_eq!(pages.len(), 1, "{}: one page", pdf.display());
    let Page {
        width,
        height,
        words,
    } = &pages[0];
    assert!(
        (width - 841.89).abs() < 0.5 && (height - 595.28).abs() < 0.5,
        "A4 landscape, got {width} x {height}"
    );
    assert!(words.len() > 30, "{}: the page has its text", pdf.display());
    let frame = 27.0;
    for w in words {
        assert!(
            w.x0 >= frame && w.x1 <= width - frame && w.y0 >= frame && w.y1 <= height - frame,
            "{}: '{}' runs outside the frame ({}, {}, {}, {})",
            pdf.display(),
            w.text,
            w.x0,
            w.y0,
            w.x1,
            w.y1
        );
    }
    if let Some((a, b)) = overlap(words) {
        panic!(
            "{}: '{}' and '{}' are drawn over each other",
            pdf.display(),
            a.text,
            b.text
        );
    }
}

#[test]
fn certificates_in_every_language_read_as_written() {
    for (n, learner) in LEARNERS.iter().enumerate() {
        let doc = certificate(n as u8, learner);
        let pdf = render(&doc, learner.lang).unwrap();
        let path = keep(&format!("certificate-{}", learner.lang), &pdf);
        let text = text_of(&path);
        let titles = titles(learner.lang);
        let facts = doc.facts();
        let mut wanted = vec![
            learner.name.to_string(),
            learner.authority.to_string(),
            message(learner.lang, "certificate-heading"),
            message(learner.lang, "certificate-preamble"),
            titles.course.clone(),
            expected(&DATES, learner.lang).to_string(),
            expected(&STUDY_TIMES, learner.lang).to_string(),
            facts.id.to_string(),
            facts.issuer_name.clone(),
        ];
        wanted.extend(titles.modules.iter().cloned());
        for w in wanted {
            assert!(
                text.contains(&flat(&w)),
                "{}: '{w}' is not on the page:\n{text}",
                learner.lang
            );
        }
        // pdftotext joins a line that ends in a hyphen to the next and drops the hyphen,
        // so the address is compared without its hyphens.
        let squeezed: String = text.split_whitespace().collect();
        assert!(
            squeezed
                .replace('-', "")
                .contains(&facts.verify_url.replace('-', "")),
            "{}: the verification address is printed:\n{text}",
            learner.lang
        );
        check_layout(&path);
        picture(&path);
    }
}

#[test]
fn statements_say_they_are_not_verified_and_carry_nothing() {
    for (n, learner) in LEARNERS.iter().enumerate() {
        let doc = statement(n as u8, learner);
        let pdf = render(&doc, learner.lang).unwrap();
        let path = keep(&format!("statement-{}", learner.lang), &pdf);
        let text = text_of(&path);
        for id in [
            "certificate-statement-heading",
            "certificate-statement-unverified",
            "certificate-statement-notice",
        ] {
            let m = message(learner.lang, id);
            assert!(
                text.contains(&flat(&m)),
                "{}: '{m}' is on the page",
                learner.lang
            );
        }
        assert!(text.contains(&flat(learner.name)));
        assert!(
            !text.contains(&message(learner.lang, "certificate-heading")),
            "{}: a statement never calls itself a certificate",
            learner.lang
        );
        let squeezed: String = text.split_whitespace().collect();
        assert!(
            !squeezed.contains("/verify/"),
            "{}: no verification address on a statement",
            learner.lang
        );
        let attached = poppler("pdfdetach", &["-list", path.to_str().unwrap()]);
        assert_eq!(attached.trim(), "0 embedded files", "{}", learner.lang);
        check_layout(&path);
        picture(&path);
    }
}

#[test]
fn the_fonts_are_embedded() {
    let pdf = render(&certificate(1, &LEARNERS[2]), "pl").unwrap();
    let path = keep("fonts-pl", &pdf);
    let listing = poppler("pdffonts", &[path.to_str().unwrap()]);
    let rows: Vec<&str> = listing.lines().skip(2).collect();
    assert!(rows.len() >= 2, "regular and bold:\n{listing}");
    for row in &rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        // name type(1-2 words) encoding emb sub uni object ID: emb is 5th from the end.
        let emb = columns[columns.len() - 5];
        assert_eq!(emb, "yes", "embedded:\n{listing}");
    }
    assert!(listing.contains("NotoSans-Regular") && listing.contains("NotoSans-Bold"));
}

#[test]
fn a_certificate_carries_its_credential_and_is_pdf_a_3() {
    let doc = certificate(1, &LEARNERS[1]);
    let Document::Certificate { credential, .. } = &doc else {
        unreachable!()
    };
    let pdf = render(&doc, "fr").unwrap();
    let path = keep("attached-fr", &pdf);
    let listing = poppler("pdfdetach", &["-list", path.to_str().unwrap()]);
    assert_eq!(
        listing.lines().map(str::trim).collect::<Vec<_>>(),
        ["1 embedded files", &format!("1: {ATTACHMENT}")]
    );
    let saved = artifacts().join("attached-fr.jwt");
    poppler(
        "pdfdetach",
        &[
            "-save",
            "1",
            "-o",
            saved.to_str().unwrap(),
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(std::fs::read_to_string(&saved).unwrap(), credential.jwt);

    let info = poppler("pdfinfo", &[path.to_str().unwrap()]);
    let title = Localizer::new("fr").unwrap().format(
        "certificate-document-title",
        &[("name", "Hélène Ndiaye".into())],
    );
    assert!(
        info.lines()
            .any(|l| l.starts_with("Title:") && l.ends_with(&title)),
        "title:\n{info}"
    );
    assert!(info.contains("Pages:           1"), "{info}");
    let xmp = poppler("pdfinfo", &["-meta", path.to_str().unwrap()]);
    assert!(
        xmp.contains("<pdfaid:part>3</pdfaid:part>"),
        "PDF/A-3:\n{xmp}"
    );
    assert!(
        xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>"),
        "{xmp}"
    );
    assert!(
        xmp.contains("<dc:language><rdf:Bag><rdf:li>fr</rdf:li></rdf:Bag></dc:language>"),
        "language in the XMP:\n{xmp}"
    );
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let lang = doc.catalog().unwrap().get(b"Lang").unwrap();
    assert_eq!(
        lopdf::decode_text_string(lang).unwrap(),
        "fr",
        "the catalogue's /Lang"
    );
}

#[test]
fn a_long_name_title_and_module_list_stay_on_the_page() {
    let mut f = facts(
        42,
        "Małgorzata Agnieszka Wróblewska-Łęczyńska-Szczebrzeszyńska",
        "Urząd Marszałkowski Województwa Kujawsko-Pomorskiego w Toruniu, Departament Spraw Społecznych i Integracji",
    );
    f.verify_url = format!(
        "https://certyfikaty.lphm.samorzad.example.org/weryfikacja/{}",
        f.id
    );
    let mut long = titles("pl");
    long.course = format!(
        "{} w samorządach lokalnych i regionalnych: kurs dla urzędników gmin, powiatów i województw",
        long.course
    );
    let extra: Vec<String> = titles("pl")
        .modules
        .iter()
        .map(|m| format!("{m}: pogłębienie dla zaawansowanych"))
        .collect();
    long.modules.extend(extra);
    f.modules = long.modules.clone();
    for (name, doc) in [
        (
            "long-certificate-pl",
            Document::Certificate {
                credential: crate::support::credential(&f),
                titles: long.clone(),
            },
        ),
        (
            "long-statement-pl",
            Document::Statement {
                facts: f.clone(),
                titles: long.clone(),
            },
        ),
    ] {
        let pdf = render(&doc, "pl").unwrap();
        let path = keep(name, &pdf);
        let text = text_of(&path);
        for w in [&f.name, &f.authority, &long.course]
            .into_iter()
            .chain(&long.modules)
        {
            assert!(
                text.contains(&flat(w)),
                "{name}: '{w}' is on the page:\n{text}"
            );
        }
        check_layout(&path);
        picture(&path);
    }
}

#[test]
fn study_time_is_in_hours_and_minutes_with_each_language_s_plurals() {
    let cases: [(u64, [&str; 4]); 5] = [
        (
            3600 + 60,
            [
                "1 hour 1 minute",
                "1 heure et 1 minute",
                "1 godzina 1 minuta",
                "ihora elingu-1 nomzuzu ongu-1",
            ],
        ),
        (
            2 * 3600 + 10,
            ["2 hours", "2 heures", "2 godziny", "amahora angu-2"],
        ),
        (
            5 * 3600 + 22 * 60 + 29,
            [
                "5 hours 22 minutes",
                "5 heures et 22 minutes",
                "5 godzin 22 minuty",
                "amahora angu-5 nemizuzu engu-22",
            ],
        ),
        (
            22 * 3600 + 45 * 60,
            [
                "22 hours 45 minutes",
                "22 heures et 45 minutes",
                "22 godziny 45 minut",
                "amahora angu-22 nemizuzu engu-45",
            ],
        ),
        (25, ["0 minutes", "0 minute", "0 minut", "imizuzu engu-0"]),
    ];
    for (seconds, expected) in cases {
        for (learner, wanted) in LEARNERS.iter().zip(expected) {
            let mut f = facts(5, learner.name, learner.authority);
            f.study_seconds = seconds;
            let doc = Document::Statement {
                facts: f,
                titles: titles(learner.lang),
            };
            let path = keep(
                &format!("study-time-{}", learner.lang),
                &render(&doc, learner.lang).unwrap(),
            );
            let text = text_of(&path);
            assert!(
                text.contains(wanted),
                "{seconds} s in {}: '{wanted}' in\n{text}",
                learner.lang
            );
        }
    }
    // No number is too large to print.
    let mut f = facts(5, "Jan De Smedt", "Stad Antwerpen");
    f.study_seconds = u64::MAX;
    let doc = Document::Statement {
        facts: f,
        titles: titles("en"),
    };
    render(&doc, "en").unwrap();
}

#[test]
fn titles_fall_back_to_the_credentials_own() {
    let learner = &LEARNERS[3];
    let mut doc = statement(3, learner);
    if let Document::Statement { titles, .. } = &mut doc {
        *titles = Titles::default();
    }
    let pdf = render(&doc, "zu").unwrap();
    let path = keep("fallback-zu", &pdf);
    let text = text_of(&path);
    let english = titles("en");
    assert!(text.contains(&flat(&english.course)));
    for m in &english.modules {
        assert!(text.contains(&flat(m)), "{m}");
    }
    assert!(text.contains(&flat(&message("zu", "certificate-statement-heading"))));
}

#[test]
fn rendering_is_deterministic() {
    let doc = certificate(1, &LEARNERS[2]);
    let first = render(&doc, "pl").unwrap();
    assert_eq!(
        first,
        render(&doc, "pl").unwrap(),
        "same inputs, same bytes"
    );
    assert_ne!(first, render(&doc, "en").unwrap(), "the language shows");
    let st = statement(1, &LEARNERS[2]);
    assert_eq!(render(&st, "pl").unwrap(), render(&st, "pl").unwrap());
}

#[test]
fn unusable_inputs_are_refused_with_their_reason() {
    let learner = &LEARNERS[0];
    match render(&certificate(1, learner), "de") {
        Err(CertificateError::Language { lang }) => assert_eq!(lang, "de"),
        other => panic!("expected Language, got {other:?}"),
    }
    let mut f = facts(1, learner.name, learner.authority);
    f.completed_on = "03/12/2026".into();
    let doc = Document::Statement {
        facts: f.clone(),
        titles: titles("en"),
    };
    assert!(matches!(
        render(&doc, "en"),
        Err(CertificateError::Date { .. })
    ));
    f.completed_on = "2026-12-03".into();
    f.name = "李雷".into();
    let doc = Document::Statement {
        facts: f,
        titles: titles("en"),
    };
    match render(&doc, "en") {
        Err(CertificateError::Character { character }) => assert_eq!(character, '李'),
        other => panic!("expected Character, got {other:?}"),
    }
}

/// The QR codes a phone would find on the page, decoded: the page rendered at 150 dpi by
/// pdftoppm, read by rqrr.
fn qr_codes(pdf: &Path) -> Vec<String> {
    let stem = pdf.file_stem().unwrap().to_str().unwrap();
    let prefix = pdf.with_file_name(format!("{stem}-150dpi"));
    poppler(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-png",
            "-singlefile",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let file = std::fs::File::open(prefix.with_extension("png")).unwrap();
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut pixels).unwrap();
    assert_eq!(frame.bit_depth, png::BitDepth::Eight);
    let channels = frame.color_type.samples();
    let (width, height) = (frame.width as usize, frame.height as usize);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        let at = y * frame.line_size + x * channels;
        // The darkest channel: the page is black, white and blues; the code is black.
        pixels[at..at + channels.min(3)]
            .iter()
            .copied()
            .min()
            .unwrap()
    });
    image
        .detect_grids()
        .iter()
        .map(|grid| grid.decode().expect("a QR code that decodes").1)
        .collect()
}

#[test]
fn the_qr_code_reads_as_the_verification_address() {
    let doc = certificate(2, &LEARNERS[2]);
    let pdf = render(&doc, "pl").unwrap();
    let path = keep("qr-pl", &pdf);
    assert_eq!(qr_codes(&path), [doc.facts().verify_url.clone()]);

    let mut f = facts(7, "Jan De Smedt", "Stad Antwerpen");
    f.verify_url = format!(
        "https://certificates.learning-platform-on-human-mobility.example.org/verify/{}?lang=en",
        f.id
    );
    let doc = Document::Certificate {
        credential: crate::support::credential(&f),
        titles: titles("en"),
    };
    let path = keep("qr-long-address-en", &render(&doc, "en").unwrap());
    assert_eq!(qr_codes(&path), [f.verify_url]);

    let path = keep(
        "qr-statement-en",
        &render(&statement(2, &LEARNERS[0]), "en").unwrap(),
    );
    assert!(qr_codes(&path).is_empty(), "a statement has no QR code");
}
