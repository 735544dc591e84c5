//! What the tests share: keys, learners with diacritics, facts and titles from the real LPHM
//! curriculum, and poppler's command-line tools.

use std::path::{Path, PathBuf};
use std::process::Command;

use lphm_certificate::{issue, verify, Credential, Document, Facts, Titles};
use lphm_package::SecretKey;
use uuid::Uuid;

/// The programme's certificate key in these tests.
pub fn programme_key() -> SecretKey {
    SecretKey::from_seed("LPHM programme certificates (test)", [7; 32])
}

/// A key the laptops do not trust.
pub fn stranger_key() -> SecretKey {
    SecretKey::from_seed("Someone else", [9; 32])
}

pub struct Learner {
    pub lang: &'static str,
    pub name: &'static str,
    pub authority: &'static str,
}

/// One learner per interface language, names with the letters each language needs.
pub const LEARNERS: [Learner; 4] = [
    Learner {
        lang: "en",
        name: "Jan De Smedt",
        authority: "Stad Antwerpen",
    },
    Learner {
        lang: "fr",
        name: "Hélène Ndiaye",
        authority: "Commune de Diourbel",
    },
    Learner {
        lang: "pl",
        name: "Agnieszka Wróblewska-Łęczyńska",
        authority: "Urząd Miasta Płocka",
    },
    Learner {
        lang: "zu",
        name: "Nomvula Ngcobo",
        authority: "eThekwini Municipality",
    },
];

/// The LPHM curriculum's course.json.
pub fn curriculum() -> serde_json::Value {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../courses/lphm-curriculum/course.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the curriculum at {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// The curriculum's course title and module titles in `lang`.
pub fn course_titles(lang: &str) -> (String, Vec<String>) {
    let course = curriculum();
    let modules = course["modules"].as_array().unwrap();
    (
        course["title"][lang].as_str().unwrap().to_string(),
        modules
            .iter()
            .map(|m| m["title"][lang].as_str().unwrap().to_string())
            .collect(),
    )
}

/// Facts of a learner who completed the curriculum; `n` varies the ids.
pub fn facts(n: u8, name: &str, authority: &str) -> Facts {
    let (course_title, modules) = course_titles("en");
    let id = Uuid::from_bytes([n; 16]);
    Facts {
        id,
        learner: Uuid::from_bytes([n.wrapping_add(100); 16]),
        name: name.into(),
        authority: authority.into(),
        course: curriculum()["id"].as_str().unwrap().into(),
        course_title,
        modules,
        study_seconds: 12 * 3600 + 34 * 60 + 10,
        completed_on: "2026-12-03".into(),
        // 2026-12-03T14:25:07.123Z
        issued_at_ms: 1_796_307_907_123,
        issuer_name: "UNITAR Learning Platform on Human Mobility".into(),
        issuer_url: "https://lphm.example.org".into(),
        verify_url: format!("https://lphm.example.org/verify/{id}"),
    }
}

/// The curriculum's titles in `lang`, as the laptop passes them to `render`.
pub fn titles(lang: &str) -> Titles {
    let (course, modules) = course_titles(lang);
    Titles { course, modules }
}

/// A credential issued for `facts` by the programme key, as the server would.
pub fn credential(facts: &Facts) -> Credential {
    let key = programme_key();
    verify(&issue(facts, &key), &[key.public()]).unwrap()
}

pub fn certificate(n: u8, learner: &Learner) -> Document {
    Document::Certificate {
        credential: credential(&facts(n, learner.name, learner.authority)),
        titles: titles(learner.lang),
    }
}

pub fn statement(n: u8, learner: &Learner) -> Document {
    Document::Statement {
        facts: facts(n, learner.name, learner.authority),
        titles: titles(learner.lang),
    }
}

/// Where the tests leave the PDFs and page images they make, to be looked at:
/// `<target dir>/test-artifacts/certificate/` (the target dir is `CARGO_TARGET_DIR`, or
/// `target/` in the workspace).
pub fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is inside the target dir")
        .join("test-artifacts/certificate");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `pdf` to the artifacts folder as `name`.pdf and returns its path.
pub fn keep(name: &str, pdf: &[u8]) -> PathBuf {
    let path = artifacts().join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    path
}

/// Runs one of poppler's tools and returns what it printed; fails with a sentence saying
/// what to install when the tool is missing.
pub fn poppler(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!(
            "{tool} could not be run ({e}): install poppler-utils (apt-get install poppler-utils, \
             or scripts/setup), which these tests use to read the PDFs as a reader would"
        )
    });
    assert!(
        output.status.success(),
        "{tool} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Text with every run of white space as one space, to compare across line breaks.
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of the whole PDF as pdftotext reads it, white space flattened.
pub fn text_of(pdf: &Path) -> String {
    flat(&poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]))
}

/// The text of page `n` (from 1), white space flattened.
pub fn page_text(pdf: &Path, n: usize) -> String {
    let n = n.to_string();
    flat(&poppler(
        "pdftotext",
        &["-f", &n, "-l", &n, pdf.to_str().unwrap(), "-"],
    ))
}

/// A word on a page and its box, in points from the top left.
pub struct Word {
    pub text: String,
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

pub struct Page {
    pub width: f32,
    pub height: f32,
    pub words: Vec<Word>,
}

fn attribute(tag: &str, name: &str) -> f32 {
    let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    let end = start + tag[start..].find('"').unwrap();
    tag[start..end].parse().unwrap()
}

/// Every page with every word on it and its box, from `pdftotext -bbox`.
pub fn pages(pdf: &Path) -> Vec<Page> {
    let html = poppler("pdftotext", &["-bbox", pdf.to_str().unwrap(), "-"]);
    let mut pages = Vec::new();
    for page in html.split("<page ").skip(1) {
        let mut words = Vec::new();
        let mut rest = page;
        while let Some(start) = rest.find("<word ") {
            rest = &rest[start..];
            let open_end = rest.find('>').unwrap();
            let close = rest.find("</word>").unwrap();
            let tag = &rest[..open_end];
            words.push(Word {
                text: rest[open_end + 1..close].to_string(),
                x0: attribute(tag, "xMin"),
                y0: attribute(tag, "yMin"),
                x1: attribute(tag, "xMax"),
                y1: attribute(tag, "yMax"),
            });
            rest = &rest[close..];
        }
        pages.push(Page {
            width: attribute(page, "width"),
            height: attribute(page, "height"),
            words,
        });
    }
    pages
}

/// Two words drawn over each other, if any. Word boxes span the font's whole ascent and
/// descent, so lines of a paragraph touch; the test uses the middle half of each box's
/// height, where the letters of two lines would only meet if they were drawn over each
/// other.
pub fn overlap(words: &[Word]) -> Option<(&Word, &Word)> {
    let core = |w: &Word| {
        let quarter = (w.y1 - w.y0) / 4.0;
        (w.x0 + 0.3, w.y0 + quarter, w.x1 - 0.3, w.y1 - quarter)
    };
    for (i, a) in words.iter().enumerate() {
        for b in &words[i + 1..] {
            let (ax0, ay0, ax1, ay1) = core(a);
            let (bx0, by0, bx1, by1) = core(b);
            if ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1 {
                return Some((a, b));
            }
        }
    }
    None
}
