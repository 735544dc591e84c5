//! Type for the page: the two embedded Noto Sans faces, shaping a line once with rustybuzz
//! (the shaper krilla uses) so the layout knows its width before krilla draws the very same
//! glyphs, and breaking text into lines that fit a width.

use krilla::text::{Font, GlyphId, KrillaGlyph};

use crate::CertificateError;

const REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");

/// One font: krilla's handle for embedding and rustybuzz's for shaping.
pub(crate) struct Face {
    pub font: Font,
    shaper: rustybuzz::Face<'static>,
    units_per_em: f32,
}

impl Face {
    pub fn regular() -> Face {
        Face::new(REGULAR)
    }

    pub fn bold() -> Face {
        Face::new(BOLD)
    }

    fn new(data: &'static [u8]) -> Face {
        let shaper = rustybuzz::Face::from_slice(data, 0).expect("the embedded font parses");
        let units_per_em = shaper.units_per_em() as f32;
        Face {
            font: Font::new(data.into(), 0).expect("the embedded font parses"),
            shaper,
            units_per_em,
        }
    }

    /// Whether the font has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some()
    }

    /// Shapes `text` as one left-to-right line.
    pub fn shape(&self, text: &str) -> Run {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        buffer.guess_segment_properties();
        let output = rustybuzz::shape(&self.shaper, &[], buffer);
        let infos = output.glyph_infos();
        let positions = output.glyph_positions();
        let em = self.units_per_em;
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut width_em = 0.0;
        for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
            let start = info.cluster as usize;
            // A cluster ends where the next cluster starts (left to right: clusters rise).
            let end = infos[i + 1..]
                .iter()
                .map(|next| next.cluster as usize)
                .find(|&c| c != start)
                .unwrap_or(text.len());
            let glyph = KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / em,
                pos.x_offset as f32 / em,
                pos.y_offset as f32 / em,
                pos.y_advance as f32 / em,
                start..end,
                None,
            );
            width_em += glyph.x_advance;
            glyphs.push(glyph);
        }
        Run {
            text: text.to_string(),
            glyphs,
            width_em,
        }
    }
}

/// The two faces every document is set in.
pub(crate) struct Faces {
    pub regular: Face,
    pub bold: Face,
}

impl Faces {
    pub fn new() -> Faces {
        Faces {
            regular: Face::regular(),
            bold: Face::bold(),
        }
    }

    /// Fails on the first character of `texts` that either face cannot draw: PDF/A forbids
    /// the blank "missing glyph" box, and a name or a note printed with holes is wrong.
    /// White space where a line may break is never drawn, so it is not checked.
    pub fn check<'t>(
        &self,
        texts: impl IntoIterator<Item = &'t str>,
    ) -> Result<(), CertificateError> {
        for text in texts {
            if let Some(character) = text
                .chars()
                .filter(|&c| !is_break(c))
                .find(|&c| !(self.regular.covers(c) && self.bold.covers(c)))
            {
                return Err(CertificateError::Character { character });
            }
        }
        Ok(())
    }
}

/// Whether a line may break at `c`: white space other than the no-break spaces (French
/// puts one before `:` and inside « », and the sign must not start a line).
pub(crate) fn is_break(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// `text`'s words: what lies between the places a line may break.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_break).filter(|w| !w.is_empty())
}

/// A shaped line of text.
pub(crate) struct Run {
    pub text: String,
    pub glyphs: Vec<KrillaGlyph>,
    width_em: f32,
}

impl Run {
    /// Its width at `size` points.
    pub fn width(&self, size: f32) -> f32 {
        self.width_em * size
    }
}

/// Text cut into words, each shaped once, so that lines can be tried at many widths.
struct Measured<'t> {
    words: Vec<(&'t str, f32)>,
    space: f32,
}

impl<'t> Measured<'t> {
    fn new(face: &Face, text: &'t str) -> Measured<'t> {
        Measured {
            words: words(text).map(|w| (w, face.shape(w).width_em)).collect(),
            space: face.shape(" ").width_em,
        }
    }

    /// Greedy lines no wider than `width` ems: between words, and inside a word only when
    /// the word alone is wider than the line (a long address).
    fn lines(&self, face: &Face, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut current = String::new();
        let mut current_width = 0.0;
        for &(word, word_width) in &self.words {
            if current.is_empty() && word_width <= width {
                (current, current_width) = (word.to_string(), word_width);
                continue;
            }
            if !current.is_empty() && current_width + self.space + word_width <= width {
                current.push(' ');
                current.push_str(word);
                current_width += self.space + word_width;
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            if word_width <= width {
                (current, current_width) = (word.to_string(), word_width);
                continue;
            }
            let mut broken = break_word(face, word, width);
            let last = broken.pop().unwrap_or_default();
            lines.extend(broken);
            current_width = face.shape(&last).width_em;
            current = last;
        }
        if !current.is_empty() {
            lines.push(current);
        }
        lines
    }
}

/// A word wider than the line, broken between its parts (after a slash or hyphen, before
/// a dot), and between two characters where a part alone is too wide.
fn break_word(face: &Face, word: &str, width: f32) -> Vec<String> {
    let fits = |text: &str| face.shape(text).width_em <= width;
    let mut lines = Vec::new();
    let mut current = String::new();
    for piece in pieces(word) {
        let candidate = format!("{current}{piece}");
        if current.is_empty() || fits(&candidate) {
            current = candidate;
        } else {
            lines.push(std::mem::replace(&mut current, piece.to_string()));
        }
        while !fits(&current) {
            // The longest start that fits, and at least one character.
            let first = current.chars().next().map_or(0, char::len_utf8);
            let split = current
                .char_indices()
                .map(|(i, c)| i + c.len_utf8())
                .take_while(|&end| fits(&current[..end]))
                .last()
                .unwrap_or(first);
            let rest = current.split_off(split);
            lines.push(std::mem::replace(&mut current, rest));
        }
    }
    lines.push(current);
    lines
}

/// Breaks `text` into lines no wider than `width` at `size`: between words, and inside a
/// word only when the word alone is wider than the line (a long address).
pub(crate) fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<Run> {
    let lines = Measured::new(face, text).lines(face, width / size);
    lines.iter().map(|line| face.shape(line)).collect()
}

/// `text` on one line no wider than `width` at `size`: whole when it fits, else cut after
/// as many characters as leave room for an ellipsis (a running footer).
pub(crate) fn one_line(face: &Face, text: &str, size: f32, width: f32) -> Run {
    let text = words(text).collect::<Vec<_>>().join(" ");
    let whole = face.shape(&text);
    if whole.width(size) <= width {
        return whole;
    }
    let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).skip(1).collect();
    // The longest start that fits with the ellipsis, found by halving.
    let (mut low, mut high) = (0, ends.len());
    let cut = |n: usize| {
        let end = if n == 0 { 0 } else { ends[n - 1] };
        face.shape(&format!("{}\u{2026}", text[..end].trim_end()))
    };
    while low < high {
        let mid = (low + high).div_ceil(2);
        if cut(mid).width(size) <= width {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    cut(low)
}

/// `word` cut into the parts a line may break between: after `/` and `-`, before `.`.
fn pieces(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        let cut = match c {
            '/' | '-' => i + c.len_utf8(),
            '.' => i,
            _ => continue,
        };
        if cut > start {
            out.push(&word[start..cut]);
            start = cut;
        }
    }
    if start < word.len() {
        out.push(&word[start..]);
    }
    out
}

/// `text` wrapped at `size` into as few lines as at `width`, but with the lines as even as
/// that allows (the narrowest width that needs no more lines), so a centred title does not
/// end on one lonely word.
pub(crate) fn balanced(face: &Face, text: &str, size: f32, width: f32) -> Vec<Run> {
    let words = Measured::new(face, text);
    let width = width / size;
    let count = words.lines(face, width).len();
    let (mut low, mut high) = (width / count.max(1) as f32, width);
    if count >= 2 {
        while high - low > 0.01 {
            let mid = (low + high) / 2.0;
            if words.lines(face, mid).len() <= count {
                high = mid;
            } else {
                low = mid;
            }
        }
    }
    let lines = words.lines(face, high);
    lines.iter().map(|line| face.shape(line)).collect()
}

/// The largest size from `max` down to `min` (by half points) at which `text` takes at
/// most `max_lines` lines of `width`; at `min` the text takes as many lines as it needs.
/// The lines are [`balanced`].
pub(crate) fn fit(
    face: &Face,
    text: &str,
    max: f32,
    min: f32,
    width: f32,
    max_lines: usize,
) -> (f32, Vec<Run>) {
    let words = Measured::new(face, text);
    let mut size = max;
    while size > min && words.lines(face, width / size).len() > max_lines {
        size = (size - 0.5).max(min);
    }
    (size, balanced(face, text, size, width))
}
