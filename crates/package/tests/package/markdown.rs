//! Lessons that try to smuggle HTML or script: Markdown is content, so such a course packs
//! and verifies, and it is the renderer that makes it harmless. The lesson is rendered
//! from the bytes that came out of the verified package, as the app does.

use lphm_content::render_lesson;

use crate::fixture::{course, pack_dir, publisher, read_all, write_files};

/// (Markdown, a piece of visible text that must survive rendering).
const ATTEMPTS: &[(&str, &str)] = &[
    ("<script>alert(1)</script>", ""),
    ("Inline <script>alert(1)</script> script.", "script."),
    ("<img src=x onerror=alert(1)>", ""),
    ("An image <img src=x onerror=alert(1)> inline.", "inline."),
    ("[x](javascript:alert(1))", ">x<"),
    ("[y](JavaScript:alert(1))", ">y<"),
    ("[z](jav&#x61;script:alert(1))", ">z<"),
    ("![w](javascript:alert(1))", "w"),
    ("<iframe src=\"https://example.org\"></iframe>", ""),
    ("<style>body { display: none }</style>", ""),
    ("<a href=\"javascript:alert(1)\">link</a>", "link"),
    ("<div onclick=\"alert(1)\">click</div>", ""),
    ("<svg onload=alert(1)></svg>", ""),
    ("<object data=\"x.swf\"></object><embed src=\"x.swf\">", ""),
    (
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        ">data<",
    ),
];

/// Substrings that must not appear (case-insensitively) in any rendered lesson.
const FORBIDDEN: &[&str] = &[
    "<script",
    "onerror",
    "onclick",
    "onload",
    "javascript:",
    "<iframe",
    "<style",
    "<object",
    "<embed",
    "data:text/html",
];

#[track_caller]
fn check_html(what: &str, html: &str, visible: &str) {
    let lower = html.to_lowercase();
    for bad in FORBIDDEN {
        assert!(!lower.contains(bad), "{what}: {bad:?} survived in {html}");
    }
    assert!(
        html.contains(visible),
        "{what}: {visible:?} missing from {html}"
    );
}

#[test]
fn html_and_script_in_a_lesson_pack_verify_and_render_harmlessly() {
    let lesson: String = std::iter::once("# Tricks\n\nPlain words stay.\n\n".to_string())
        .chain(ATTEMPTS.iter().map(|(md, _)| format!("{md}\n\n")))
        .collect();
    let dir = course();
    write_files(dir.path(), &[("lessons/second-lesson.en.md", &lesson)]);

    // Markdown is content: the package carries it unchanged.
    let package = pack_dir(dir.path(), &publisher()).unwrap();
    let (result, sink) = read_all(&package);
    result.unwrap();
    let md = String::from_utf8(sink.files["lessons/second-lesson.en.md"].clone()).unwrap();
    assert_eq!(md, lesson);

    let media = |path: &str| sink.files.get(path).cloned();
    let html = render_lesson(&md, &media);
    check_html("whole lesson", &html, "Plain words stay.");
    assert!(html.contains("<h1>Tricks</h1>"), "{html}");

    // Each attempt on its own, so a failure names the one that got through.
    for (md, visible) in ATTEMPTS {
        check_html(md, &render_lesson(md, &|_| None), visible);
    }
}

#[test]
fn a_lesson_image_from_the_package_is_inlined() {
    // The positive side of the same renderer: the course's own image comes through.
    let (result, sink) = read_all(&crate::fixture::valid_package());
    result.unwrap();
    let md = String::from_utf8(sink.files["lessons/first-lesson.en.md"].clone()).unwrap();
    let html = render_lesson(&md, &|path: &str| sink.files.get(path).cloned());
    assert!(
        html.contains(r#"src="data:image/svg+xml;base64,"#),
        "{html}"
    );
}
