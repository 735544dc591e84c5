//! The PDF: a certificate (the programme's credential made printable) or a statement of
//! completion (made on the laptop before the programme issued anything), on one A4
//! landscape page in the learner's interface language.
//!
//! Every word on the page comes from `locales/<lang>/certificate.ftl`; the rest is data
//! (names, titles, the issuer, ids, the verification address). The fonts are embedded, the
//! file is PDF/A-3u (krilla checks it while writing), and a certificate carries its
//! credential as the associated file `credential.jwt`, where badge tools and
//! [`crate::credential_in_pdf`] find it. A statement carries none and says on the page that
//! the programme has not verified it. Nothing on the page depends on the time of
//! rendering: the same inputs give the same bytes.

use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::geom::{PathBuilder, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::page::PageSettings;
use krilla::SerializeSettings;
use lphm_i18n::{FluentValue, Localizer};
use qrcode::{EcLevel, QrCode};

use crate::pen::{
    Pen, Style, ACCENT, BLACK, HEADING, INK, MUTED, RULE, WARNING, WARNING_BACKGROUND,
};
use crate::text::{fit, wrap, Faces, Run};
use crate::{CertificateError, Credential, Facts};

/// The name of the attached credential.
pub const ATTACHMENT: &str = "credential.jwt";

/// The keyword that marks a statement of completion in the PDF's metadata, so that reading
/// one back can say what it is rather than "no credential".
pub const STATEMENT_KEYWORD: &str = "LPHM statement of completion, not verified by the programme";

const CERTIFICATE_KEYWORDS: [&str; 3] = ["LPHM", "certificate of completion", "Open Badges 3.0"];

/// Course and module titles in the interface language, from the course installed on the
/// laptop. An empty title (or an empty list) falls back to the credential's own, English,
/// titles.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Titles {
    pub course: String,
    pub modules: Vec<String>,
}

/// What to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Document {
    /// A certificate issued and signed by the programme.
    Certificate {
        credential: Credential,
        titles: Titles,
    },
    /// A statement of completion made on the laptop: no QR code, no credential, and marked
    /// on the page as not verified by the programme.
    Statement { facts: Facts, titles: Titles },
}

impl Document {
    pub fn facts(&self) -> &Facts {
        match self {
            Document::Certificate { credential, .. } => &credential.facts,
            Document::Statement { facts, .. } => facts,
        }
    }

    fn titles(&self) -> &Titles {
        match self {
            Document::Certificate { titles, .. } | Document::Statement { titles, .. } => titles,
        }
    }

    fn is_statement(&self) -> bool {
        matches!(self, Document::Statement { .. })
    }
}

// A4 landscape, in points.
const WIDTH: f32 = 841.89;
const HEIGHT: f32 = 595.28;
const MARGIN: f32 = 64.0;
/// The widest a centred line at the top may be.
const TOP_WIDTH: f32 = 660.0;
/// The lowest baseline of the lower block.
const BOTTOM: f32 = HEIGHT - 46.0;
// The lower block's three columns: modules, details, QR code or notice.
const MODULES_X: f32 = MARGIN;
const MODULES_WIDTH: f32 = 318.0;
const DETAILS_X: f32 = 410.0;
const DETAILS_WIDTH: f32 = 215.0;
const SIDE_X: f32 = 648.0;
const SIDE_WIDTH: f32 = WIDTH - MARGIN - SIDE_X + 8.0;
const QR_SIZE: f32 = 100.0;

/// Every piece of text on the page, decided before anything is laid out.
struct Words {
    issuer: String,
    heading: String,
    unverified: Option<String>,
    preamble: String,
    name: String,
    authority: String,
    completed: String,
    course: String,
    modules_heading: String,
    criteria: String,
    modules: Vec<String>,
    details: Vec<(String, String)>,
    verify: Option<(String, String)>,
    notice: Option<String>,
    document_title: String,
}

/// Collapses runs of white space (a tab or line break typed into a profile) to one space.
fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn number(n: u64) -> FluentValue<'static> {
    FluentValue::from(n)
}

fn duration(loc: &Localizer, seconds: u64) -> String {
    let total = seconds.saturating_add(30) / 60;
    let (hours, minutes) = (total / 60, total % 60);
    match (hours, minutes) {
        (0, m) => loc.format("certificate-duration-minutes", &[("minutes", number(m))]),
        (h, 0) => loc.format("certificate-duration-hours", &[("hours", number(h))]),
        (h, m) => loc.format(
            "certificate-duration-hours-minutes",
            &[("hours", number(h)), ("minutes", number(m))],
        ),
    }
}

/// A day given as YYYY-MM-DD written out in `loc`'s language, as the certificate prints
/// it ("3 December 2026", "3 grudnia 2026"); the text itself when it is not such a date.
pub fn long_date(loc: &Localizer, ymd: &str) -> String {
    match ymd.parse::<jiff::civil::Date>() {
        Ok(d) => date(loc, d),
        Err(_) => ymd.to_string(),
    }
}

fn date(loc: &Localizer, date: jiff::civil::Date) -> String {
    loc.format(
        "certificate-date",
        &[
            ("day", number(date.day() as u64)),
            ("month", number(date.month() as u64)),
            // A string, so that no formatter groups its digits ("2,026").
            ("year", FluentValue::from(date.year().to_string())),
        ],
    )
}

fn pick(local: &str, fallback: &str) -> String {
    if local.trim().is_empty() {
        clean(fallback)
    } else {
        clean(local)
    }
}

impl Words {
    fn new(doc: &Document, loc: &Localizer) -> Result<Words, CertificateError> {
        let facts = doc.facts();
        let titles = doc.titles();
        let statement = doc.is_statement();
        let completed_on: jiff::civil::Date =
            facts
                .completed_on
                .parse()
                .map_err(|_| CertificateError::Date {
                    date: facts.completed_on.clone(),
                })?;
        let modules = if titles.modules.is_empty() {
            facts.modules.iter().map(|m| clean(m)).collect()
        } else {
            titles
                .modules
                .iter()
                .enumerate()
                .map(|(i, m)| pick(m, facts.modules.get(i).map_or("", String::as_str)))
                .collect()
        };
        let msg = |id: &str| loc.format(id, &[]);
        let name = clean(&facts.name);
        let (heading, preamble, completed, number_label, issuer_label, title_id) = if statement {
            (
                "certificate-statement-heading",
                "certificate-statement-preamble",
                "certificate-statement-completed",
                "certificate-statement-number",
                "certificate-programme",
                "certificate-statement-document-title",
            )
        } else {
            (
                "certificate-heading",
                "certificate-preamble",
                "certificate-completed",
                "certificate-number",
                "certificate-issued-by",
                "certificate-document-title",
            )
        };
        Ok(Words {
            issuer: clean(&facts.issuer_name),
            heading: msg(heading),
            unverified: statement.then(|| msg("certificate-statement-unverified")),
            preamble: msg(preamble),
            authority: clean(&facts.authority),
            completed: msg(completed),
            course: pick(&titles.course, &facts.course_title),
            modules_heading: msg("certificate-modules"),
            criteria: msg("certificate-criteria"),
            modules,
            details: vec![
                (
                    msg("certificate-study-time"),
                    duration(loc, facts.study_seconds),
                ),
                (msg("certificate-completed-on"), date(loc, completed_on)),
                (msg(number_label), facts.id.to_string()),
                (msg(issuer_label), clean(&facts.issuer_name)),
            ],
            verify: (!statement).then(|| (msg("certificate-verify"), clean(&facts.verify_url))),
            notice: statement.then(|| msg("certificate-statement-notice")),
            document_title: loc.format(title_id, &[("name", FluentValue::from(name.clone()))]),
            name,
        })
    }

    /// Fails on the first character the fonts cannot draw (PDF/A forbids the blank
    /// "missing glyph" box, and a name printed with holes is no certificate).
    fn check_glyphs(&self, faces: &Faces) -> Result<(), CertificateError> {
        let mut all = vec![
            &self.issuer,
            &self.heading,
            &self.preamble,
            &self.name,
            &self.authority,
            &self.completed,
            &self.course,
            &self.modules_heading,
            &self.criteria,
        ];
        all.extend(&self.modules);
        all.extend(self.details.iter().flat_map(|(a, b)| [a, b]));
        all.extend(self.verify.iter().flat_map(|(a, b)| [a, b]));
        all.extend(&self.unverified);
        all.extend(&self.notice);
        faces.check(all.into_iter().map(String::as_str))
    }
}

/// What only the certificate draws: lines centred on its page, and the QR code.
impl Pen<'_, '_> {
    /// Lines centred on the page, the first baseline at `y`; returns the last baseline.
    fn centred(&mut self, style: Style, y: f32, lines: &[Run]) -> f32 {
        let mut baseline = y;
        for (i, line) in lines.iter().enumerate() {
            baseline = y + i as f32 * style.leading;
            let x = (WIDTH - line.width(style.size)) / 2.0;
            self.run(style, x, baseline, line);
        }
        baseline
    }

    /// The QR code as one path of squares (runs of dark modules in a row merged).
    fn qr(&mut self, code: &QrCode, x: f32, y: f32, size: f32) {
        let Some(surface) = self.surface.as_deref_mut() else {
            return;
        };
        let n = code.width();
        let module = size / n as f32;
        let colours = code.to_colors();
        let mut path = PathBuilder::new();
        for row in 0..n {
            let mut col = 0;
            while col < n {
                if colours[row * n + col] != qrcode::Color::Dark {
                    col += 1;
                    continue;
                }
                let start = col;
                while col < n && colours[row * n + col] == qrcode::Color::Dark {
                    col += 1;
                }
                if let Some(rect) = Rect::from_xywh(
                    x + start as f32 * module,
                    y + row as f32 * module,
                    (col - start) as f32 * module,
                    module,
                ) {
                    path.push_rect(rect);
                }
            }
        }
        if let Some(path) = path.finish() {
            surface.set_stroke(None);
            surface.set_fill(Some(BLACK.fill()));
            surface.draw_path(&path);
        }
    }
}

fn pdf_date(ms: i64) -> DateTime {
    let ts = jiff::Timestamp::from_millisecond(ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let dt = jiff::tz::Offset::UTC.to_datetime(ts);
    DateTime::new(dt.year().clamp(0, 9999) as u16)
        .month(dt.month() as u8)
        .day(dt.day() as u8)
        .hour(dt.hour() as u8)
        .minute(dt.minute() as u8)
        .second(dt.second() as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

fn render_error(detail: impl std::fmt::Display) -> CertificateError {
    CertificateError::Render {
        detail: detail.to_string(),
    }
}

/// Renders `doc` as a one-page PDF/A-3u in `lang` (an interface language: en, fr, pl, zu).
///
/// Deterministic: the dates on the page and in the metadata come from the facts, so the
/// same document and language give the same bytes.
pub fn render(doc: &Document, lang: &str) -> Result<Vec<u8>, CertificateError> {
    let loc = Localizer::new(lang).map_err(|_| CertificateError::Language { lang: lang.into() })?;
    let faces = Faces::new();
    let words = Words::new(doc, &loc)?;
    words.check_glyphs(&faces)?;
    let facts = doc.facts();
    let qr = match &words.verify {
        Some((_, url)) => Some(
            QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
                .map_err(|e| render_error(format!("the verification address: {e}")))?,
        ),
        None => None,
    };

    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A3_U)
        .finish()
        .map_err(|e| render_error(format!("{e:?}")))?;
    let mut pdf = krilla::Document::new_with(SerializeSettings {
        configuration,
        ..SerializeSettings::default()
    });
    let issued = pdf_date(facts.issued_at_ms);
    let metadata = Metadata::new()
        .title(words.document_title.clone())
        .language(lang.into())
        .creator("LPHM".into())
        .creation_date(issued)
        .document_id(facts.id.to_string());
    // The programme is the author of a certificate; a statement is the laptop's own.
    pdf.set_metadata(match doc {
        Document::Certificate { .. } => metadata
            .authors(vec![words.issuer.clone()])
            .keywords(CERTIFICATE_KEYWORDS.map(String::from).to_vec()),
        Document::Statement { .. } => metadata.keywords(vec![STATEMENT_KEYWORD.into()]),
    });
    if let Document::Certificate { credential, .. } = doc {
        pdf.embed_file(EmbeddedFile {
            path: ATTACHMENT.into(),
            mime_type: MimeType::new("application/jwt"),
            description: Some(
                "Open Badges 3.0 credential signed by the programme (JWT, EdDSA)".into(),
            ),
            association_kind: AssociationKind::Data,
            data: credential.jwt.as_bytes().to_vec().into(),
            modification_date: Some(issued),
            compress: None,
            location: None,
        })
        .ok_or_else(|| render_error("the credential was attached twice"))?;
    }

    let settings = PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| render_error("page size"))?;
    let mut page = pdf.start_page_with(settings);
    let mut surface = page.surface();
    // First measure, then draw with the space between the parts of the top stretched so
    // the lower block ends near the bottom of the page rather than leave a gap there.
    let natural = draw(&mut Pen { surface: None }, &faces, &words, qr.as_ref(), 1.0);
    let stretch = 1.0 + ((BOTTOM - 4.0 - natural) / TOP_GAPS).clamp(0.0, 0.6);
    let mut pen = Pen {
        surface: Some(&mut surface),
    };
    draw(&mut pen, &faces, &words, qr.as_ref(), stretch);
    surface.finish();
    page.finish();
    pdf.finish().map_err(render_error)
}

/// The sum of the stretchable gaps in the top part of the page (see [`draw`]).
const TOP_GAPS: f32 = 44.0 + 32.0 + 14.0 + 24.0 + 28.0 + 10.0 + 20.0 + 26.0;

/// Lays out and draws the page, the gaps of its top part multiplied by `stretch`; returns
/// the lowest baseline of the lower block.
fn draw(pen: &mut Pen, faces: &Faces, words: &Words, qr: Option<&QrCode>, stretch: f32) -> f32 {
    let (regular, bold) = (&faces.regular, &faces.bold);
    let gap = |g: f32| g * stretch;
    let frame =
        |inset: f32| Rect::from_xywh(inset, inset, WIDTH - 2.0 * inset, HEIGHT - 2.0 * inset);
    if let Some(outer) = frame(20.0) {
        pen.rect(outer, None, Some((ACCENT, 2.2)));
    }
    if let Some(inner) = frame(26.0) {
        pen.rect(inner, None, Some((ACCENT, 0.6)));
    }

    // The top: who issues, what this is, who, from where, which course.
    let (size, lines) = fit(bold, &words.issuer, 11.0, 8.0, TOP_WIDTH, 1);
    let mut y = pen.centred(Style::new(bold, size, ACCENT), 70.0, &lines);
    let (size, lines) = fit(bold, &words.heading, 30.0, 18.0, TOP_WIDTH, 1);
    y = pen.centred(Style::new(bold, size, HEADING), y + gap(44.0), &lines);
    if let Some(unverified) = &words.unverified {
        let (size, lines) = fit(bold, unverified, 12.0, 9.0, TOP_WIDTH, 2);
        y = pen.centred(Style::new(bold, size, WARNING), y + 24.0, &lines);
    }
    let (size, lines) = fit(regular, &words.preamble, 12.0, 9.0, TOP_WIDTH, 2);
    y = pen.centred(Style::new(regular, size, MUTED), y + gap(32.0), &lines);
    let (size, lines) = fit(bold, &words.name, 28.0, 16.0, TOP_WIDTH, 1);
    let name = Style::new(bold, size, INK).leading(size * 1.2);
    y = pen.centred(name, y + gap(14.0) + size, &lines);
    let (size, lines) = fit(regular, &words.authority, 13.0, 9.0, TOP_WIDTH, 2);
    y = pen.centred(Style::new(regular, size, INK), y + gap(24.0), &lines);
    let (size, lines) = fit(regular, &words.completed, 12.0, 9.0, TOP_WIDTH, 2);
    y = pen.centred(Style::new(regular, size, MUTED), y + gap(28.0), &lines);
    let (size, lines) = fit(bold, &words.course, 17.0, 12.0, TOP_WIDTH, 2);
    let course = Style::new(bold, size, HEADING).leading(size * 1.25);
    y = pen.centred(course, y + gap(10.0) + size, &lines);

    let rule = y + gap(20.0);
    pen.line(MARGIN, WIDTH - MARGIN, rule, RULE, 0.6);
    let top = rule + gap(26.0);

    let mut lowest = modules(pen, faces, words, top).max(details(pen, faces, words, top));
    match (qr, &words.verify, &words.notice) {
        (Some(code), Some((label, url)), _) => {
            let x = SIDE_X + (SIDE_WIDTH - QR_SIZE) / 2.0;
            pen.qr(code, x, top - 12.0, QR_SIZE);
            let small = Style::new(regular, 7.5, MUTED).leading(9.5);
            let lines = wrap(regular, label, 7.5, SIDE_WIDTH);
            let y = pen.left(small, SIDE_X, top + QR_SIZE + 4.0, &lines);
            let lines = wrap(regular, url, 7.5, SIDE_WIDTH);
            let link = Style {
                colour: ACCENT,
                ..small
            };
            lowest = lowest.max(pen.left(link, SIDE_X, y + 10.0, &lines));
        }
        (_, _, Some(notice)) => {
            let pad = 8.0;
            let style = Style::new(regular, 8.5, WARNING).leading(11.0);
            let lines = wrap(regular, notice, 8.5, SIDE_WIDTH - 2.0 * pad);
            let height = lines.len() as f32 * style.leading + 2.0 * pad;
            if let Some(box_) = Rect::from_xywh(SIDE_X, top - 14.0, SIDE_WIDTH, height) {
                pen.rect(box_, Some(WARNING_BACKGROUND), Some((WARNING, 1.0)));
            }
            let first = top - 14.0 + pad + 8.5;
            lowest = lowest.max(pen.left(style, SIDE_X + pad, first, &lines));
        }
        _ => {}
    }
    lowest
}

/// The modules completed, as a list that shrinks to fit above the bottom margin.
fn modules(pen: &mut Pen, faces: &Faces, words: &Words, top: f32) -> f32 {
    let (regular, bold) = (&faces.regular, &faces.bold);
    let heading = wrap(bold, &words.modules_heading, 10.5, MODULES_WIDTH);
    let mut y = pen.left(
        Style::new(bold, 10.5, HEADING).leading(13.0),
        MODULES_X,
        top,
        &heading,
    );
    let criteria = wrap(regular, &words.criteria, 8.5, MODULES_WIDTH);
    let small = Style::new(regular, 8.5, MUTED).leading(10.5);
    y = pen.left(small, MODULES_X, y + 13.0, &criteria);
    let bullet_indent = 11.0;
    let mut size = 9.5;
    let items = loop {
        let leading = size * 1.3;
        let items: Vec<Vec<Run>> = words
            .modules
            .iter()
            .map(|m| wrap(regular, m, size, MODULES_WIDTH - bullet_indent))
            .collect();
        let lines: usize = items.iter().map(Vec::len).sum();
        let gaps = items.len().saturating_sub(1) as f32 * size * 0.35;
        let bottom = y + 8.0 + size + (lines.max(1) - 1) as f32 * leading + gaps;
        if bottom <= BOTTOM || size <= 6.5 {
            break items;
        }
        size -= 0.5;
    };
    let item = Style::new(regular, size, INK);
    let mut baseline = y + 8.0 + size;
    let bullet = regular.shape("\u{2022}");
    let mut lowest = baseline;
    for lines in items {
        pen.run(
            Style {
                colour: ACCENT,
                ..item
            },
            MODULES_X + 1.0,
            baseline,
            &bullet,
        );
        let last = pen.left(item, MODULES_X + bullet_indent, baseline, &lines);
        lowest = last;
        baseline = last + item.leading + size * 0.35;
    }
    lowest
}

/// Study time, date, number, issuer: a label over each value.
fn details(pen: &mut Pen, faces: &Faces, words: &Words, top: f32) -> f32 {
    let (regular, bold) = (&faces.regular, &faces.bold);
    let label_style = Style::new(regular, 8.0, MUTED).leading(10.0);
    let mut y = top;
    for (i, (label, value)) in words.details.iter().enumerate() {
        if i > 0 {
            y += 21.0;
        }
        let lines = wrap(regular, label, 8.0, DETAILS_WIDTH);
        y = pen.left(label_style, DETAILS_X, y, &lines);
        let (size, lines) = fit(bold, value, 10.5, 7.5, DETAILS_WIDTH, 2);
        y = pen.left(
            Style::new(bold, size, INK),
            DETAILS_X,
            y + 4.0 + size,
            &lines,
        );
    }
    y
}
