//! Text for printed catalogues: the embedded fonts, runs split by script so
//! each is shaped with a font that has its glyphs, and greedy line breaking.
//!
//! Shaping is rustybuzz (HarfBuzz's algorithm), so Devanagari gets its
//! conjuncts, reordered matras and reph; krilla then embeds a subset of each
//! font and writes the ToUnicode map that makes the text searchable and
//! extractable exactly as it was stored.

use std::ops::Range;

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Face, UnicodeBuffer};

pub(crate) const LATIN_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const LATIN_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
const DEVANAGARI_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf");
const DEVANAGARI_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansDevanagari-Bold.ttf");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Devanagari,
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

/// The four embedded fonts: Noto Sans for Latin text, digits and symbols,
/// Noto Sans Devanagari for Hindi, Marathi and other Devanagari text.
pub struct Fonts {
    latin: [Typeface; 2],
    devanagari: [Typeface; 2],
}

impl Fonts {
    pub fn load() -> anyhow::Result<Self> {
        Ok(Self {
            latin: [Typeface::load(LATIN_REGULAR)?, Typeface::load(LATIN_BOLD)?],
            devanagari: [
                Typeface::load(DEVANAGARI_REGULAR)?,
                Typeface::load(DEVANAGARI_BOLD)?,
            ],
        })
    }

    fn typeface(&self, script: Script, weight: Weight) -> &Typeface {
        let index = usize::from(weight == Weight::Bold);
        match script {
            Script::Latin => &self.latin[index],
            Script::Devanagari => &self.devanagari[index],
        }
    }

    /// The script whose font draws `c`, or `None` for characters both
    /// draw (spaces, punctuation, digits), which join the run they are in.
    fn script_of(&self, c: char) -> Option<Script> {
        let devanagari =
            matches!(c, '\u{0900}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}' | '\u{1CD0}'..='\u{1CFF}');
        if devanagari {
            return Some(Script::Devanagari);
        }
        // Joiners and other marks shape with their neighbours.
        if c.is_whitespace() || matches!(c, '\u{200C}' | '\u{200D}') {
            return None;
        }
        let latin = &self.latin[0];
        let deva = &self.devanagari[0];
        match (latin.has(c), deva.has(c)) {
            (true, true) => None,
            (false, true) => Some(Script::Devanagari),
            // Neither has it: Noto Sans draws its .notdef box, which at
            // least shows something is missing.
            _ => Some(Script::Latin),
        }
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

    /// Shapes `text` run by run.
    pub fn shape<'a>(&self, text: &'a str, weight: Weight) -> Vec<ShapedRun<'a>> {
        self.runs(text)
            .into_iter()
            .map(|(range, script)| {
                let typeface = self.typeface(script, weight);
                let text = &text[range];
                let (glyphs, width) = shape_run(&typeface.face, text);
                ShapedRun {
                    font: typeface.pdf.clone(),
                    text,
                    glyphs,
                    width,
                }
            })
            .collect()
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

/// Shapes one single-script run; returns its glyphs and its width in ems.
fn shape_run(face: &Face<'static>, text: &str) -> (Vec<KrillaGlyph>, f32) {
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    let output = rustybuzz::shape(face, &[], buffer);
    let em = (face.units_per_em() as f32).max(1.0);
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut width = 0.0;
    for (i, (info, position)) in infos.iter().zip(positions).enumerate() {
        let start = info.cluster as usize;
        // A cluster ends where the next different cluster starts (left to
        // right: Devanagari and Latin are both written that way).
        let end = infos[i + 1..]
            .iter()
            .map(|next| next.cluster as usize)
            .find(|&next| next != start)
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
        let fonts = Fonts::load().unwrap();
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
        let fonts = Fonts::load().unwrap();
        // क्ष is three characters (क, virama, ष) and one conjunct glyph.
        let runs = fonts.shape("क्ष", Weight::Regular);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].glyphs.len(), 1, "क्ष is one glyph");
    }

    #[test]
    fn lines_fit_their_width_and_long_words_are_cut() {
        let fonts = Fonts::load().unwrap();
        let text = "Handwoven Banarasi silk sarees with zari borders, made in Varanasi by master weavers https://example.org/products/a-very-long-product-slug-that-cannot-fit";
        for line in fonts.wrap(text, Weight::Regular, 10.0, 150.0) {
            assert!(fonts.width(&line, Weight::Regular, 10.0) <= 150.0, "{line}");
        }
        let three = fonts.wrap_at_most(text, Weight::Regular, 10.0, 150.0, 3);
        assert_eq!(three.len(), 3);
        assert!(three[2].ends_with('…'));
    }
}
