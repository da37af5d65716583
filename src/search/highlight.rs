//! Marking matches, the same way for both engines: the words of a title or
//! description that the query matched (typos, prefixes and synonyms
//! included) are wrapped in `<mark>`, and everything else is HTML-escaped, so
//! the result can be put into a page as it is.

use super::query::ParsedQuery;
use super::text;

/// Words shown around the first match in a description snippet.
pub const SNIPPET_WORDS: usize = 28;

/// The whole text, escaped, with its matching words marked.
pub fn highlight(text: &str, query: &ParsedQuery) -> String {
    let tokens = text::tokenize(text);
    let marks = query.marks(&tokens);
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

/// About [`SNIPPET_WORDS`] words of the text, starting a little before the
/// first match (or at the start), escaped and marked, with "…" where cut.
pub fn snippet(text: &str, query: &ParsedQuery) -> String {
    let tokens = text::tokenize(text);
    if tokens.is_empty() {
        return String::new();
    }
    // Only the words shown are marked: a long description is read up to
    // its first match and no further.
    let first = query.first_match(&tokens).unwrap_or(0);
    let start = first.saturating_sub(SNIPPET_WORDS / 4);
    let end = (start + SNIPPET_WORDS).min(tokens.len());
    let start = end.saturating_sub(SNIPPET_WORDS).min(start);
    let marked = query.marks(&tokens[start..end]);
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
        let html = highlight("Banarasi <silk> & \"zari\"", &parse("banarsi"));
        assert_eq!(html, "<mark>Banarasi</mark> &lt;silk&gt; &amp; &quot;zari&quot;");
    }

    #[test]
    fn marks_synonyms_in_another_script() {
        assert_eq!(
            highlight("Lakadong turmeric", &parse("हल्दी")),
            "Lakadong <mark>turmeric</mark>"
        );
    }

    #[test]
    fn snippets_start_near_the_first_match() {
        let text = format!("{} makhana from Darbhanga.", "word ".repeat(60));
        let html = snippet(&text, &parse("makhana"));
        assert!(html.starts_with('…'));
        assert!(html.contains("<mark>makhana</mark> from Darbhanga."), "{html}");
        assert_eq!(snippet("Short text.", &parse("none")), "Short text.");
    }

    #[test]
    fn snippets_find_multi_word_synonyms_far_into_the_text() {
        let text = format!("{} dried Indian gooseberry from Pratapgarh.", "word ".repeat(60));
        let html = snippet(&text, &parse("amla"));
        assert!(html.starts_with('…'));
        assert!(
            html.contains("dried <mark>Indian</mark> <mark>gooseberry</mark> from"),
            "{html}"
        );
    }
}
