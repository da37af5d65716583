//! Marking matches, the same way for both engines: the words of a title or
//! description that the query matched (typos, prefixes and synonyms
//! included) are wrapped in `<mark>`, and everything else is HTML-escaped, so
//! the result can be put into a page as it is.

use std::collections::HashMap;

use super::query::ParsedQuery;
use super::text::{self, Token, Tokens};

/// Words shown around the first match in a description snippet.
pub const SNIPPET_WORDS: usize = 28;

/// Marks one query's matches in the texts of its results. Results repeat
/// their words, so each distinct word is judged once per search.
pub struct Highlighter<'q> {
    query: &'q ParsedQuery,
    verdicts: HashMap<String, bool>,
}

impl<'q> Highlighter<'q> {
    pub fn new(query: &'q ParsedQuery) -> Self {
        Self {
            query,
            verdicts: HashMap::new(),
        }
    }

    /// The whole text, escaped, with its matching words marked.
    pub fn highlight(&mut self, text: &str) -> String {
        let tokens = text::tokenize(text);
        let marks = self.marks(&tokens);
        let mut out = String::with_capacity(text.len() + 32);
        let mut from = 0;
        for (token, is_match) in tokens.iter().zip(marks) {
            escape_into(&mut out, &text[from..token.span.start]);
            mark_into(&mut out, &text[token.span.clone()], is_match);
            from = token.span.end;
        }
        escape_into(&mut out, &text[from..]);
        out
    }

    /// About [`SNIPPET_WORDS`] words of the text, starting a little before
    /// the first match (or at the start), escaped and marked, with "…" where
    /// cut. The text is read only as far as the words shown.
    pub fn snippet(&mut self, text: &str) -> String {
        let mut words = Tokens::new(text);
        let mut tokens: Vec<Token> = Vec::new();
        let mut first = None;
        while first.is_none() {
            let Some(token) = words.next() else { break };
            tokens.push(token);
            first = self.match_ending_last(&tokens);
        }
        if tokens.is_empty() {
            return String::new();
        }
        let start = first.unwrap_or(0).saturating_sub(SNIPPET_WORDS / 4);
        // The words shown, and one more to know whether the text goes on.
        let wanted = (start + SNIPPET_WORDS + 1).saturating_sub(tokens.len());
        tokens.extend(words.take(wanted));
        let end = (start + SNIPPET_WORDS).min(tokens.len());
        let start = end.saturating_sub(SNIPPET_WORDS).min(start);
        let marked = self.marks(&tokens[start..end]);
        let mut out = String::new();
        if start > 0 {
            out.push('…');
        }
        let mut from = tokens[start].span.start;
        for (token, is_match) in tokens[start..end].iter().zip(marked) {
            escape_into(&mut out, &text[from..token.span.start]);
            mark_into(&mut out, &text[token.span.clone()], is_match);
            from = token.span.end;
        }
        if end < tokens.len() {
            out.push('…');
        } else {
            escape_into(&mut out, &text[from..]);
        }
        out
    }

    /// For each word of a text, whether the query matched it; the words of a
    /// multi-word synonym count only where they appear together.
    fn marks(&mut self, tokens: &[Token]) -> Vec<bool> {
        let mut marks: Vec<bool> = tokens.iter().map(|t| self.matches(&t.norm)).collect();
        for phrase in self.query.phrases() {
            for start in 0..tokens.len() {
                if phrase_at(tokens, start, phrase) {
                    marks[start..start + phrase.len()].fill(true);
                }
            }
        }
        marks
    }

    /// Where a match that ends with the last of `tokens` starts: the word
    /// itself, or a multi-word synonym it completes.
    fn match_ending_last(&mut self, tokens: &[Token]) -> Option<usize> {
        let last = tokens.len().checked_sub(1)?;
        if self.matches(&tokens[last].norm) {
            return Some(last);
        }
        self.query.phrases().find_map(|phrase| {
            let start = tokens.len().checked_sub(phrase.len())?;
            phrase_at(tokens, start, phrase).then_some(start)
        })
    }

    fn matches(&mut self, word: &str) -> bool {
        if let Some(&verdict) = self.verdicts.get(word) {
            return verdict;
        }
        let verdict = self.query.matches_word(word);
        self.verdicts.insert(word.to_owned(), verdict);
        verdict
    }
}

/// Whether the words of `phrase` are the text's words from `start` on.
fn phrase_at(tokens: &[Token], start: usize, phrase: &[String]) -> bool {
    tokens
        .get(start..start + phrase.len())
        .is_some_and(|window| window.iter().zip(phrase).all(|(t, w)| t.norm == *w))
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
