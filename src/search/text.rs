//! How text becomes words, the same way everywhere: the embedded index, query
//! parsing, glossary matching and highlighting all use [`tokenize`], so a word
//! typed in a query is compared with the words of a document in one form.
//!
//! Words are runs of letters, digits and the combining marks of Indic scripts
//! (a Devanagari vowel sign is part of its word, not a separator). Each word
//! is lower-cased, Latin accents are removed (IAST "Banāras" → "banaras"), and
//! Devanagari spelling variants that people type interchangeably are folded:
//! nukta letters to their base letter (ड़ → ड) and chandrabindu to anusvara.

use std::ops::Range;

/// Words longer than this are not indexed or matched (a pasted URL, a hash).
const MAX_WORD_CHARS: usize = 64;

/// One word of a text: where it is in the original and its normalised form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the original text.
    pub span: Range<usize>,
    pub norm: String,
}

/// The words of `text`, in order.
pub fn tokenize(text: &str) -> Vec<Token> {
    word_spans(text)
        .filter_map(|span| normalize(&text[span.clone()]).map(|norm| Token { span, norm }))
        .collect()
}

/// Where the runs of word characters of `text` are, before normalising:
/// [`normalize`] turns each into a word, or says it is not one.
pub fn word_spans(text: &str) -> WordSpans<'_> {
    WordSpans {
        end: text.len(),
        chars: text.char_indices(),
    }
}

pub struct WordSpans<'a> {
    end: usize,
    chars: std::str::CharIndices<'a>,
}

impl Iterator for WordSpans<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let (from, _) = self.chars.find(|&(_, c)| is_word_char(c))?;
        let to = self
            .chars
            .find(|&(_, c)| !is_word_char(c))
            .map_or(self.end, |(at, _)| at);
        Some(from..to)
    }
}

/// A run of word characters as a word (see the module's notes), or `None`
/// when it is not one: only marks, or longer than [`MAX_WORD_CHARS`].
pub fn normalize(run: &str) -> Option<String> {
    let norm = normalize_word(run);
    let chars = if norm.is_ascii() {
        norm.len()
    } else {
        norm.chars().count()
    };
    (chars > 0 && chars <= MAX_WORD_CHARS).then_some(norm)
}

/// The normalised forms of the words of `text`.
pub fn words(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.norm).collect()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_indic_letter_or_mark(c) || is_combining_mark(c) || is_joiner(c)
}

/// The Indic blocks (Devanagari to Sinhala), except their punctuation (dandas).
fn is_indic_letter_or_mark(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0DFF}') && !matches!(c, '\u{0964}' | '\u{0965}' | '\u{0970}')
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Zero-width joiner and non-joiner shape Indic conjuncts; they carry no meaning for search.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

fn normalize_word(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if is_combining_mark(c) || is_joiner(c) || c == '\u{093C}' {
            continue;
        }
        match c {
            // Devanagari nukta letters: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़.
            '\u{0958}' => out.push('\u{0915}'),
            '\u{0959}' => out.push('\u{0916}'),
            '\u{095A}' => out.push('\u{0917}'),
            '\u{095B}' => out.push('\u{091C}'),
            '\u{095C}' => out.push('\u{0921}'),
            '\u{095D}' => out.push('\u{0922}'),
            '\u{095E}' => out.push('\u{092B}'),
            '\u{095F}' => out.push('\u{092F}'),
            // Chandrabindu → anusvara: आँवला and आंवला are the same word.
            '\u{0901}' => out.push('\u{0902}'),
            _ => match fold_latin(c) {
                Some(folded) => out.push_str(folded),
                None => out.extend(c.to_lowercase()),
            },
        }
    }
    out
}

/// Accented Latin letters (Latin-1, Latin Extended-A and the IAST letters
/// used to transliterate Indian names) without their accents, lower-cased.
fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' => "c",
        'Ð' | 'ð' | 'Ď' | 'ď' | 'Đ' | 'đ' | 'Ḍ' | 'ḍ' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => "e",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'Į' | 'į' | 'İ' | 'ı' => "i",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' | 'Ṅ' | 'ṅ' | 'Ṇ' | 'ṇ' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' => "u",
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => "y",
        'ß' => "ss",
        'Ś' | 'ś' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ṣ' | 'ṣ' => "s",
        'Ṭ' | 'ṭ' | 'Ť' | 'ť' => "t",
        'Ṛ' | 'ṛ' | 'Ṝ' | 'ṝ' | 'Ř' | 'ř' => "r",
        'Ḷ' | 'ḷ' | 'Ł' | 'ł' => "l",
        'Ḥ' | 'ḥ' => "h",
        'Ṃ' | 'ṃ' | 'Ṁ' | 'ṁ' => "m",
        'Ž' | 'ž' | 'Ź' | 'ź' | 'Ż' | 'ż' => "z",
        _ => return None,
    })
}

/// Typos allowed in a query word of `chars` characters, by the thresholds of
/// `search-config/products.json` (Meilisearch's defaults: one from 5, two from 9).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypoRule {
    pub one_typo: usize,
    pub two_typos: usize,
}

impl TypoRule {
    pub fn allowed(self, word: &str) -> u8 {
        let chars = word.chars().count();
        if chars >= self.two_typos {
            2
        } else if chars >= self.one_typo {
            1
        } else {
            0
        }
    }
}

/// Edits from `query` to `word` (insertions, deletions, substitutions and
/// swaps of neighbours), where a different first letter counts one extra, as
/// Meilisearch counts it: "banarsi" is one typo from "banarasi", "silk" is not
/// one from "milk".
pub fn typo_distance(query: &str, word: &str) -> usize {
    let q: Vec<char> = query.chars().collect();
    let w: Vec<char> = word.chars().collect();
    let first_differs = usize::from(q.first() != w.first());
    osa_distance(&q, &w) + first_differs
}

/// Like [`typo_distance`], but `word` only needs to start with something close
/// to `query` (the last word of a query is a prefix).
pub fn prefix_typo_distance(query: &str, word: &str) -> usize {
    let q: Vec<char> = query.chars().collect();
    let w: Vec<char> = word.chars().collect();
    if w.starts_with(&q) {
        return 0;
    }
    let first_differs = usize::from(q.first() != w.first());
    let shortest = q.len().saturating_sub(2).max(1);
    let longest = (q.len() + 2).min(w.len());
    if shortest > longest {
        return usize::MAX / 2;
    }
    let to_prefixes = osa_to_prefixes(&q, &w[..longest]);
    to_prefixes[shortest..=longest]
        .iter()
        .min()
        .map_or(usize::MAX / 2, |d| d + first_differs)
}

/// Optimal string alignment distance.
fn osa_distance(a: &[char], b: &[char]) -> usize {
    osa_to_prefixes(a, b)[b.len()]
}

/// Optimal string alignment distances from `a` to every prefix of `b`:
/// element `j` is the distance to `b[..j]` (one table for all of them).
fn osa_to_prefixes(a: &[char], b: &[char]) -> Vec<usize> {
    let width = b.len() + 1;
    let mut rows = vec![0usize; (a.len() + 1) * width];
    for (j, cell) in rows.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[i * width] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[(i - 1) * width + j] + 1)
                .min(rows[i * width + j - 1] + 1)
                .min(rows[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[(i - 2) * width + j - 2] + 1);
            }
            rows[i * width + j] = best;
        }
    }
    rows.split_off(a.len() * width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_punctuation_and_lowercases() {
        assert_eq!(
            words("Banarasi Silk-Saree, 100% pure!"),
            ["banarasi", "silk", "saree", "100", "pure"]
        );
    }

    #[test]
    fn keeps_devanagari_vowel_signs_inside_words() {
        assert_eq!(words("हल्दी पाउडर।"), ["हल्दी", "पाउडर"]);
    }

    #[test]
    fn folds_spelling_variants() {
        assert_eq!(words("Banāras Crêpe"), ["banaras", "crepe"]);
        assert_eq!(words("आँवला"), words("आंवला"));
        assert_eq!(words("गुड़"), words("गुड"));
        assert_eq!(words("ज़री"), words("जरी"));
    }

    #[test]
    fn spans_point_into_the_original() {
        let text = "Pure हल्दी";
        let tokens = tokenize(text);
        assert_eq!(&text[tokens[1].span.clone()], "हल्दी");
    }

    #[test]
    fn typo_thresholds_follow_word_length() {
        let rule = TypoRule {
            one_typo: 5,
            two_typos: 9,
        };
        assert_eq!(rule.allowed("silk"), 0);
        assert_eq!(rule.allowed("banarsi"), 1);
        assert_eq!(rule.allowed("chikankari"), 2);
    }

    #[test]
    fn distances_count_a_first_letter_typo_twice() {
        assert_eq!(typo_distance("banarsi", "banarasi"), 1);
        assert_eq!(typo_distance("turmreic", "turmeric"), 1);
        assert_eq!(typo_distance("silk", "milk"), 2);
        assert_eq!(prefix_typo_distance("banar", "banarasi"), 0);
        assert_eq!(prefix_typo_distance("banra", "banarasi"), 1);
        assert!(prefix_typo_distance("zzz", "banarasi") > 2);
    }
}
