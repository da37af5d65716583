//! A page of this site to go to next: where a sign-in, a sign-up and its
//! e-mailed confirmation link bring a person back to. It comes from a query
//! string or a form, so anyone can write one; only what resolves to a path
//! on this site's own origin is ever followed (no open redirect).

use url::Url;

/// A path (with its query) on `BASE_URL`'s origin, as a browser would
/// follow it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalPath(String);

impl LocalPath {
    /// `next` resolved the way a browser resolves a `Location` (which strips
    /// tabs and newlines and reads `\` as `/`); it is accepted only when the
    /// result has `base_url`'s origin, and the answer is that resolved path,
    /// so what is checked is what the browser follows.
    pub fn parse(base_url: &Url, next: &str) -> Option<LocalPath> {
        if !next.starts_with('/') || next.chars().any(char::is_control) {
            return None;
        }
        let target = base_url.join(next).ok()?;
        let path = &target[url::Position::BeforePath..];
        // A path that starts with `//` would be read as another host.
        if target.origin() != base_url.origin() || path.starts_with("//") {
            return None;
        }
        Some(LocalPath(path.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The path as a query-string value (`%2Fproducts%2F…`).
    pub fn encoded(&self) -> String {
        url::form_urlencoded::byte_serialize(self.0.as_bytes()).collect()
    }

    /// The path without its query, split at `/`: for recognising a page.
    pub fn segments(&self) -> Vec<&str> {
        let path = self.0.split(['?', '#']).next().unwrap_or_default();
        path.trim_start_matches('/').split('/').collect()
    }
}

#[cfg(test)]
mod tests {
    use url::Url;

    use super::LocalPath;

    #[test]
    fn only_this_sites_pages_are_local() {
        let base = Url::parse("https://bazaar.example.org").unwrap_or_else(|e| panic!("{e}"));
        let parsed = |next: &str| LocalPath::parse(&base, next).map(|p| p.as_str().to_owned());
        for (next, expected) in [
            (
                "/products/banarasi-saree/enquire",
                Some("/products/banarasi-saree/enquire"),
            ),
            ("/search?q=haldi&page=2", Some("/search?q=haldi&page=2")),
            ("/a/../dashboard/rfqs", Some("/dashboard/rfqs")),
            ("//evil.example", None),
            ("/\\evil.example", None),
            ("/\\/evil.example", None),
            ("/\t/evil.example", None),
            ("/\n/evil.example", None),
            ("/\r\n/evil.example/", None),
            ("/.//evil.example", None),
            ("https:evil.example", None),
            ("https://evil.example/", None),
            ("javascript:alert(1)", None),
            ("evil.example", None),
            ("", None),
        ] {
            assert_eq!(parsed(next).as_deref(), expected, "{next:?}");
        }
    }

    #[test]
    fn a_local_path_reads_as_segments_and_as_a_query_value() {
        let base = Url::parse("https://bazaar.example.org").unwrap_or_else(|e| panic!("{e}"));
        let path =
            LocalPath::parse(&base, "/products/kashi-saree/enquire?x=1").unwrap_or_else(|| panic!("local"));
        assert_eq!(path.segments(), ["products", "kashi-saree", "enquire"]);
        assert_eq!(path.encoded(), "%2Fproducts%2Fkashi-saree%2Fenquire%3Fx%3D1");
    }
}
