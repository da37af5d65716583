//! The sitemap's files and the addresses they hold.

use chrono::NaiveDateTime;

/// The protocol's limit on the URLs of one file; `SITEMAP_URLS_PER_FILE`
/// may only lower it.
pub const MOST_URLS_PER_FILE: u32 = 50_000;

/// One file of the sitemap, named by the index. Listings and producers grow
/// without bound, so they come in numbered files of at most
/// `SITEMAP_URLS_PER_FILE` each; the other kinds are bounded by the
/// directory (some 800 districts) or stay far below the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SitemapFile {
    /// The home page and the other pages of their own.
    Pages,
    States,
    Districts,
    Sectors,
    /// The GI register and each of its goods categories.
    Gi,
    Events,
    Showcases,
    /// The published listings' file with this number, from 1.
    Products(u32),
    /// The public producers' file with this number, from 1.
    Producers(u32),
}

impl SitemapFile {
    /// The file named `name` (`products-2` for `/sitemaps/products-2.xml`).
    pub fn parse(name: &str) -> Option<Self> {
        let numbered = |prefix: &str| {
            name.strip_prefix(prefix)
                .filter(|n| !n.starts_with('0') && n.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|n| n.parse::<u32>().ok())
        };
        Some(match name {
            "pages" => Self::Pages,
            "states" => Self::States,
            "districts" => Self::Districts,
            "sectors" => Self::Sectors,
            "gi" => Self::Gi,
            "events" => Self::Events,
            "showcases" => Self::Showcases,
            _ => {
                if let Some(n) = numbered("products-") {
                    Self::Products(n)
                } else {
                    Self::Producers(numbered("producers-")?)
                }
            }
        })
    }

    /// `/sitemaps/products-2.xml`.
    pub fn path(self) -> String {
        let name = match self {
            Self::Pages => "pages".to_owned(),
            Self::States => "states".to_owned(),
            Self::Districts => "districts".to_owned(),
            Self::Sectors => "sectors".to_owned(),
            Self::Gi => "gi".to_owned(),
            Self::Events => "events".to_owned(),
            Self::Showcases => "showcases".to_owned(),
            Self::Products(n) => format!("products-{n}"),
            Self::Producers(n) => format!("producers-{n}"),
        };
        format!("/sitemaps/{name}.xml")
    }
}

/// One address of a sitemap (a path on the site) and when its page last
/// changed, where the data knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    pub lastmod: Option<NaiveDateTime>,
}

impl Entry {
    pub fn new(path: impl Into<String>, lastmod: Option<NaiveDateTime>) -> Self {
        Self {
            path: path.into(),
            lastmod,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_found_again_by_the_name_in_its_path() {
        for file in [
            SitemapFile::Pages,
            SitemapFile::Gi,
            SitemapFile::Showcases,
            SitemapFile::Products(1),
            SitemapFile::Producers(12),
        ] {
            let path = file.path();
            let name = path
                .strip_prefix("/sitemaps/")
                .and_then(|p| p.strip_suffix(".xml"))
                .unwrap();
            assert_eq!(SitemapFile::parse(name), Some(file), "{path}");
        }
    }

    #[test]
    fn numbers_are_whole_and_counted_from_one() {
        for name in [
            "products-0",
            "products-01",
            "products-",
            "products-+1",
            "products-x",
            "producers-99999999999",
            "product-1",
            "other",
        ] {
            assert_eq!(SitemapFile::parse(name), None, "{name}");
        }
    }
}
