//! What each sitemap file holds, and the index of the files with when each
//! last changed (its newest page). Only what the public may see is listed:
//! published listings (a suspended producer's are withheld), producers whose
//! account is not suspended, published events and live showcases.
//!
//! A page that shows listings changed when its newest published listing did;
//! a page whose data only the seeder writes (the GI register, the data
//! sources) has no `lastmod`. The search page is left out: it asks search
//! engines not to index it (`noindex`), and its results are the listings
//! listed here.

use std::collections::HashMap;

use chrono::NaiveDateTime;

use super::model::{Entry, MOST_URLS_PER_FILE, SitemapFile};
use crate::catalogue::sitemap as catalogue;
use crate::db::{DbConnection, DbResult};
use crate::directory::{Sector, repo as directory, service as directory_service};
use crate::format::paths::{self, Page};
use crate::meetings::repo as meetings;
use crate::showcases::repo as showcases;

/// The files of the sitemap with each one's newest change. The numbered
/// files are as many as their pages need (none when there is nothing to
/// list); `per_file` is `SITEMAP_URLS_PER_FILE`.
pub fn index(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    per_file: u32,
) -> DbResult<Vec<(SitemapFile, Option<NaiveDateTime>)>> {
    let mut files = Vec::new();
    for file in [
        SitemapFile::Pages,
        SitemapFile::States,
        SitemapFile::Districts,
        SitemapFile::Sectors,
        SitemapFile::Gi,
        SitemapFile::Events,
        SitemapFile::Showcases,
    ] {
        let entries = entries(conn, file, now, per_file)?;
        files.push((file, entries.iter().filter_map(|e| e.lastmod).max()));
    }
    let numbered = |n: usize| u32::try_from(n + 1).unwrap_or(u32::MAX);
    let products = catalogue::product_files(conn, per_file.into())?;
    files.extend(
        products
            .into_iter()
            .enumerate()
            .map(|(i, at)| (SitemapFile::Products(numbered(i)), at)),
    );
    let producers = catalogue::producer_files(conn, per_file.into())?;
    files.extend(
        producers
            .into_iter()
            .enumerate()
            .map(|(i, at)| (SitemapFile::Producers(numbered(i)), at)),
    );
    Ok(files)
}

/// The addresses in `file`, or `None` when the index names no such file (a
/// numbered file past the last).
pub fn file(
    conn: &mut DbConnection,
    file: SitemapFile,
    now: NaiveDateTime,
    per_file: u32,
) -> DbResult<Option<Vec<Entry>>> {
    Ok(Some(entries(conn, file, now, per_file)?).filter(|e| !e.is_empty()))
}

/// The addresses in `file`, each kind's list page first where it has one.
fn entries(
    conn: &mut DbConnection,
    file: SitemapFile,
    now: NaiveDateTime,
    per_file: u32,
) -> DbResult<Vec<Entry>> {
    let window = |n: u32| {
        let per_file = i64::from(per_file);
        ((i64::from(n) - 1) * per_file, per_file)
    };
    Ok(match file {
        SitemapFile::Products(n) => catalogue::public_products(conn, window(n))?
            .into_iter()
            .map(|p| Entry::new(paths::product(&p.slug), Some(p.at)))
            .collect(),
        SitemapFile::Producers(n) => catalogue::public_producers(conn, window(n))?
            .into_iter()
            .map(|p| Entry::new(paths::producer(&p.slug), Some(p.at)))
            .collect(),
        SitemapFile::Pages => {
            // The home page shows the newest listings and featured showcases.
            let listing = catalogue::newest_listing(conn)?;
            let showcase = newest_featured_showcase(conn, now)?;
            vec![
                Entry::new("/", listing.max(showcase)),
                Entry::new("/about/data", None),
            ]
        }
        SitemapFile::States => {
            let by_district = catalogue::newest_listing_by_district(conn)?;
            let mut by_state: HashMap<i32, NaiveDateTime> = HashMap::new();
            for district in directory::all_districts(conn)? {
                if let Some(at) = by_district.get(&district.lgd_code) {
                    let newest = by_state.entry(district.state_code).or_insert(*at);
                    *newest = (*newest).max(*at);
                }
            }
            let states = directory::all_states(conn)?;
            std::iter::once(Entry::new("/states", by_state.values().max().copied()))
                .chain(states.into_iter().map(|s| {
                    Entry::new(
                        paths::path_to(Page::State, &s.slug),
                        by_state.get(&s.lgd_code).copied(),
                    )
                }))
                .collect()
        }
        SitemapFile::Districts => {
            let by_district = catalogue::newest_listing_by_district(conn)?;
            directory::all_districts(conn)?
                .into_iter()
                .map(|d| Entry::new(paths::district(&d.slug), by_district.get(&d.lgd_code).copied()))
                .collect()
        }
        SitemapFile::Sectors => {
            let by_sector = catalogue::newest_listing_by_sector(conn)?;
            Sector::ALL
                .into_iter()
                .map(|s| {
                    Entry::new(
                        paths::path_to(Page::Sector, s.slug()),
                        by_sector.get(s.slug()).copied(),
                    )
                })
                .collect()
        }
        SitemapFile::Gi => std::iter::once(Entry::new("/gi", None))
            .chain(
                directory_service::gi_category_slugs(conn)?
                    .into_iter()
                    .map(|slug| Entry::new(format!("/gi?category={slug}"), None)),
            )
            .collect(),
        SitemapFile::Events => {
            let events = meetings::published_event_changes(conn)?;
            let newest = events.iter().map(|(_, at)| *at).max();
            std::iter::once(Entry::new("/events", newest))
                .chain(
                    events
                        .into_iter()
                        .map(|(slug, at)| Entry::new(paths::event(&slug), Some(at))),
                )
                .collect()
        }
        SitemapFile::Showcases => {
            // The list page counts as one of the file's URLs.
            let live = showcases::live(conn, now, false, i64::from(MOST_URLS_PER_FILE) - 1)?;
            let newest = live.iter().map(|s| s.last_change()).max();
            std::iter::once(Entry::new("/showcases", newest))
                .chain(
                    live.iter()
                        .map(|s| Entry::new(paths::showcase(&s.slug), Some(s.last_change()))),
                )
                .collect()
        }
    })
}

/// When the newest featured live showcase (the home page shows them) last changed.
fn newest_featured_showcase(conn: &mut DbConnection, now: NaiveDateTime) -> DbResult<Option<NaiveDateTime>> {
    Ok(showcases::live(conn, now, true, i64::from(MOST_URLS_PER_FILE))?
        .iter()
        .map(|s| s.last_change())
        .max())
}
