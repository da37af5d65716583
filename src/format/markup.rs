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

/// `input` escaped, with each span between backticks (as doc comments
/// write names: "`products`") set as `<code>`. An unpaired backtick stays
/// as it is.
pub fn code_spans(input: &str) -> String {
    let pieces: Vec<&str> = input.split('`').collect();
    // An even count of pieces means an odd count of backticks: the last one is unpaired.
    let unpaired_last = pieces.len().is_multiple_of(2);
    let mut out = String::with_capacity(input.len() + 16);
    for (n, piece) in pieces.iter().enumerate() {
        let last = n + 1 == pieces.len();
        if n % 2 == 1 && !(last && unpaired_last) {
            out.push_str("<code>");
            out.push_str(&escape_markup(piece));
            out.push_str("</code>");
        } else {
            if last && unpaired_last {
                out.push('`');
            }
            out.push_str(&escape_markup(piece));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backticked_names_become_code_and_the_rest_is_escaped() {
        assert_eq!(
            code_spans("Send `Authorization: Bearer <token>` & read `errors`."),
            "Send <code>Authorization: Bearer &lt;token&gt;</code> &amp; read <code>errors</code>."
        );
        assert_eq!(code_spans("no code here"), "no code here");
        assert_eq!(code_spans("a lone ` stays"), "a lone ` stays");
        assert_eq!(code_spans("`a` and ` b"), "<code>a</code> and ` b");
    }

    #[test]
    fn only_markup_characters_are_escaped() {
        assert_eq!(
            escape_markup("<a href=\"/x?a=1&b='2'\">"),
            "&lt;a href=&quot;/x?a=1&amp;b=&#x27;2&#x27;&quot;&gt;"
        );
    }
}
