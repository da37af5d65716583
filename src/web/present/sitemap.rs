//! Sitemap entries as the XML writes them: absolute addresses on the site
//! (`BASE_URL`) and W3C datetimes.

use chrono::NaiveDateTime;
use serde::Serialize;
use url::Url;

use super::links;
use crate::format::dates;
use crate::sitemaps::{Entry, SitemapFile};

/// One `<url>` of a sitemap, or one `<sitemap>` of the index.
#[derive(Debug, Serialize)]
pub struct SitemapEntry {
    pub loc: String,
    pub lastmod: Option<String>,
}

impl SitemapEntry {
    fn new(base: &Url, path: &str, lastmod: Option<NaiveDateTime>) -> Self {
        Self {
            loc: links::absolute(base, path),
            lastmod: lastmod.map(dates::machine),
        }
    }
}

/// The `<url>`s of one file.
pub fn urls(entries: &[Entry], base: &Url) -> Vec<SitemapEntry> {
    entries
        .iter()
        .map(|e| SitemapEntry::new(base, &e.path, e.lastmod))
        .collect()
}

/// The index's `<sitemap>`s, one per file.
pub fn files(files: &[(SitemapFile, Option<NaiveDateTime>)], base: &Url) -> Vec<SitemapEntry> {
    files
        .iter()
        .map(|(file, lastmod)| SitemapEntry::new(base, &file.path(), *lastmod))
        .collect()
}
