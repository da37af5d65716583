//! Where each public page lives: the one place that spells these paths, for
//! view models, templates (`path_to`) and e-mails (joined to the site's address).

use serde::Deserialize;

/// The public pages that have an address of their own, named by a slug.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Page {
    Product,
    Producer,
    District,
    State,
    Sector,
    Showcase,
    Event,
}

/// `/districts/varanasi`. The slug is percent-encoded, so the path holds no
/// character that HTML would need escaped.
pub fn path_to(page: Page, slug: &str) -> String {
    let folder = match page {
        Page::Product => "products",
        Page::Producer => "producers",
        Page::District => "districts",
        Page::State => "states",
        Page::Sector => "sectors",
        Page::Showcase => "showcases",
        Page::Event => "events",
    };
    let slug: String = url::form_urlencoded::byte_serialize(slug.as_bytes()).collect();
    format!("/{folder}/{slug}")
}

pub fn product(slug: &str) -> String {
    path_to(Page::Product, slug)
}

pub fn producer(slug: &str) -> String {
    path_to(Page::Producer, slug)
}

pub fn district(slug: &str) -> String {
    path_to(Page::District, slug)
}

pub fn showcase(slug: &str) -> String {
    path_to(Page::Showcase, slug)
}

pub fn event(slug: &str) -> String {
    path_to(Page::Event, slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_the_folder_and_encode_the_slug() {
        assert_eq!(product("varanasi-silk"), "/products/varanasi-silk");
        assert_eq!(
            district("chhattisgarh-bilaspur"),
            "/districts/chhattisgarh-bilaspur"
        );
        assert_eq!(path_to(Page::State, "a\"b<c"), "/states/a%22b%3Cc");
    }
}
