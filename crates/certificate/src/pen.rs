//! Drawing on a page, for every document the crate prints: the programme's colours, how a
//! piece of text is set ([`Style`]), and the [`Pen`] that draws shaped lines, boxes and
//! rules on a krilla surface (or, without one, only measures).

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;

use crate::text::{Face, Run};

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Colour(u8, u8, u8);

pub(crate) const ACCENT: Colour = Colour(0x00, 0x5e, 0x9e);
pub(crate) const INK: Colour = Colour(0x1f, 0x26, 0x2e);
pub(crate) const HEADING: Colour = Colour(0x14, 0x2f, 0x4f);
pub(crate) const MUTED: Colour = Colour(0x55, 0x5f, 0x6a);
pub(crate) const RULE: Colour = Colour(0xb5, 0xc3, 0xd1);
/// A pale tint of the accent, behind a label.
pub(crate) const TINT: Colour = Colour(0xe6, 0xf0, 0xf8);
pub(crate) const WARNING: Colour = Colour(0xa8, 0x24, 0x1a);
pub(crate) const WARNING_BACKGROUND: Colour = Colour(0xfc, 0xf0, 0xed);
pub(crate) const BLACK: Colour = Colour(0, 0, 0);

impl Colour {
    pub fn fill(self) -> Fill {
        Fill {
            paint: rgb::Color::new(self.0, self.1, self.2).into(),
            opacity: NormalizedF32::ONE,
            rule: FillRule::NonZero,
        }
    }

    pub fn stroke(self, width: f32) -> Stroke {
        Stroke {
            paint: rgb::Color::new(self.0, self.1, self.2).into(),
            width,
            ..Default::default()
        }
    }
}

/// How a piece of text is set: face, size in points, colour, and the distance between the
/// baselines of its lines.
#[derive(Clone, Copy)]
pub(crate) struct Style<'f> {
    pub face: &'f Face,
    pub size: f32,
    pub colour: Colour,
    pub leading: f32,
}

impl<'f> Style<'f> {
    /// Lines 1.3 times the size apart.
    pub fn new(face: &'f Face, size: f32, colour: Colour) -> Style<'f> {
        Style {
            face,
            size,
            colour,
            leading: size * 1.3,
        }
    }

    pub fn leading(self, leading: f32) -> Style<'f> {
        Style { leading, ..self }
    }
}

/// Draws shaped text and shapes; without a surface it only measures (a layout's first
/// pass).
pub(crate) struct Pen<'s, 'p> {
    pub surface: Option<&'s mut Surface<'p>>,
}

impl Pen<'_, '_> {
    /// One shaped line, its baseline starting at (`x`, `y`).
    pub fn run(&mut self, style: Style, x: f32, y: f32, run: &Run) {
        let Some(surface) = self.surface.as_deref_mut() else {
            return;
        };
        surface.set_stroke(None);
        surface.set_fill(Some(style.colour.fill()));
        surface.draw_glyphs(
            Point::from_xy(x, y),
            &run.glyphs,
            style.face.font.clone(),
            &run.text,
            style.size,
            false,
        );
    }

    /// Lines from `x`, the first baseline at `y`; returns the last baseline.
    pub fn left(&mut self, style: Style, x: f32, y: f32, lines: &[Run]) -> f32 {
        let mut baseline = y;
        for (i, line) in lines.iter().enumerate() {
            baseline = y + i as f32 * style.leading;
            self.run(style, x, baseline, line);
        }
        baseline
    }

    pub fn rect(&mut self, rect: Rect, fill: Option<Colour>, stroke: Option<(Colour, f32)>) {
        let mut path = PathBuilder::new();
        path.push_rect(rect);
        let (Some(surface), Some(path)) = (self.surface.as_deref_mut(), path.finish()) else {
            return;
        };
        surface.set_fill(fill.map(Colour::fill));
        surface.set_stroke(stroke.map(|(colour, width)| colour.stroke(width)));
        surface.draw_path(&path);
    }

    /// A horizontal rule from `x1` to `x2` at `y`.
    pub fn line(&mut self, x1: f32, x2: f32, y: f32, colour: Colour, width: f32) {
        let mut path = PathBuilder::new();
        path.move_to(x1, y);
        path.line_to(x2, y);
        let (Some(surface), Some(path)) = (self.surface.as_deref_mut(), path.finish()) else {
            return;
        };
        surface.set_fill(None);
        surface.set_stroke(Some(colour.stroke(width)));
        surface.draw_path(&path);
    }
}
