//! Text for printed catalogues: the embedded fonts, lines put in visual
//! order by the Unicode bidirectional algorithm, runs split by script so each
//! is shaped with a font that has its glyphs, and greedy line breaking.
//!
//! Shaping is rustybuzz (HarfBuzz's algorithm), so Devanagari gets its
//! conjuncts, reordered matras and reph, and Arabic its joined letter forms
//! and mirrored brackets; krilla then embeds a subset of each font and writes
//! the ToUnicode map that makes the text searchable and extractable exactly as
//! it was stored.

use std::ops::Range;

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Direction as ShapingDirection, Face, UnicodeBuffer};
use unicode_bidi::{Level, ParagraphBidiInfo};

use crate::i18n::Direction;

pub(crate) const LATIN_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const LATIN_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
const DEVANAGARI_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf");
const DEVANAGARI_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansDevanagari-Bold.ttf");
const ARABIC_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf");
const ARABIC_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Devanagari,
    Arabic,
}

impl Script {
    const ALL: [Script; 3] = [Script::Latin, Script::Devanagari, Script::Arabic];
}

/// One font twice over: krilla's handle (what the PDF embeds) and
/// rustybuzz's face (what shapes and measures).
struct Typeface {
    pdf: Font,
    face: Face<'static>,
}

impl Typeface {
    fn load(bytes: &'static [u8]) -> anyhow::Result<Self> {
        Ok(Self {
            pdf: Font::new(bytes.into(), 0)
                .ok_or_else(|| anyhow::anyhow!("an embedded font does not load"))?,
            face: Face::from_slice(bytes, 0)
                .ok_or_else(|| anyhow::anyhow!("an embedded font does not parse"))?,
        })
    }

    fn has(&self, c: char) -> bool {
        self.face.glyph_index(c).is_some()
    }
}

/// A run of text in one font, shaped: its glyphs and width at size 1.
pub struct ShapedRun<'a> {
    pub font: Font,
    pub text: &'a str,
    pub glyphs: Vec<KrillaGlyph>,
    /// The advance of the whole run, in ems.
    pub width: f32,
}

/// The six embedded fonts: Noto Sans for Latin text, digits and symbols,
/// Noto Sans Devanagari for Hindi, Marathi and other Devanagari text, Noto
/// Sans Arabic for Arabic (and Urdu) text.
pub struct Fonts {
    latin: [Typeface; 2],
    devanagari: [Typeface; 2],
    arabic: [Typeface; 2],
    /// The direction of the document's lines: the one a line with no letter
    /// of its own (a page number, a price) is written in.
    direction: Direction,
}

impl Fonts {
    pub fn load(direction: Direction) -> anyhow::Result<Self> {
        Ok(Self {
            latin: [Typeface::load(LATIN_REGULAR)?, Typeface::load(LATIN_BOLD)?],
            devanagari: [
                Typeface::load(DEVANAGARI_REGULAR)?,
                Typeface::load(DEVANAGARI_BOLD)?,
            ],
            arabic: [Typeface::load(ARABIC_REGULAR)?, Typeface::load(ARABIC_BOLD)?],
            direction,
        })
    }

    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// The direction `text` is written in: its first letter's, else the document's.
    pub fn direction_of(&self, text: &str) -> Direction {
        match unicode_bidi::get_base_direction(text) {
            unicode_bidi::Direction::Ltr => Direction::Ltr,
            unicode_bidi::Direction::Rtl => Direction::Rtl,
            unicode_bidi::Direction::Mixed => self.direction,
        }
    }

    fn typeface(&self, script: Script, weight: Weight) -> &Typeface {
        let index = usize::from(weight == Weight::Bold);
        match script {
            Script::Latin => &self.latin[index],
            Script::Devanagari => &self.devanagari[index],
            Script::Arabic => &self.arabic[index],
        }
    }

    /// The script whose font draws `c`, or `None` for characters every
    /// font draws (spaces, common punctuation), which join the run they are in.
    fn script_of(&self, c: char) -> Option<Script> {
        let devanagari =
            matches!(c, '\u{0900}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}' | '\u{1CD0}'..='\u{1CFF}');
        if devanagari {
            return Some(Script::Devanagari);
        }
        let arabic = matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}');
        if arabic {
            return Some(Script::Arabic);
        }
        // Joiners and other marks shape with their neighbours.
        if c.is_whitespace() || matches!(c, '\u{200C}' | '\u{200D}') {
            return None;
        }
        let drawn_by = |script: &Script| self.typeface(*script, Weight::Regular).has(c);
        if Script::ALL.iter().all(drawn_by) {
            return None;
        }
        // The first font that has it; when none has, Noto Sans draws its
        // .notdef box, which at least shows something is missing.
        Script::ALL.into_iter().find(drawn_by).or(Some(Script::Latin))
    }

    /// Byte ranges of `text` that each take one script's font; characters
    /// both fonts draw join the run before them (or, at the start, after).
    fn runs(&self, text: &str) -> Vec<(Range<usize>, Script)> {
        let mut runs: Vec<(Range<usize>, Option<Script>)> = Vec::new();
        for (at, c) in text.char_indices() {
            let end = at + c.len_utf8();
            let script = self.script_of(c);
            match runs.last_mut() {
                Some((range, current)) if script.is_none() || current.is_none() || *current == script => {
                    range.end = end;
                    *current = current.or(script);
                }
                _ => runs.push((at..end, script)),
            }
        }
        runs.into_iter()
            .map(|(range, script)| (range, script.unwrap_or(Script::Latin)))
            .collect()
    }

    /// Shapes one line of `text` into runs in visual order, left to right:
    /// the bidirectional algorithm orders its right-to-left and
    /// left-to-right stretches (an English name inside an Arabic sentence,
    /// digits inside either), and each stretch is split by script and shaped
    /// in its own direction. The line's own direction is that of its first
    /// letter (as `dir="auto"` reads it), else the document's.
    pub fn shape<'a>(&self, text: &'a str, weight: Weight) -> Vec<ShapedRun<'a>> {
        let base = match self.direction_of(text) {
            Direction::Ltr => Level::ltr(),
            Direction::Rtl => Level::rtl(),
        };
        let bidi = ParagraphBidiInfo::new(text, Some(base));
        let (levels, stretches) = bidi.visual_runs(0..text.len());
        let mut shaped = Vec::new();
        for stretch in stretches {
            let rtl = levels.get(stretch.start).is_some_and(|level| level.is_rtl());
            let mut runs = self.runs(&text[stretch.clone()]);
            // Within a right-to-left stretch the logically first run is drawn rightmost.
            if rtl {
                runs.reverse();
            }
            for (range, script) in runs {
                let typeface = self.typeface(script, weight);
                let text = &text[stretch.start + range.start..stretch.start + range.end];
                let (glyphs, width) = shape_run(&typeface.face, text, rtl);
                shaped.push(ShapedRun {
                    font: typeface.pdf.clone(),
                    text,
                    glyphs,
                    width,
                });
            }
        }
        shaped
    }

    /// The width of `text` at `size` points.
    pub fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        self.shape(text, weight).iter().map(|run| run.width).sum::<f32>() * size
    }

    /// Breaks `text` into lines at most `max_width` points wide at `size`,
    /// keeping its paragraphs; a word longer than a line is cut between
    /// characters.
    pub fn wrap(&self, text: &str, weight: Weight, size: f32, max_width: f32) -> Vec<String> {
        let space = self.width(" ", weight, size);
        let mut lines = Vec::new();
        for paragraph in text.lines() {
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split_whitespace() {
                let word_width = self.width(word, weight, size);
                if !line.is_empty() && line_width + space + word_width <= max_width {
                    line.push(' ');
                    line.push_str(word);
                    line_width += space + word_width;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if word_width <= max_width {
                    line = word.to_owned();
                    line_width = word_width;
                } else {
                    let mut pieces = self.cut(word, weight, size, max_width);
                    line = pieces.pop().unwrap_or_default();
                    line_width = self.width(&line, weight, size);
                    lines.extend(pieces);
                }
            }
            if !line.is_empty() {
                lines.push(line);
            }
        }
        lines
    }

    /// Cuts a word wider than a line (a long URL) into pieces that fit.
    fn cut(&self, word: &str, weight: Weight, size: f32, max_width: f32) -> Vec<String> {
        let mut pieces = Vec::new();
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if self.width(&piece, weight, size) > max_width && piece.chars().count() > 1 {
                piece.pop();
                pieces.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        pieces.push(piece);
        pieces
    }

    /// At most `max_lines` lines of `text`; the last one ends in "…" when
    /// text was left out.
    pub fn wrap_at_most(
        &self,
        text: &str,
        weight: Weight,
        size: f32,
        max_width: f32,
        max_lines: usize,
    ) -> Vec<String> {
        let mut lines = self.wrap(text, weight, size, max_width);
        if lines.len() <= max_lines {
            return lines;
        }
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let ellipsis = self.width("…", weight, size);
            while !last.is_empty() && self.width(last, weight, size) + ellipsis > max_width {
                last.pop();
            }
            let kept = last.trim_end().len();
            last.truncate(kept);
            last.push('…');
        }
        lines
    }
}

/// Shapes one single-script, single-direction run; returns its glyphs in
/// visual order and its width in ems.
fn shape_run(face: &Face<'static>, text: &str, rtl: bool) -> (Vec<KrillaGlyph>, f32) {
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        ShapingDirection::RightToLeft
    } else {
        ShapingDirection::LeftToRight
    });
    let output = rustybuzz::shape(face, &[], buffer);
    let em = (face.units_per_em() as f32).max(1.0);
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    // A cluster's text ends where the next cluster in the text starts; the
    // glyphs of a right-to-left run come in the opposite order.
    let mut starts: Vec<usize> = infos.iter().map(|info| info.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut width = 0.0;
    for (info, position) in infos.iter().zip(positions) {
        let start = info.cluster as usize;
        let end = starts
            .get(starts.partition_point(|&s| s <= start))
            .copied()
            .unwrap_or(text.len());
        let advance = position.x_advance as f32 / em;
        width += advance;
        glyphs.push(KrillaGlyph::new(
            GlyphId::new(info.glyph_id),
            advance,
            position.x_offset as f32 / em,
            position.y_offset as f32 / em,
            position.y_advance as f32 / em,
            start..end,
            None,
        ));
    }
    (glyphs, width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hindi_and_latin_take_their_own_fonts() {
        let fonts = Fonts::load(Direction::Ltr).unwrap();
        let runs = fonts.runs("Silk साड़ी (Banaras) बनारसी");
        let scripts: Vec<Script> = runs.iter().map(|(_, s)| *s).collect();
        assert_eq!(
            scripts,
            [
                Script::Latin,
                Script::Devanagari,
                Script::Latin,
                Script::Devanagari
            ]
        );
        let text = "Silk साड़ी (Banaras) बनारसी";
        let joined: String = runs.iter().map(|(r, _)| &text[r.clone()]).collect();
        assert_eq!(joined, text, "runs cover the text exactly once");
    }

    #[test]
    fn a_conjunct_shapes_to_fewer_glyphs_than_characters() {
        let fonts = Fonts::load(Direction::Ltr).unwrap();
        // क्ष is three characters (क, virama, ष) and one conjunct glyph.
        let runs = fonts.shape("क्ष", Weight::Regular);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].glyphs.len(), 1, "क्ष is one glyph");
    }

    #[test]
    fn lines_fit_their_width_and_long_words_are_cut() {
        let fonts = Fonts::load(Direction::Ltr).unwrap();
        let text = "Handwoven Banarasi silk sarees with zari borders, made in Varanasi by master weavers https://example.org/products/a-very-long-product-slug-that-cannot-fit";
        for line in fonts.wrap(text, Weight::Regular, 10.0, 150.0) {
            assert!(fonts.width(&line, Weight::Regular, 10.0) <= 150.0, "{line}");
        }
        let three = fonts.wrap_at_most(text, Weight::Regular, 10.0, 150.0, 3);
        assert_eq!(three.len(), 3);
        assert!(three[2].ends_with('…'));
    }

    #[test]
    fn arabic_takes_its_font_and_runs_right_to_left() {
        let fonts = Fonts::load(Direction::Rtl).unwrap();
        // "Banarasi silk sari" in Arabic, with the English name kept inside.
        let text = "ساري حرير Banarasi من الهند";
        let runs = fonts.shape(text, Weight::Regular);
        let texts: Vec<&str> = runs.iter().map(|run| run.text).collect();
        // Drawn left to right: the sentence's end first, the English name in
        // the middle in its own order, the sentence's start rightmost.
        assert_eq!(texts.first().map(|t| t.trim()), Some("من الهند"));
        assert!(texts.iter().any(|t| t.trim() == "Banarasi"), "{texts:?}");
        assert_eq!(texts.last().map(|t| t.trim()), Some("ساري حرير"));
        // Joined letters: fewer glyphs than characters is not guaranteed, but
        // every glyph maps back to text inside its run.
        for run in &runs {
            for glyph in &run.glyphs {
                assert!(
                    run.text.get(glyph.text_range.clone()).is_some(),
                    "{run:?}",
                    run = run.text
                );
            }
        }
    }

    #[test]
    fn a_line_without_letters_takes_the_documents_direction() {
        let fonts = Fonts::load(Direction::Rtl).unwrap();
        let runs = fonts.shape("12 / 40", Weight::Regular);
        assert!(!runs.is_empty());
        assert!(fonts.width("12 / 40", Weight::Regular, 10.0) > 0.0);
    }
}
