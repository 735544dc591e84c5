//! "My notes" printed: a learner's bookmarks and notes, a heading per course and per
//! lesson and each note's text as written, on as many A4 portrait pages as they take, to
//! carry into a meeting.
//!
//! The words come from the caller, already in the learner's language (the title, course,
//! module and lesson titles, the bookmark mark, the notes), except two that the page
//! writes itself from `locales/<lang>/certificate.ftl`: the date, written out as
//! certificates write it, and "Page 2 of 5" in each footer. The text is first laid out
//! into pages of marks and only then drawn, so that every footer knows how many pages
//! there are. Shaping and line breaking are the certificate's ([`crate::text`]); the
//! file is PDF/A-2u with Noto Sans embedded, has an outline of its courses and lessons,
//! and the same document gives the same bytes.

use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::SerializeSettings;
use lphm_i18n::{FluentValue, Localizer};

use crate::pen::{Colour, Pen, Style, ACCENT, HEADING, INK, MUTED, RULE, TINT};
use crate::text::{one_line, wrap, Faces, Run};
use crate::{long_date, CertificateError};

/// A learner's notes and bookmarks, ready to print.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NotesDocument {
    /// The first page's heading and the PDF's title ("Notes and bookmarks of …").
    pub title: String,
    /// The learner's name: the PDF's author.
    pub learner: String,
    /// The day of the export, `YYYY-MM-DD`: written out under the title, and the PDF's
    /// date.
    pub date: String,
    /// In the order to print them.
    pub courses: Vec<NotesCourse>,
}

/// A course and the lessons of it the learner bookmarked or wrote on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NotesCourse {
    pub title: String,
    pub lessons: Vec<NotesLesson>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NotesLesson {
    /// The module's title, printed above the lesson's; empty when it is not known (the
    /// course is no longer installed).
    pub module: String,
    pub title: String,
    /// The mark printed beside a bookmarked lesson's title ("bookmarked"); `None` when the
    /// lesson is not bookmarked.
    pub bookmark: Option<String>,
    /// The note, then any versions of it written elsewhere that conflict with it: each as
    /// written, on as many lines as it has.
    pub notes: Vec<String>,
}

// A4 portrait, in points.
const WIDTH: f32 = 595.28;
const HEIGHT: f32 = 841.89;
const MARGIN: f32 = 62.0;
const TEXT_WIDTH: f32 = WIDTH - 2.0 * MARGIN;
/// Where the text of a page starts.
const TOP: f32 = 60.0;
/// The lowest a line of text may reach.
const BOTTOM: f32 = HEIGHT - 76.0;
/// The footer's baseline, and its rule above.
const FOOTER: f32 = HEIGHT - 40.0;
const FOOTER_RULE: f32 = FOOTER - 13.0;
/// A note's text, right of the bar that marks it as quoted.
const QUOTE_X: f32 = MARGIN + 13.0;
const BAR_WIDTH: f32 = 2.5;

/// Something to draw, at a place on the page (or, in a [`Row`], from the row's top).
enum Mark<'f> {
    Text {
        style: Style<'f>,
        x: f32,
        baseline: f32,
        run: Run,
    },
    Box {
        rect: (f32, f32, f32, f32),
        fill: Colour,
    },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
        colour: Colour,
        width: f32,
    },
}

impl Mark<'_> {
    fn down(mut self, dy: f32) -> Self {
        match &mut self {
            Mark::Text { baseline, .. } => *baseline += dy,
            Mark::Box { rect, .. } => rect.1 += dy,
            Mark::Rule { y, .. } => *y += dy,
        }
        self
    }

    fn draw(&self, pen: &mut Pen) {
        match self {
            Mark::Text {
                style,
                x,
                baseline,
                run,
            } => pen.run(*style, *x, *baseline, run),
            Mark::Box {
                rect: (x, y, w, h),
                fill,
            } => {
                if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                    pen.rect(rect, Some(*fill), None);
                }
            }
            Mark::Rule {
                x1,
                x2,
                y,
                colour,
                width,
            } => pen.line(*x1, *x2, *y, *colour, *width),
        }
    }
}

/// A band of the page that is never cut: one line of text with what goes beside it.
struct Row<'f> {
    height: f32,
    marks: Vec<Mark<'f>>,
    /// An entry of the PDF's outline that leads here: (depth, text).
    anchor: Option<(usize, String)>,
}

impl<'f> Row<'f> {
    fn empty(height: f32) -> Row<'f> {
        Row {
            height,
            marks: Vec::new(),
            anchor: None,
        }
    }

    /// One line of text set in `style` from `x`, its baseline placed so that the line sits
    /// in the middle of the row.
    fn text(style: Style<'f>, x: f32, run: Run) -> Row<'f> {
        Row {
            height: style.leading,
            marks: vec![Mark::Text {
                style,
                x,
                baseline: baseline(style),
                run,
            }],
            anchor: None,
        }
    }

    /// The bar left of a quoted note, over the row's whole height so that the bars of
    /// consecutive rows join.
    fn quoted(mut self) -> Row<'f> {
        self.marks.push(Mark::Box {
            rect: (MARGIN + 1.0, 0.0, BAR_WIDTH, self.height),
            fill: RULE,
        });
        self
    }
}

/// A line's baseline from the top of its row: the middle of the row at the middle of the
/// capitals.
fn baseline(style: Style) -> f32 {
    style.leading / 2.0 + style.size * 0.36
}

/// What a block of the page is made of: rows, rows that stay on one page, and the space
/// between them (dropped at the top of a page).
enum Piece<'f> {
    Gap(f32),
    Row(Row<'f>),
    Together(Vec<Row<'f>>),
}

impl Piece<'_> {
    fn height(&self) -> f32 {
        match self {
            Piece::Gap(h) => *h,
            Piece::Row(r) => r.height,
            Piece::Together(rows) => rows.iter().map(|r| r.height).sum(),
        }
    }
}

/// The pages being filled, from the top down.
struct Flow<'f> {
    pages: Vec<Vec<Mark<'f>>>,
    y: f32,
    anchors: Vec<(usize, String, usize, f32)>,
}

impl<'f> Flow<'f> {
    fn new() -> Flow<'f> {
        Flow {
            pages: vec![Vec::new()],
            y: TOP,
            anchors: Vec::new(),
        }
    }

    fn at_top(&self) -> bool {
        self.y <= TOP
    }

    /// Goes on to a new page unless `height` still fits on this one (or this page is
    /// still empty: what is taller than a page starts at its top all the same).
    fn need(&mut self, height: f32) {
        if self.y + height > BOTTOM && !self.at_top() {
            self.pages.push(Vec::new());
            self.y = TOP;
        }
    }

    /// Places `pieces`, the first `keep` of them on one page.
    fn place(&mut self, pieces: Vec<Piece<'f>>, keep: usize) {
        let together: f32 = pieces.iter().take(keep).map(Piece::height).sum();
        self.need(together);
        for piece in pieces {
            match piece {
                Piece::Gap(h) => {
                    if !self.at_top() {
                        self.y += h;
                    }
                }
                Piece::Row(row) => self.row(row),
                Piece::Together(rows) => {
                    self.need(rows.iter().map(|r| r.height).sum());
                    for row in rows {
                        self.row(row);
                    }
                }
            }
        }
    }

    fn row(&mut self, row: Row<'f>) {
        self.need(row.height);
        let page = self.pages.len() - 1;
        if let Some((depth, text)) = row.anchor {
            self.anchors.push((depth, text, page, self.y));
        }
        let y = self.y;
        self.pages[page].extend(row.marks.into_iter().map(|m| m.down(y)));
        self.y += row.height;
    }
}

/// How each part of the page is set.
struct Styles<'f> {
    title: Style<'f>,
    date: Style<'f>,
    course: Style<'f>,
    module: Style<'f>,
    lesson: Style<'f>,
    bookmark: Style<'f>,
    note: Style<'f>,
    footer: Style<'f>,
}

impl<'f> Styles<'f> {
    fn new(faces: &'f Faces) -> Styles<'f> {
        let (regular, bold) = (&faces.regular, &faces.bold);
        Styles {
            title: Style::new(bold, 20.0, HEADING).leading(25.0),
            date: Style::new(regular, 10.0, MUTED).leading(14.0),
            course: Style::new(bold, 15.0, HEADING).leading(19.5),
            module: Style::new(regular, 8.5, MUTED).leading(11.5),
            lesson: Style::new(bold, 11.5, INK).leading(15.0),
            bookmark: Style::new(bold, 7.5, ACCENT),
            note: Style::new(regular, 10.0, INK).leading(14.0),
            footer: Style::new(regular, 8.0, MUTED),
        }
    }
}

/// Lines of `text` wrapped at `width`, one row each.
fn rows<'f>(style: Style<'f>, x: f32, width: f32, text: &str) -> Vec<Row<'f>> {
    wrap(style.face, text, style.size, width)
        .into_iter()
        .map(|run| Row::text(style, x, run))
        .collect()
}

/// The first page's heading: the title, the date written out, a rule.
fn heading<'f>(s: &Styles<'f>, title: &str, date: &str) -> Vec<Piece<'f>> {
    let mut pieces: Vec<Piece> = rows(s.title, MARGIN, TEXT_WIDTH, title)
        .into_iter()
        .map(Piece::Row)
        .collect();
    pieces.push(Piece::Gap(3.0));
    pieces.extend(
        rows(s.date, MARGIN, TEXT_WIDTH, date)
            .into_iter()
            .map(Piece::Row),
    );
    let mut rule = Row::empty(8.0);
    rule.marks.push(Mark::Rule {
        x1: MARGIN,
        x2: WIDTH - MARGIN,
        y: 6.0,
        colour: ACCENT,
        width: 1.2,
    });
    pieces.push(Piece::Row(rule));
    pieces
}

/// A course's heading (its title and a rule under it), to be kept with what follows.
fn course_heading<'f>(s: &Styles<'f>, title: &str) -> Vec<Piece<'f>> {
    let mut lines = rows(s.course, MARGIN, TEXT_WIDTH, title);
    if let Some(first) = lines.first_mut() {
        first.anchor = Some((0, title.to_string()));
    }
    let mut pieces = vec![Piece::Gap(22.0)];
    pieces.extend(lines.into_iter().map(Piece::Row));
    let mut rule = Row::empty(6.0);
    rule.marks.push(Mark::Rule {
        x1: MARGIN,
        x2: WIDTH - MARGIN,
        y: 3.0,
        colour: RULE,
        width: 0.6,
    });
    pieces.push(Piece::Row(rule));
    pieces
}

/// A lesson: its module, its title with the bookmark mark, and its notes quoted. Returns
/// the pieces and how many must stay on one page (the headings and the first lines of
/// the first note, so that no heading is left alone at the foot of a page).
fn lesson<'f>(s: &Styles<'f>, lesson: &NotesLesson, gap: f32) -> (Vec<Piece<'f>>, usize) {
    let mut pieces = vec![Piece::Gap(gap)];
    if !lesson.module.trim().is_empty() {
        pieces.extend(
            rows(s.module, MARGIN, TEXT_WIDTH, &lesson.module)
                .into_iter()
                .map(Piece::Row),
        );
        pieces.push(Piece::Gap(1.5));
    }
    let mut titles = rows(s.lesson, MARGIN, TEXT_WIDTH, &lesson.title);
    if let Some(first) = titles.first_mut() {
        first.anchor = Some((1, lesson.title.clone()));
    }
    if let Some(label) = &lesson.bookmark {
        bookmark(s, &mut titles, label);
    }
    pieces.extend(titles.into_iter().map(Piece::Row));
    let mut keep = pieces.len();
    let versions = lesson
        .notes
        .iter()
        .map(|text| quote(s, text))
        .filter(|rows| !rows.is_empty());
    for (i, version) in versions.enumerate() {
        pieces.push(Piece::Gap(if i == 0 { 5.0 } else { 9.0 }));
        if i == 0 {
            keep += 2;
        }
        pieces.extend(version);
    }
    (pieces, keep)
}

/// The bookmark mark, in a tinted box after the title's last line, or on a line of its own
/// when it does not fit there.
fn bookmark<'f>(s: &Styles<'f>, titles: &mut Vec<Row<'f>>, label: &str) {
    let style = s.bookmark;
    let run = one_line(style.face, label, style.size, TEXT_WIDTH - 8.0);
    let (pad, width) = (4.0, run.width(style.size));
    let last_width = titles
        .last()
        .and_then(|row| match row.marks.first() {
            Some(Mark::Text { run, style, .. }) => Some(run.width(style.size)),
            _ => None,
        })
        .unwrap_or(0.0);
    let mut x = MARGIN + last_width + 8.0;
    if titles.is_empty() || x + width + 2.0 * pad > WIDTH - MARGIN {
        titles.push(Row::empty(s.lesson.leading));
        x = MARGIN;
    }
    let row = titles.last_mut().expect("a row for the mark");
    // On the title's baseline, the box around the mark's capitals and descenders.
    let base = baseline(s.lesson);
    let (top, bottom) = (base - style.size * 0.98, base + style.size * 0.36);
    row.marks.push(Mark::Box {
        rect: (x, top, width + 2.0 * pad, bottom - top),
        fill: TINT,
    });
    row.marks.push(Mark::Text {
        style,
        x: x + pad,
        baseline: base - 0.5,
        run,
    });
}

/// A note's text as rows beside the quote bar: each of its lines wrapped, a blank line kept
/// as a short gap, blank lines at either end dropped. A page may break between two rows
/// only with at least two before and two after it, so that no line of a note is left
/// alone at the foot or the top of a page: the first two rows are one piece, the last two
/// another (a note of three rows or fewer, one piece).
fn quote<'f>(s: &Styles<'f>, text: &str) -> Vec<Piece<'f>> {
    let lines: Vec<&str> = text.lines().collect();
    let blank = |l: &&str| l.trim().is_empty();
    let start = lines.iter().position(|l| !blank(l)).unwrap_or(lines.len());
    let end = lines
        .iter()
        .rposition(|l| !blank(l))
        .map_or(start, |e| e + 1);
    let mut out = Vec::new();
    for line in &lines[start..end] {
        if blank(line) {
            out.push(Row::empty(s.note.leading / 2.0).quoted());
        } else {
            out.extend(
                rows(s.note, QUOTE_X, WIDTH - MARGIN - QUOTE_X, line)
                    .into_iter()
                    .map(Row::quoted),
            );
        }
    }
    let n = out.len();
    let mut pieces = Vec::new();
    let mut unit = Vec::new();
    for (i, row) in out.into_iter().enumerate() {
        if i >= 2 && n - i >= 2 {
            pieces.push(Piece::Together(std::mem::take(&mut unit)));
        }
        unit.push(row);
    }
    if !unit.is_empty() {
        pieces.push(Piece::Together(unit));
    }
    pieces
}

fn render_error(detail: impl std::fmt::Display) -> CertificateError {
    CertificateError::Render {
        detail: detail.to_string(),
    }
}

/// Renders `doc` as a PDF/A-2u on A4 portrait pages, in `lang` (an interface language:
/// en, fr, pl, zu) for the date and the page numbers.
///
/// Refuses a language without messages ([`CertificateError::Language`]), a date that is
/// not `YYYY-MM-DD` ([`CertificateError::Date`]), and a character the embedded fonts
/// cannot draw ([`CertificateError::Character`]: a script other than Latin, Greek or
/// Cyrillic, an emoji). Deterministic: the same document and language give the same
/// bytes.
pub fn render_notes(doc: &NotesDocument, lang: &str) -> Result<Vec<u8>, CertificateError> {
    let loc = Localizer::new(lang).map_err(|_| CertificateError::Language { lang: lang.into() })?;
    let day: jiff::civil::Date = doc.date.parse().map_err(|_| CertificateError::Date {
        date: doc.date.clone(),
    })?;
    let date = long_date(&loc, &doc.date);
    let page_label = |page: usize, pages: usize| {
        loc.format(
            "notes-page",
            &[
                ("page", FluentValue::from(page)),
                ("pages", FluentValue::from(pages)),
            ],
        )
    };
    let faces = Faces::new();
    let mut texts = vec![doc.title.as_str(), &date];
    for course in &doc.courses {
        texts.push(&course.title);
        for lesson in &course.lessons {
            texts.extend([lesson.module.as_str(), &lesson.title]);
            texts.extend(lesson.bookmark.as_deref());
            texts.extend(lesson.notes.iter().map(String::as_str));
        }
    }
    let label = page_label(1, 1);
    texts.push(&label);
    faces.check(texts)?;

    let styles = Styles::new(&faces);
    let mut flow = Flow::new();
    let top = heading(&styles, &doc.title, &date);
    let count = top.len();
    flow.place(top, count);
    for course in &doc.courses {
        let mut pieces = course_heading(&styles, &course.title);
        let mut keep = pieces.len();
        for (i, l) in course.lessons.iter().enumerate() {
            let (more, more_keep) = lesson(&styles, l, if i == 0 { 8.0 } else { 16.0 });
            if i == 0 {
                keep += more_keep;
            } else {
                flow.place(std::mem::take(&mut pieces), keep);
                keep = more_keep;
            }
            pieces.extend(more);
        }
        flow.place(pieces, keep);
    }

    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_U)
        .finish()
        .map_err(|e| render_error(format!("{e:?}")))?;
    let mut pdf = krilla::Document::new_with(SerializeSettings {
        configuration,
        ..SerializeSettings::default()
    });
    let title = clean(&doc.title);
    pdf.set_metadata(
        Metadata::new()
            .title(title.clone())
            .authors(vec![clean(&doc.learner)])
            .language(lang.into())
            .creator("LPHM".into())
            .creation_date(
                DateTime::new(day.year().clamp(0, 9999) as u16)
                    .month(day.month() as u8)
                    .day(day.day() as u8),
            ),
    );
    let pages = flow.pages.len();
    for (i, marks) in flow.pages.iter().enumerate() {
        let settings =
            PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| render_error("page size"))?;
        let mut page = pdf.start_page_with(settings);
        let mut surface = page.surface();
        let mut pen = Pen {
            surface: Some(&mut surface),
        };
        for mark in marks {
            mark.draw(&mut pen);
        }
        footer(&mut pen, &styles, &title, &page_label(i + 1, pages));
        surface.finish();
        page.finish();
    }
    pdf.set_outline(outline(&flow.anchors));
    pdf.finish().map_err(render_error)
}

/// The title on the left, shortened to fit, and the page number on the right.
fn footer(pen: &mut Pen, s: &Styles, title: &str, page: &str) {
    let style = s.footer;
    pen.line(MARGIN, WIDTH - MARGIN, FOOTER_RULE, RULE, 0.5);
    let number = one_line(style.face, page, style.size, TEXT_WIDTH / 2.0);
    let number_width = number.width(style.size);
    pen.run(style, WIDTH - MARGIN - number_width, FOOTER, &number);
    let room = TEXT_WIDTH - number_width - 24.0;
    pen.run(
        style,
        MARGIN,
        FOOTER,
        &one_line(style.face, title, style.size, room),
    );
}

/// The PDF's outline: each course, with its lessons under it.
fn outline(anchors: &[(usize, String, usize, f32)]) -> Outline {
    let node = |text: &str, page: usize, y: f32| {
        OutlineNode::new(
            clean(text),
            XyzDestination::new(page, Point::from_xy(0.0, (y - 8.0).max(0.0))),
        )
    };
    let mut outline = Outline::new();
    let mut course: Option<OutlineNode> = None;
    for (depth, text, page, y) in anchors {
        if *depth == 0 {
            if let Some(done) = course.take() {
                outline.push_child(done);
            }
            course = Some(node(text, *page, *y).with_open(true));
        } else if let Some(c) = course.as_mut() {
            c.push_child(node(text, *page, *y));
        }
    }
    if let Some(done) = course {
        outline.push_child(done);
    }
    outline
}

/// Collapses runs of white space to one space (for the metadata and the outline).
fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How the rows of the note `text` are grouped into pieces a page never cuts.
    fn units(text: &str) -> Vec<usize> {
        let faces = Faces::new();
        let styles = Styles::new(&faces);
        quote(&styles, text)
            .iter()
            .map(|piece| match piece {
                Piece::Together(rows) => rows.len(),
                _ => panic!("a note is made of rows kept together"),
            })
            .collect()
    }

    #[test]
    fn a_page_breaks_a_note_only_with_two_lines_on_either_side() {
        for (lines, expected) in [
            (1, vec![1]),
            (2, vec![2]),
            (3, vec![3]),
            (4, vec![2, 2]),
            (5, vec![2, 1, 2]),
            (7, vec![2, 1, 1, 1, 2]),
        ] {
            let text: Vec<String> = (0..lines).map(|i| format!("line {i}")).collect();
            assert_eq!(units(&text.join("\n")), expected, "{lines} lines");
        }
        // Blank lines at either end are dropped; one inside is a (short) row of its own.
        assert_eq!(units("\n \nfirst\n\nsecond\n\n"), vec![3]);
        assert!(units(" \n\t\n").is_empty());
    }
}
