//! How long a certificate takes to make and check, and how big it is: issuing and verifying
//! a credential, rendering a certificate and a statement in each language, and reading a
//! certificate back; and the same for a learner's notes printed (30 notes, the size of a
//! busy learner's export). Prints the numbers.
//!
//! `cargo bench -p lphm-certificate --bench render`.

use std::time::Instant;

use lphm_certificate::{
    check_pdf, issue, render, render_notes, verify, Document, Facts, NotesCourse, NotesDocument,
    NotesLesson, Titles,
};
use lphm_package::SecretKey;
use uuid::Uuid;

fn facts() -> Facts {
    let id = Uuid::from_bytes([1; 16]);
    Facts {
        id,
        learner: Uuid::from_bytes([2; 16]),
        name: "Agnieszka Wróblewska-Łęczyńska".into(),
        authority: "Urząd Miasta Płocka".into(),
        course: "perceptions-communication-media".into(),
        course_title: "Addressing public perceptions of migrants, mastering communication strategies and partnering with the media".into(),
        modules: [
            "Social cohesion and adapting to change",
            "Economic development and entrepreneurship",
            "Education and youth development",
            "Urbanisation and the environment",
            "Access to public services including health",
            "Human security",
        ]
        .map(String::from)
        .to_vec(),
        study_seconds: 45_240,
        completed_on: "2026-12-03".into(),
        issued_at_ms: 1_796_307_907_123,
        issuer_name: "UNITAR Learning Platform on Human Mobility".into(),
        issuer_url: "https://lphm.example.org".into(),
        verify_url: format!("https://lphm.example.org/verify/{id}"),
    }
}

fn time<T>(label: &str, rounds: u32, mut f: impl FnMut() -> T) -> T {
    let mut out = f(); // warm up
    let start = Instant::now();
    for _ in 0..rounds {
        out = std::hint::black_box(f());
    }
    let each = start.elapsed().as_secs_f64() * 1000.0 / f64::from(rounds);
    println!("{label:<34} {each:>8.3} ms");
    out
}

fn main() {
    let key = SecretKey::from_seed("bench", [3; 32]);
    let trusted = [key.public()];
    let facts = facts();
    let jwt = time("issue", 200, || issue(&facts, &key));
    let credential = time("verify", 200, || verify(&jwt, &trusted).unwrap());
    println!("credential: {} bytes", jwt.len());
    for lang in ["en", "fr", "pl", "zu"] {
        let doc = Document::Certificate {
            credential: credential.clone(),
            titles: Titles::default(),
        };
        let pdf = time(&format!("render certificate ({lang})"), 10, || {
            render(&doc, lang).unwrap()
        });
        println!("certificate ({lang}): {} bytes", pdf.len());
        if lang == "en" {
            time("check_pdf", 20, || check_pdf(&pdf, &trusted).unwrap());
        }
    }
    let statement = Document::Statement {
        facts,
        titles: Titles::default(),
    };
    let pdf = time("render statement (pl)", 10, || {
        render(&statement, "pl").unwrap()
    });
    println!("statement (pl): {} bytes", pdf.len());

    let notes = notes();
    for lang in ["en", "pl"] {
        let pdf = time(&format!("render 30 notes ({lang})"), 10, || {
            render_notes(&notes, lang).unwrap()
        });
        let pages = lopdf::Document::load_mem(&pdf).unwrap().get_pages().len();
        println!("30 notes ({lang}): {} bytes, {pages} pages", pdf.len());
    }
}

/// 30 lessons with a note each (two to five lines, in the four languages), every third
/// bookmarked, over the six modules of one course and one lesson of another.
fn notes() -> NotesDocument {
    const TEXTS: [&str; 4] = [
        "Ask the ward committee about mapping arrival neighbourhoods before the council meets.\nBring the 2025 figures.",
        "À revoir avec l'équipe\u{a0}: accueil des nouveaux arrivants, interprétariat, signalétique.\n\nDemander au service état civil les délais actuels.\nPrévoir une salle.",
        "Zapytać wydział spraw obywatelskich o terminy.\nPrzygotować ulotkę po ukraińsku i angielsku.\nSpotkanie z radą dzielnicy w czwartek.",
        "Ngiyabonga kakhulu ku-Mnu. Dlamini weKomidi leWadi eThekwini.\nIzinhlelo zomphakathi: imibuzo emihlanu.",
    ];
    let lesson = |n: usize| NotesLesson {
        module: format!(
            "Module {}: Access to public services including health",
            n % 6 + 1
        ),
        title: format!("Lesson {n}: Communicating with newcomers and long-standing residents"),
        bookmark: n.is_multiple_of(3).then(|| "bookmarked".to_string()),
        notes: vec![TEXTS[n % TEXTS.len()].to_string()],
    };
    NotesDocument {
        title: "Notes and bookmarks of Agnieszka Wróblewska-Łęczyńska".into(),
        learner: "Agnieszka Wróblewska-Łęczyńska".into(),
        date: "2026-12-03".into(),
        courses: vec![
            NotesCourse {
                title: "Addressing public perceptions of migrants, mastering communication strategies and partnering with the media".into(),
                lessons: (1..=29).map(lesson).collect(),
            },
            NotesCourse {
                title: "Getting started with LPHM".into(),
                lessons: vec![lesson(30)],
            },
        ],
    }
}
