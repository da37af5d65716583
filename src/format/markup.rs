//! Text placed in HTML or XML markup.

/// `input` with the five characters markup gives a meaning escaped, and
/// nothing else: text and quoted attributes need no more, and links keep
/// their `/` (tera's own escaper writes it as `&#x2F;`).
pub fn escape_markup(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_markup_characters_are_escaped() {
        assert_eq!(
            escape_markup("<a href=\"/x?a=1&b='2'\">"),
            "&lt;a href=&quot;/x?a=1&amp;b=&#x27;2&#x27;&quot;&gt;"
        );
    }
}
