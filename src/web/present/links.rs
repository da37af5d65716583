//! Links in pages: the public pages' paths (`crate::format::paths`, shared
//! with e-mails; `path_to` in templates) and links within the search page.

use crate::search::SearchQuery;

pub use crate::format::paths::{Page, district, path_to, producer, product, showcase};

/// `path` as an absolute address on the site (`BASE_URL`), for what is read
/// away from it: feeds, sitemaps, JSON-LD.
pub fn absolute(base: &url::Url, path: &str) -> String {
    base.join(path.trim_start_matches('/'))
        .map(|u| u.to_string())
        .unwrap_or_default()
}

/// The search page with this query, relative to it (`?q=…`), so the page and
/// its live fragment share links.
pub fn search(query: &SearchQuery) -> String {
    let mut encoded = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in query.to_pairs() {
        encoded.append_pair(name, &value);
    }
    format!("?{}", encoded.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_links_are_relative_to_the_search_page() {
        assert_eq!(search(&SearchQuery::text("haldi")), "?q=haldi");
        assert_eq!(search(&SearchQuery::default()), "?");
    }
}
