//! Lesson Markdown to safe HTML.
//!
//! Nothing in a lesson may run script or reach the network: raw HTML in the Markdown is
//! dropped, the result is cleaned by `ammonia` (an allow-list HTML sanitizer, so we do not
//! hand-write one), and images are inlined as `data:` URLs from the course's own media. An
//! image that is missing, remote or outside the course becomes a placeholder
//! `<span class="missing-image">alt</span>`, which the interface labels in the learner's
//! language.

use std::borrow::Cow;
use std::collections::BTreeSet;

use base64::Engine;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The class of the placeholder that stands for an image the course does not have.
pub const MISSING_IMAGE_CLASS: &str = "missing-image";

/// The class of a glossary term in lesson text: `<span class="term" data-term="id">`. The
/// window makes each one a control that opens the entry.
pub const TERM_CLASS: &str = "term";

/// Finds glossary terms in one language's lesson text ([`render_lesson_linked`]).
///
/// A form matches case-insensitively from the start of a word; a form ending in `*`
/// takes the rest of the word (`integracj*` finds *integracji*), any other must end where
/// the word ends. Whitespace in a form matches any whitespace (a French no-break space
/// too). When forms overlap, the longest wins.
#[derive(Clone, Debug, Default)]
pub struct Linker {
    /// `(form in lowercase chars, takes the rest of the word, term id)`, longest first.
    forms: Vec<(Vec<char>, bool, String)>,
}

impl Linker {
    pub fn new(glossary: &crate::Glossary, lang: &str) -> Linker {
        let mut forms: Vec<(Vec<char>, bool, String)> = glossary
            .terms
            .iter()
            .flat_map(|t| {
                t.forms_in(lang).into_iter().map(move |form| {
                    let (stem, star) = match form.strip_suffix('*') {
                        Some(stem) => (stem, true),
                        None => (form, false),
                    };
                    (lower(stem), star, t.id.clone())
                })
            })
            .filter(|(stem, _, _)| !stem.is_empty())
            .collect();
        forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        Linker { forms }
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// The first match at char index `at` of `text`: its end and its term.
    fn match_at(&self, text: &[char], lowered: &[char], at: usize) -> Option<(usize, &str)> {
        'forms: for (form, star, id) in &self.forms {
            let mut i = at;
            for &f in form {
                let Some(&c) = lowered.get(i) else {
                    continue 'forms;
                };
                let same = if f.is_whitespace() {
                    c.is_whitespace()
                } else {
                    c == f
                };
                if !same {
                    continue 'forms;
                }
                i += 1;
            }
            let in_word = |i: usize| text.get(i).is_some_and(|c| c.is_alphanumeric());
            if *star {
                while in_word(i) {
                    i += 1;
                }
            } else if in_word(i) {
                continue;
            }
            return Some((i, id));
        }
        None
    }

    /// Splits `text` into plain text and links to terms not yet in `linked`; each term is
    /// linked once per lesson, at its first occurrence.
    fn link<'a>(&self, text: &str, linked: &mut BTreeSet<String>, out: &mut Vec<Event<'a>>) {
        let chars: Vec<char> = text.chars().collect();
        let lowered = lower_each(&chars);
        let mut plain = String::new();
        let mut i = 0;
        while i < chars.len() {
            let word_start = i == 0 || !chars[i - 1].is_alphanumeric();
            if word_start && chars[i].is_alphanumeric() {
                if let Some((end, id)) = self.match_at(&chars, &lowered, i) {
                    let matched: String = chars[i..end].iter().collect();
                    if linked.insert(id.to_string()) {
                        if !plain.is_empty() {
                            out.push(Event::Text(std::mem::take(&mut plain).into()));
                        }
                        out.push(Event::Html(
                            format!(
                                r#"<span class="{TERM_CLASS}" data-term="{}">{}</span>"#,
                                escape_html(id),
                                escape_html(&matched)
                            )
                            .into(),
                        ));
                    } else {
                        plain.push_str(&matched);
                    }
                    i = end;
                    continue;
                }
            }
            plain.push(chars[i]);
            i += 1;
        }
        if !plain.is_empty() {
            out.push(Event::Text(plain.into()));
        }
    }
}

/// Lowercases char by char, keeping one char per char so indexes line up (a char whose
/// lowercase is several chars keeps its first).
fn lower_each(chars: &[char]) -> Vec<char> {
    chars
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect()
}

fn lower(text: &str) -> Vec<char> {
    lower_each(&text.chars().collect::<Vec<_>>())
}

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

/// `text` for HTML element content and quoted attributes: the five characters that can end
/// either, escaped.
pub fn escape_html(text: &str) -> String {
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
    render_lesson_linked(markdown, media, &Linker::default())
}

/// Renders lesson Markdown like [`render_lesson`], and links the first occurrence of each
/// glossary term in running text (not in headings, links, images or code) to its entry.
pub fn render_lesson_linked(
    markdown: &str,
    media: &dyn Fn(&str) -> Option<Vec<u8>>,
    linker: &Linker,
) -> String {
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
    if !linker.is_empty() {
        events = link_terms(events, linker);
    }
    let mut html = String::with_capacity(markdown.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    sanitize(&html)
}

/// Runs `linker` over the running text of `events`. Adjacent text events are joined first,
/// since the parser may split one sentence into several.
fn link_terms<'a>(events: Vec<Event<'a>>, linker: &Linker) -> Vec<Event<'a>> {
    let mut out = Vec::with_capacity(events.len());
    let mut linked = BTreeSet::new();
    // Inside a heading, a link or a code block, text is left as it is.
    let mut skip = 0usize;
    let mut text = String::new();
    let mut events = events.into_iter().peekable();
    while let Some(event) = events.next() {
        match event {
            Event::Text(t) if skip == 0 => {
                text.push_str(&t);
                if !matches!(events.peek(), Some(Event::Text(_))) {
                    linker.link(&std::mem::take(&mut text), &mut linked, &mut out);
                }
            }
            Event::Start(tag @ (Tag::Heading { .. } | Tag::Link { .. } | Tag::CodeBlock(_))) => {
                skip += 1;
                out.push(Event::Start(tag));
            }
            Event::End(end @ (TagEnd::Heading(_) | TagEnd::Link | TagEnd::CodeBlock)) => {
                skip = skip.saturating_sub(1);
                out.push(Event::End(end));
            }
            other => out.push(other),
        }
    }
    out
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
                escape_html(alt)
            )
        }
        None => format!(
            r#"<span class="{MISSING_IMAGE_CLASS}" title="{0}">{0}</span>"#,
            escape_html(alt)
        ),
    }
}

fn sanitize(html: &str) -> String {
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto", "data"].into())
        .url_relative(ammonia::UrlRelative::Deny)
        .add_allowed_classes("span", &[MISSING_IMAGE_CLASS, TERM_CLASS])
        .add_tag_attributes("span", &["data-term"])
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
