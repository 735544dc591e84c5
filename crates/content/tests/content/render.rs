//! Lesson rendering beyond the unit tests in `src/render.rs`: links, tables, emphasis and
//! images as authors write them.

use lphm_content::{media_type, render_lesson, MISSING_IMAGE_CLASS};

const SVG: &[u8] = b"<svg xmlns='http://www.w3.org/2000/svg'/>";

/// The course media of these tests: one SVG, and one image of a type the app does not show.
fn media(path: &str) -> Option<Vec<u8>> {
    match path {
        "media/x.svg" => Some(SVG.to_vec()),
        "media/x.bmp" => Some(b"BM".to_vec()),
        _ => None,
    }
}

/// `markdown` renders to exactly `html`.
#[track_caller]
fn check(markdown: &str, html: &str) {
    assert_eq!(render_lesson(markdown, &media), html, "{markdown:?}");
}

#[test]
fn relative_and_fragment_links_lose_their_href_but_keep_their_text() {
    // A lesson is shown from a data-less page: a relative href would point into the app
    // itself, so it is dropped rather than followed.
    for dest in [
        "other.md",
        "./other.md",
        "../other.md",
        "lessons/b.en.md",
        "#top",
    ] {
        check(
            &format!("see [the other lesson]({dest})"),
            r#"<p>see <a rel="noopener noreferrer">the other lesson</a></p>
"#,
        );
    }
}

#[test]
fn web_and_mail_links_are_kept() {
    check(
        "[write to us](mailto:someone@example.org)",
        r#"<p><a href="mailto:someone@example.org" rel="noopener noreferrer">write to us</a></p>
"#,
    );
    check(
        "<https://example.org/a?b=1&c=2>",
        r#"<p><a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">https://example.org/a?b=1&amp;c=2</a></p>
"#,
    );
    check(
        "[plain](http://example.org)",
        r#"<p><a href="http://example.org" rel="noopener noreferrer">plain</a></p>
"#,
    );
}

#[test]
fn links_to_other_schemes_lose_their_href() {
    for dest in [
        "file:///etc/passwd",
        "ftp://example.org/x",
        "tauri://localhost/",
        "vbscript:msgbox(1)",
    ] {
        check(
            &format!("[x]({dest})"),
            r#"<p><a rel="noopener noreferrer">x</a></p>
"#,
        );
    }
}

#[test]
fn aligned_tables_render_every_cell_without_inline_style() {
    // Alignment markup must not break the table. Inline `style` is stripped by the
    // sanitizer (and the CSP would refuse it anyway), so the alignment itself is not kept.
    check(
        "| left | centre | right | none |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n",
        "<table><thead><tr><th>left</th><th>centre</th><th>right</th><th>none</th></tr></thead><tbody>\n\
         <tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>\n</tbody></table>\n",
    );
}

#[test]
fn nested_emphasis_and_strikethrough_render() {
    check(
        "***both*** and *a **b** c* and **a *b* c** and ~~gone~~",
        "<p><em><strong>both</strong></em> and <em>a <strong>b</strong> c</em> and \
         <strong>a <em>b</em> c</strong> and <del>gone</del></p>\n",
    );
}

#[test]
fn media_type_follows_the_extension_whatever_its_case() {
    let cases = [
        ("media/a.png", Some("image/png")),
        ("media/a.PNG", Some("image/png")),
        ("media/a.jpg", Some("image/jpeg")),
        ("media/a.jpeg", Some("image/jpeg")),
        ("media/a.JPEG", Some("image/jpeg")),
        ("media/a.gif", Some("image/gif")),
        ("media/a.webp", Some("image/webp")),
        ("media/a.svg", Some("image/svg+xml")),
        ("media/a.b.svg", Some("image/svg+xml")),
        ("media/a.bmp", None),
        ("media/a.svgz", None),
        ("media/a.tiff", None),
        ("media/a.txt", None),
        ("media/a.png.exe", None),
        ("media/a.html", None),
        ("media/png", None),
        ("media/a.", None),
        ("", None),
    ];
    for (path, expected) in cases {
        assert_eq!(media_type(path), expected, "{path:?}");
    }
}

#[test]
fn an_image_path_starting_with_dot_slash_resolves_to_the_course_media() {
    let html = render_lesson("![A map](./media/x.svg)", &media);
    assert!(
        html.contains(r#"src="data:image/svg+xml;base64,"#),
        "{html}"
    );
    assert!(html.contains(r#"alt="A map""#), "{html}");
    assert!(!html.contains(MISSING_IMAGE_CLASS), "{html}");
}

#[test]
fn image_alt_text_is_plain_text_from_its_markup() {
    let html = render_lesson("![A *big* `map` \"here\"](media/x.svg)", &media);
    assert!(
        html.contains(r#"alt="A big map &quot;here&quot;""#),
        "emphasis is flattened and quotes escaped: {html}"
    );
}

#[test]
fn images_the_course_cannot_show_become_placeholders() {
    for dest in [
        // In the course, but not an image type the app displays.
        "media/x.bmp",
        // Not a plain path inside the course.
        "media/./x.svg",
        "media//x.svg",
        "media\\x.svg",
        "file:///media/x.svg",
    ] {
        let html = render_lesson(&format!("![Map]({dest})"), &media);
        assert_eq!(
            html,
            format!("<p><span class=\"{MISSING_IMAGE_CLASS}\" title=\"Map\">Map</span></p>\n"),
            "{dest:?}"
        );
    }
}

#[test]
fn an_image_inside_a_web_link_keeps_both() {
    let html = render_lesson("[![Map](media/x.svg)](https://example.org)", &media);
    assert!(
        html.starts_with(r#"<p><a href="https://example.org" rel="noopener noreferrer"><img src="data:image/svg+xml;base64,"#),
        "{html}"
    );
}
