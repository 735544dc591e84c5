//! "My notes" printed, as a reader sees it through poppler's tools: a long document flows
//! onto numbered pages in each language, every note with its diacritics is there, no
//! heading is left at the foot of a page without its note, nothing runs off a page or over
//! other text; PDF/A-2u with an outline; the same bytes each time; what cannot be printed
//! is refused.
//!
//! Every PDF and a 60 dpi PNG of each of its pages are left in
//! `<target dir>/test-artifacts/certificate/` (`notes-*.pdf`, `notes-*-N.png`).

use std::path::Path;

use lphm_certificate::{render_notes, CertificateError, NotesCourse, NotesDocument, NotesLesson};
use lphm_i18n::{FluentValue, Localizer};

use crate::support::{flat, keep, overlap, page_text, pages, poppler, text_of};

/// Notes as learners write them: several lines, blank lines, the letters of each language,
/// a long address, one very long note.
const NOTES: [&str; 8] = [
    "Zapytać radę dzielnicy o mapę punktów informacyjnych.\nŻółć, gęślą jaźń: ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż.",
    "À revoir avec l'équipe\u{a0}: «\u{a0}accueil des nouveaux arrivants\u{a0}», œuvre, Noël, façade.\n\nÉÈÊËÀÂÎÏÔÙÛÜŸÇŒÆ éèêëàâîïôùûüÿçœæ",
    "Ngiyabonga kakhulu ku-Mnu. Dlamini weKomidi leWadi eThekwini.\nIzinhlelo zomphakathi: ísíZulu, ùkúthi, â, ê, ô.",
    "Ask the Durban ward committee about mapping — before the next council meeting.",
    "Source: https://www.example.org/reports/human-mobility/local-authorities/2026/arrival-neighbourhoods-and-public-services-final-version.pdf",
    "Trois points :\n1. les horaires d'ouverture\n2. l'interprétariat\n3. la signalétique",
    "Spotkanie z urzędem wojewódzkim w sprawie programu integracyjnego.",
    "Umhlangano namalungu omphakathi ngoLwesithathu.",
];

/// A note long enough to be cut by a page break.
fn long_note() -> String {
    (1..=40)
        .map(|i| {
            format!(
                "Akapit {i}: mieszkańcy dzielnicy przyjęci przez urząd, ich sprawy i terminy — \
                 łącznie z tłumaczeniem na język ukraiński i francuski."
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

const COURSES: [&str; 3] = [
    "Odpowiadanie na postrzeganie migrantów przez społeczeństwo",
    "Urbanisation et environnement : quartiers d'arrivée",
    "Ukufinyelela ezinsizeni zomphakathi kuhlanganise nezempilo",
];

/// Three courses of twelve lessons: bookmarked, annotated, both, and one note with a
/// version written on another laptop.
fn document() -> NotesDocument {
    let mut n: usize = 0;
    let courses = COURSES
        .iter()
        .enumerate()
        .map(|(c, title)| NotesCourse {
            title: title.to_string(),
            lessons: (0..12)
                .map(|_| {
                    n += 1;
                    let mut notes = vec![];
                    if !n.is_multiple_of(5) {
                        notes.push(NOTES[n % NOTES.len()].to_string());
                    }
                    if n == 7 {
                        notes.push(format!("{} (wersja z drugiego komputera)", NOTES[2]));
                    }
                    if n == 20 {
                        notes = vec![long_note()];
                    }
                    NotesLesson {
                        module: format!("Moduł {}: Spójność społeczna i zmiany", c + 1),
                        title: format!("Lekcja nr {n:02}: Perceptions publiques et médias"),
                        bookmark: n.is_multiple_of(3).then(|| "bookmarked".to_string()),
                        notes,
                    }
                })
                .collect(),
        })
        .collect();
    NotesDocument {
        title: "Notes and bookmarks of Agnieszka Wróblewska-Łęczyńska".into(),
        learner: "Agnieszka Wróblewska-Łęczyńska".into(),
        date: "2026-12-03".into(),
        courses,
    }
}

const DATES: [(&str, &str); 4] = [
    ("en", "3 December 2026"),
    ("fr", "3 décembre 2026"),
    ("pl", "3 grudnia 2026 r."),
    ("zu", "3 Disemba 2026"),
];

fn page_label(lang: &str, page: usize, pages: usize) -> String {
    Localizer::new(lang).unwrap().format(
        "notes-page",
        &[
            ("page", FluentValue::from(page)),
            ("pages", FluentValue::from(pages)),
        ],
    )
}

/// Renders every page at 60 dpi next to the PDF (`<name>-1.png`, …), for people to look at.
fn pictures(pdf: &Path, pages: usize) {
    let prefix = pdf.with_extension("");
    poppler(
        "pdftoppm",
        &[
            "-r",
            "60",
            "-png",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let stem = prefix.file_name().unwrap().to_str().unwrap();
    let digits = pages.to_string().len();
    for page in 1..=pages {
        let png = prefix.with_file_name(format!("{stem}-{page:0digits$}.png"));
        assert!(png.exists(), "{} was made", png.display());
    }
}

/// A4 portrait pages, every word inside the margins and none over another.
fn check_pages(pdf: &Path) -> usize {
    let pages = pages(pdf);
    for (i, page) in pages.iter().enumerate() {
        assert!(
            (page.width - 595.28).abs() < 0.5 && (page.height - 841.89).abs() < 0.5,
            "page {}: A4 portrait, got {} x {}",
            i + 1,
            page.width,
            page.height
        );
        for w in &page.words {
            assert!(
                w.x0 >= 50.0
                    && w.x1 <= page.width - 50.0
                    && w.y0 >= 40.0
                    && w.y1 <= page.height - 25.0,
                "{} page {}: '{}' runs into the margin ({}, {}, {}, {})",
                pdf.display(),
                i + 1,
                w.text,
                w.x0,
                w.y0,
                w.x1,
                w.y1
            );
        }
        if let Some((a, b)) = overlap(&page.words) {
            panic!(
                "{} page {}: '{}' and '{}' are drawn over each other",
                pdf.display(),
                i + 1,
                a.text,
                b.text
            );
        }
    }
    pages.len()
}

#[test]
fn a_long_document_flows_onto_numbered_pages_with_every_note_in_every_language() {
    let doc = document();
    for (lang, date) in DATES {
        let pdf = render_notes(&doc, lang).unwrap();
        let path = keep(&format!("notes-{lang}"), &pdf);
        let count = check_pages(&path);
        assert!(
            count >= 4,
            "{lang}: 36 lessons take several pages, got {count}"
        );
        pictures(&path, count);

        let text = text_of(&path);
        let mut wanted = vec![doc.title.clone(), date.to_string(), "bookmarked".into()];
        for course in &doc.courses {
            wanted.push(course.title.clone());
            for lesson in &course.lessons {
                wanted.extend([lesson.module.clone(), lesson.title.clone()]);
                // Every line of every note, as written (the address is checked below).
                wanted.extend(
                    lesson
                        .notes
                        .iter()
                        .flat_map(|n| n.lines().map(String::from))
                        .filter(|l| !l.starts_with("Source:")),
                );
            }
        }
        for w in wanted {
            assert!(
                text.contains(&flat(&w)),
                "{lang}: '{w}' is in the PDF:\n{text}"
            );
        }
        // pdftotext joins a line that ends in a hyphen to the next and drops the hyphen,
        // so the long address is compared without its hyphens.
        let squeezed: String = text.split_whitespace().collect::<String>().replace('-', "");
        assert!(
            squeezed.contains(
                &NOTES[4]
                    .split_whitespace()
                    .collect::<String>()
                    .replace('-', "")
            ),
            "{lang}: the long address is printed whole:\n{text}"
        );

        for page in 1..=count {
            let on_page = page_text(&path, page);
            let label = page_label(lang, page, count);
            assert!(
                on_page.contains(&flat(&label)),
                "{lang}: page {page} says '{label}':\n{on_page}"
            );
            // No lesson heading is left alone at the foot of a page: the page with a
            // lesson's title also has the start of its note.
            for lesson in doc.courses.iter().flat_map(|c| &c.lessons) {
                let Some(first) = lesson.notes.first() else {
                    continue;
                };
                if on_page.contains(&flat(&lesson.title)) {
                    // Its first words (an address is cut across lines).
                    let start: Vec<&str> = first
                        .split_whitespace()
                        .take(3)
                        .filter(|w| !w.contains('/'))
                        .collect();
                    assert!(
                        on_page.contains(&start.join(" ")),
                        "{lang}: '{}' on page {page} has its note under it:\n{on_page}",
                        lesson.title
                    );
                }
            }
        }
    }
}

#[test]
fn the_notes_pdf_is_pdf_a_2u_with_its_title_author_date_and_an_outline_of_its_courses() {
    let doc = document();
    let pdf = render_notes(&doc, "fr").unwrap();
    let path = keep("notes-metadata-fr", &pdf);
    let info = poppler("pdfinfo", &[path.to_str().unwrap()]);
    for (field, value) in [("Title:", doc.title.as_str()), ("Author:", &doc.learner)] {
        assert!(
            info.lines()
                .any(|l| l.starts_with(field) && l.ends_with(value)),
            "{field} {value}:\n{info}"
        );
    }
    assert!(
        info.lines()
            .any(|l| l.starts_with("CreationDate:") && l.contains("2026")),
        "the export's date:\n{info}"
    );
    let xmp = poppler("pdfinfo", &["-meta", path.to_str().unwrap()]);
    for wanted in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>U</pdfaid:conformance>",
        "<dc:language><rdf:Bag><rdf:li>fr</rdf:li></rdf:Bag></dc:language>",
    ] {
        assert!(xmp.contains(wanted), "{wanted}:\n{xmp}");
    }

    let fonts = poppler("pdffonts", &[path.to_str().unwrap()]);
    assert!(
        fonts.contains("NotoSans-Regular") && fonts.contains("NotoSans-Bold"),
        "{fonts}"
    );
    for row in fonts.lines().skip(2) {
        let columns: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(columns[columns.len() - 5], "yes", "embedded:\n{fonts}");
    }

    // The outline: each course, its lessons under it.
    let pdf = lopdf::Document::load_mem(&pdf).unwrap();
    let outlines = pdf.catalog().unwrap().get(b"Outlines").unwrap();
    let outlines = pdf.dereference(outlines).unwrap().1.as_dict().unwrap();
    let title_of =
        |item: &lopdf::Dictionary| lopdf::decode_text_string(item.get(b"Title").unwrap()).unwrap();
    let mut item = pdf
        .get_dictionary(outlines.get(b"First").unwrap().as_reference().unwrap())
        .unwrap();
    let mut courses = Vec::new();
    loop {
        let mut lessons = 0;
        if let Ok(first) = item.get(b"First") {
            let mut child = pdf.get_dictionary(first.as_reference().unwrap()).unwrap();
            lessons = 1;
            while let Ok(next) = child.get(b"Next") {
                child = pdf.get_dictionary(next.as_reference().unwrap()).unwrap();
                lessons += 1;
            }
        }
        courses.push((title_of(item), lessons));
        match item.get(b"Next") {
            Ok(next) => item = pdf.get_dictionary(next.as_reference().unwrap()).unwrap(),
            Err(_) => break,
        }
    }
    let expected: Vec<(String, usize)> = doc
        .courses
        .iter()
        .map(|c| (c.title.clone(), c.lessons.len()))
        .collect();
    assert_eq!(courses, expected);
}

#[test]
fn rendering_notes_is_deterministic() {
    let doc = document();
    let first = render_notes(&doc, "pl").unwrap();
    assert_eq!(
        first,
        render_notes(&doc, "pl").unwrap(),
        "same inputs, same bytes"
    );
    assert_ne!(
        first,
        render_notes(&doc, "zu").unwrap(),
        "the language shows"
    );
}

#[test]
fn no_notes_make_one_page_with_the_title() {
    let doc = NotesDocument {
        title: "Notes et favoris de Hélène Ndiaye".into(),
        learner: "Hélène Ndiaye".into(),
        date: "2026-01-31".into(),
        courses: vec![],
    };
    let path = keep("notes-empty-fr", &render_notes(&doc, "fr").unwrap());
    assert_eq!(check_pages(&path), 1);
    let text = text_of(&path);
    for w in [&doc.title, "31 janvier 2026", &page_label("fr", 1, 1)] {
        assert!(text.contains(&flat(w)), "'{w}' in:\n{text}");
    }
}

#[test]
fn what_cannot_be_printed_is_refused_with_its_reason() {
    let mut doc = document();
    doc.courses[1].lessons[3].notes = vec!["Très bien 👍 merci".into()];
    match render_notes(&doc, "fr") {
        Err(CertificateError::Character { character }) => assert_eq!(character, '👍'),
        other => panic!("expected Character, got {other:?}"),
    }
    let mut doc = document();
    doc.courses[0].title = "移民".into();
    assert!(matches!(
        render_notes(&doc, "en"),
        Err(CertificateError::Character { character: '移' })
    ));
    let mut doc = document();
    doc.date = "03/12/2026".into();
    assert!(matches!(
        render_notes(&doc, "en"),
        Err(CertificateError::Date { .. })
    ));
    match render_notes(&document(), "de") {
        Err(CertificateError::Language { lang }) => assert_eq!(lang, "de"),
        other => panic!("expected Language, got {other:?}"),
    }
    // Tabs, carriage returns and no-break spaces are white space, not characters to draw.
    let mut doc = document();
    doc.courses[0].lessons[0].notes = vec!["a\tb\r\nc\u{a0}: d\u{202f}; e".into()];
    render_notes(&doc, "fr").unwrap();
}
