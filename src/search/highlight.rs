//! Marking matches, the same way for both engines: the words of a title or
//! description that the query matched (typos, prefixes and synonyms
//! included) are wrapped in `<mark>`, and everything else is HTML-escaped, so
//! the result can be put into a page as it is.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::query::ParsedQuery;
use super::text;

/// Words shown around the first match in a description snippet.
pub const SNIPPET_WORDS: usize = 28;

/// Marks one query's matches in the texts of its results. Results repeat
/// their words, so each distinct word, as written, is normalised and judged
/// once per search.
pub struct Highlighter<'q> {
    query: &'q ParsedQuery,
    /// Each run of word characters seen, as written → its entry in `words`
    /// (`None`: not a word, see [`text::normalize`]).
    seen: FxHashMap<String, Option<usize>>,
    words: Vec<Word>,
}

struct Word {
    norm: String,
    matches: bool,
}

/// A word of a text: where it is, and which of the highlighter's words.
struct Spot {
    span: Range<usize>,
    word: usize,
}

impl<'q> Highlighter<'q> {
    pub fn new(query: &'q ParsedQuery) -> Self {
        Self {
            query,
            seen: FxHashMap::default(),
            words: Vec::new(),
        }
    }

    /// The whole text, escaped, with its matching words marked.
    pub fn highlight(&mut self, text: &str) -> String {
        let spots: Vec<Spot> = text::word_spans(text)
            .filter_map(|span| self.spot(text, span))
            .collect();
        let mut out = String::with_capacity(text.len() + 32);
        self.write_marked(&mut out, text, &spots, 0);
        escape_into(&mut out, &text[spots.last().map_or(0, |s| s.span.end)..]);
        out
    }

    /// About [`SNIPPET_WORDS`] words of the text, starting a little before
    /// the first match (or at the start), escaped and marked, with "…" where
    /// cut. The text is read only as far as the words shown.
    pub fn snippet(&mut self, text: &str) -> String {
        let mut spans = text::word_spans(text);
        let mut spots: Vec<Spot> = Vec::new();
        let mut first = None;
        while first.is_none() {
            let Some(span) = spans.next() else { break };
            if let Some(spot) = self.spot(text, span) {
                spots.push(spot);
                first = self.match_ending_last(&spots);
            }
        }
        if spots.is_empty() {
            return String::new();
        }
        let start = first.unwrap_or(0).saturating_sub(SNIPPET_WORDS / 4);
        // The words shown, and one more to know whether the text goes on.
        while spots.len() <= start + SNIPPET_WORDS {
            let Some(span) = spans.next() else { break };
            if let Some(spot) = self.spot(text, span) {
                spots.push(spot);
            }
        }
        let end = (start + SNIPPET_WORDS).min(spots.len());
        let start = end.saturating_sub(SNIPPET_WORDS).min(start);
        let mut out = String::with_capacity(text.len().min(400));
        if start > 0 {
            out.push('…');
        }
        let shown = &spots[start..end];
        self.write_marked(&mut out, text, shown, shown[0].span.start);
        if end < spots.len() {
            out.push('…');
        } else {
            escape_into(&mut out, &text[spots[end - 1].span.end..]);
        }
        out
    }

    /// `spots` of `text` from `from` on, escaped, their matching words marked.
    fn write_marked(&self, out: &mut String, text: &str, spots: &[Spot], mut from: usize) {
        for (spot, is_match) in spots.iter().zip(self.marks(spots)) {
            escape_into(out, &text[from..spot.span.start]);
            mark_into(out, &text[spot.span.clone()], is_match);
            from = spot.span.end;
        }
    }

    /// For each word, whether the query matched it; the words of a
    /// multi-word synonym count only where they appear together.
    fn marks(&self, spots: &[Spot]) -> Vec<bool> {
        let mut marks: Vec<bool> = spots.iter().map(|s| self.words[s.word].matches).collect();
        for phrase in self.query.phrases() {
            for start in 0..spots.len() {
                if self.phrase_at(spots, start, phrase) {
                    marks[start..start + phrase.len()].fill(true);
                }
            }
        }
        marks
    }

    /// Where a match that ends with the last of `spots` starts: the word
    /// itself, or a multi-word synonym it completes.
    fn match_ending_last(&self, spots: &[Spot]) -> Option<usize> {
        let last = spots.len().checked_sub(1)?;
        if self.words[spots[last].word].matches {
            return Some(last);
        }
        self.query.phrases().find_map(|phrase| {
            let start = spots.len().checked_sub(phrase.len())?;
            self.phrase_at(spots, start, phrase).then_some(start)
        })
    }

    /// Whether the words of `phrase` are the text's words from `start` on.
    fn phrase_at(&self, spots: &[Spot], start: usize, phrase: &[String]) -> bool {
        spots.get(start..start + phrase.len()).is_some_and(|window| {
            window
                .iter()
                .zip(phrase)
                .all(|(spot, w)| self.words[spot.word].norm == *w)
        })
    }

    /// The word at `span` of `text`, judged the first time it is seen.
    fn spot(&mut self, text: &str, span: Range<usize>) -> Option<Spot> {
        let run = &text[span.clone()];
        let word = match self.seen.get(run) {
            Some(&word) => word,
            None => {
                let word = text::normalize(run).map(|norm| {
                    let matches = self.query.matches_word(&norm);
                    self.words.push(Word { norm, matches });
                    self.words.len() - 1
                });
                self.seen.insert(run.to_owned(), word);
                word
            }
        };
        Some(Spot { span, word: word? })
    }
}

fn mark_into(out: &mut String, word: &str, is_match: bool) {
    if is_match {
        out.push_str("<mark>");
        escape_into(out, word);
        out.push_str("</mark>");
    } else {
        escape_into(out, word);
    }
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::config::SearchConfig;

    fn parse(q: &str) -> ParsedQuery {
        ParsedQuery::parse(q, &SearchConfig::compiled().expect("search-config parses"))
    }

    #[test]
    fn marks_matches_and_escapes_the_rest() {
        let html = Highlighter::new(&parse("banarsi")).highlight("Banarasi <silk> & \"zari\"");
        assert_eq!(html, "<mark>Banarasi</mark> &lt;silk&gt; &amp; &quot;zari&quot;");
    }

    #[test]
    fn marks_synonyms_in_another_script() {
        assert_eq!(
            Highlighter::new(&parse("हल्दी")).highlight("Lakadong turmeric"),
            "Lakadong <mark>turmeric</mark>"
        );
    }

    #[test]
    fn marks_multi_word_synonyms_only_where_their_words_are_together() {
        assert_eq!(
            Highlighter::new(&parse("amla")).highlight("Indian gooseberry, not Indian tea"),
            "<mark>Indian</mark> <mark>gooseberry</mark>, not Indian tea"
        );
    }

    #[test]
    fn snippets_start_near_the_first_match() {
        let text = format!("{} makhana from Darbhanga.", "word ".repeat(60));
        let html = Highlighter::new(&parse("makhana")).snippet(&text);
        assert!(html.starts_with('…'));
        assert!(html.contains("<mark>makhana</mark> from Darbhanga."), "{html}");
        assert_eq!(
            Highlighter::new(&parse("none")).snippet("Short text."),
            "Short text."
        );
    }

    #[test]
    fn snippets_show_as_many_words_near_either_end() {
        let query = parse("makhana");
        let mut highlighter = Highlighter::new(&query);
        let unmatched = "word ".repeat(40);
        let html = highlighter.snippet(&unmatched);
        assert_eq!(html, format!("{}word…", "word ".repeat(SNIPPET_WORDS - 1)));
        let html = highlighter.snippet(&format!("{unmatched}makhana."));
        assert_eq!(
            html,
            format!("…{}<mark>makhana</mark>.", "word ".repeat(SNIPPET_WORDS - 1))
        );
    }

    #[test]
    fn snippets_find_multi_word_synonyms_far_into_the_text() {
        let text = format!("{} dried Indian gooseberry from Pratapgarh.", "word ".repeat(60));
        let html = Highlighter::new(&parse("amla")).snippet(&text);
        assert!(html.starts_with('…'));
        assert!(
            html.contains("dried <mark>Indian</mark> <mark>gooseberry</mark> from"),
            "{html}"
        );
    }
}
