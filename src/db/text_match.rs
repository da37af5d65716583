//! Matching part of a text, the same on both databases: lower-cased on both
//! sides (SQLite's `LIKE` ignores ASCII case, PostgreSQL's does not), with
//! the searched text's own wildcards taken literally.

diesel::define_sql_function! {
    /// Lower case, for matching that ignores case on both databases.
    fn lower(text: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// `text` as a `LIKE` pattern matching it anywhere, its own `%`, `_` and `\`
/// taken literally (use with `.escape('\\')`).
pub fn contains_pattern(text: &str) -> String {
    let mut pattern = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_in_the_search_are_taken_literally() {
        assert_eq!(contains_pattern("kashi"), "%kashi%");
        assert_eq!(contains_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
    }
}
