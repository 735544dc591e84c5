//! Lesson Markdown to safe HTML.
//!
//! Nothing in a lesson may run script or reach the network: raw HTML in the Markdown is
//! dropped, the result is cleaned by `ammonia` (an allow-list HTML sanitizer, so we do not
//! hand-write one), and images are inlined as `data:` URLs from the course's own media. An
//! image that is missing, remote or outside the course becomes a placeholder
//! `<span class="missing-image">alt</span>`, which the interface labels in the learner's
//! language.

use std::borrow::Cow;

use base64::Engine;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The class of the placeholder that stands for an image the course does not have.
pub const MISSING_IMAGE_CLASS: &str = "missing-image";

/// The media type of a course media file, from its extension; `None` for anything that is
/// not an image we display.
pub fn media_type(path: &str) -> Option<&'static str> {
    let ext = path.rsplit('.').next()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        _ => return None,
    })
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The course-relative path an image reference points to, if it is a plain relative path
/// inside the course (no scheme, no `..`, not absolute).
fn course_path(dest: &str) -> Option<String> {
    let dest = dest.trim();
    let dest = dest.strip_prefix("./").unwrap_or(dest);
    if dest.is_empty() || dest.starts_with('/') || dest.contains(':') || dest.contains('\\') {
        return None;
    }
    if dest
        .split('/')
        .any(|part| part == ".." || part == "." || part.is_empty())
    {
        return None;
    }
    Some(dest.to_string())
}

/// Renders lesson Markdown to sanitized HTML. `media` returns the bytes of a course media
/// file by its course-relative path (`media/map.svg`).
pub fn render_lesson(markdown: &str, media: &dyn Fn(&str) -> Option<Vec<u8>>) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut events: Vec<Event> = Vec::new();
    // While inside an image, collect its alt text; the image is emitted at its end.
    let mut image: Option<(String, String)> = None;
    for event in Parser::new_ext(markdown, options) {
        match (&mut image, event) {
            (None, Event::Start(Tag::Image { dest_url, .. })) => {
                image = Some((dest_url.to_string(), String::new()));
            }
            (Some((_, alt)), Event::Text(t) | Event::Code(t)) => alt.push_str(&t),
            (Some(_), Event::End(TagEnd::Image)) => {
                let (dest, alt) = image.take().unwrap_or_default();
                events.push(Event::Html(image_html(&dest, &alt, media).into()));
            }
            (Some(_), _) => {}
            // Raw HTML from the author is dropped: lessons are Markdown only.
            (None, Event::Html(_) | Event::InlineHtml(_)) => {}
            (None, other) => events.push(other),
        }
    }
    let mut html = String::with_capacity(markdown.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    sanitize(&html)
}

fn image_html(dest: &str, alt: &str, media: &dyn Fn(&str) -> Option<Vec<u8>>) -> String {
    let found = course_path(dest).and_then(|path| {
        let mime = media_type(&path)?;
        let bytes = media(&path)?;
        Some((mime, bytes))
    });
    match found {
        Some((mime, bytes)) => {
            let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
            format!(
                r#"<img src="data:{mime};base64,{b64}" alt="{}">"#,
                escape(alt)
            )
        }
        None => format!(
            r#"<span class="{MISSING_IMAGE_CLASS}" title="{0}">{0}</span>"#,
            escape(alt)
        ),
    }
}

fn sanitize(html: &str) -> String {
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto", "data"].into())
        .url_relative(ammonia::UrlRelative::Deny)
        .add_allowed_classes("span", &[MISSING_IMAGE_CLASS])
        .attribute_filter(|element, attribute, value| {
            // `data:` is only for the images we inline ourselves.
            if value.trim_start().to_ascii_lowercase().starts_with("data:")
                && !(element == "img" && attribute == "src" && value.starts_with("data:image/"))
            {
                return None;
            }
            Some(Cow::Borrowed(value))
        })
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn media(path: &str) -> Option<Vec<u8>> {
        (path == "media/map.svg").then(|| b"<svg xmlns='http://www.w3.org/2000/svg'/>".to_vec())
    }

    fn render(md: &str) -> String {
        render_lesson(md, &media)
    }

    /// `check(markdown, must_contain, must_not_contain)`.
    fn check(md: &str, present: &[&str], absent: &[&str]) {
        let html = render(md);
        for p in present {
            assert!(html.contains(p), "expected {p:?} in {html}");
        }
        for a in absent {
            assert!(
                !html.to_lowercase().contains(&a.to_lowercase()),
                "{a:?} must not survive in {html}"
            );
        }
    }

    #[test]
    fn renders_the_markdown_lessons_use() {
        check(
            "## Heading\n\n- one\n- two\n",
            &["<h2>Heading</h2>", "<li>one</li>"],
            &[],
        );
        check(
            "*em* and **strong**",
            &["<em>em</em>", "<strong>strong</strong>"],
            &[],
        );
        check(
            "| a | b |\n|---|---|\n| 1 | 2 |\n",
            &["<table>", "<th>a</th>", "<td>2</td>"],
            &[],
        );
        check(
            "[UNITAR](https://unitar.org)",
            &[r#"href="https://unitar.org""#, "noopener"],
            &[],
        );
    }

    #[test]
    fn inlines_local_images() {
        check(
            "![City map](media/map.svg)",
            &[r#"src="data:image/svg+xml;base64,"#, r#"alt="City map""#],
            &["missing-image"],
        );
    }

    #[test]
    fn missing_remote_or_escaping_images_become_placeholders() {
        for md in [
            "![Lost](media/lost.png)",
            "![Lost](https://example.org/lost.png)",
            "![Lost](../../etc/passwd.png)",
            "![Lost](/media/map.svg)",
            "![Lost](data:image/svg+xml;base64,PHN2Zz4=)",
        ] {
            check(
                md,
                &[r#"class="missing-image""#, ">Lost<"],
                &["<img", "example.org"],
            );
        }
    }

    #[test]
    fn quotes_in_alt_text_cannot_open_an_attribute() {
        let html = render("![x\" onerror=\"alert(1)](media/map.svg)");
        assert!(
            html.contains(r#"alt="x&quot; onerror=&quot;alert(1)""#),
            "{html}"
        );
        assert!(!html.contains(r#"" onerror=""#), "{html}");
    }

    #[test]
    fn nothing_in_a_lesson_can_run_script() {
        let attacks = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD4=)",
            "<iframe src=https://evil.example></iframe>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<style>body{display:none}</style>",
            "<svg onload=alert(1)>",
        ];
        for md in attacks {
            check(
                md,
                &[],
                &[
                    "<script",
                    "onerror=",
                    "javascript:",
                    "<iframe",
                    "onload",
                    "<style",
                    "data:text",
                ],
            );
        }
    }
}
