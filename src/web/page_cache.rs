//! Rendered public pages, kept per instance while the catalogue generation
//! (bumped by triggers in the same transaction as every write to what these
//! pages show) is unchanged. The generation comes from `generation_watch`
//! (no query) while its reading is known current, else from the row: a write
//! through this instance shows on its next request, one made elsewhere within
//! `generation_watch::EVERY`. Only visitors for whom nothing on the page is
//! personal get a kept copy.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;

use actix_web::HttpResponse;
use actix_web::body::{BoxBody, to_bytes};
use actix_web::http::StatusCode;
use actix_web::web::Bytes;

use super::generation_watch::Seen;
use super::{AppError, AppState, Viewer};
use crate::catalogue::repo::catalogue_generation;
use crate::db::DbError;
use crate::showcases::repo::last_window_change;

/// Rendered pages by path (and, for pages that change with the clock, the
/// instant they last did), all of one catalogue generation.
pub struct PageCache {
    kept: Mutex<Kept>,
    /// The most page bytes kept; past it pages are rendered every time.
    budget: usize,
}

#[derive(Default)]
struct Kept {
    generation: i64,
    pages: HashMap<String, Bytes>,
    bytes: usize,
}

impl PageCache {
    pub fn new(budget: usize) -> Self {
        Self {
            kept: Mutex::new(Kept::default()),
            budget,
        }
    }

    fn get(&self, generation: i64, path: &str) -> Option<Bytes> {
        let mut kept = self.kept.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        // The generation only grows: a request that read an older one is
        // answered fresh rather than pulling the cache back.
        if generation > kept.generation {
            *kept = Kept {
                generation,
                ..Kept::default()
            };
        }
        (kept.generation == generation)
            .then(|| kept.pages.get(path).cloned())
            .flatten()
    }

    fn keep(&self, generation: i64, path: &str, html: Bytes) {
        let mut kept = self.kept.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if kept.generation == generation && kept.bytes + html.len() <= self.budget {
            kept.bytes += html.len();
            kept.pages.insert(path.to_owned(), html);
        }
    }
}

/// The page at the viewer's address from the cache, or `render`ed (and kept when it
/// is a 200 for a visitor with nothing personal on it).
pub async fn cached_page<F>(state: &AppState, viewer: &Viewer, render: F) -> Result<HttpResponse, AppError>
where
    F: Future<Output = Result<HttpResponse, AppError>>,
{
    kept_or_rendered(state, viewer, AlsoChangesWith::Nothing, render).await
}

/// What, besides the catalogue generation, a kept page changes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlsoChangesWith {
    Nothing,
    /// Showcase windows opening and closing, which write nothing (the home page).
    ShowcaseWindows,
}

/// [`cached_page`] for a page that also changes with the clock: a copy is
/// kept per last window edge up to now, so once an edge passes the page is
/// rendered afresh.
pub async fn cached_timed_page<F>(
    state: &AppState,
    viewer: &Viewer,
    render: F,
) -> Result<HttpResponse, AppError>
where
    F: Future<Output = Result<HttpResponse, AppError>>,
{
    kept_or_rendered(state, viewer, AlsoChangesWith::ShowcaseWindows, render).await
}

async fn kept_or_rendered<F>(
    state: &AppState,
    viewer: &Viewer,
    changes: AlsoChangesWith,
    render: F,
) -> Result<HttpResponse, AppError>
where
    F: Future<Output = Result<HttpResponse, AppError>>,
{
    if !viewer.is_anonymous() {
        return render.await;
    }
    let now = state.clock.now();
    let seen = match state.generation.current(now) {
        // Known without a query.
        Some(seen) => seen,
        // Read here, and the window edge only for the page that shows showcases.
        None => {
            state
                .db
                .read(move |conn| {
                    let last_edge = match changes {
                        AlsoChangesWith::Nothing => None,
                        AlsoChangesWith::ShowcaseWindows => last_window_change(conn, now)?,
                    };
                    Ok::<_, DbError>(Seen {
                        generation: catalogue_generation(conn)?,
                        last_edge,
                    })
                })
                .await?
        }
    };
    let generation = seen.generation;
    let changed = match changes {
        AlsoChangesWith::Nothing => None,
        AlsoChangesWith::ShowcaseWindows => seen.last_edge,
    };
    // The page is written in the visitor's locale and its language menu
    // links back to this address with its query.
    // …and shows prices in the visitor's currency at the rates of a day.
    let key = format!(
        "{} {} {}",
        viewer.locale.tag(),
        viewer.prices.cache_key(),
        viewer.here
    );
    let key = match changed {
        Some(at) => format!("{key}@{at}"),
        None => key,
    };
    if let Some(html) = state.pages.get(generation, &key) {
        metrics::counter!("page_cache_hits_total").increment(1);
        return Ok(HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .body(html));
    }
    metrics::counter!("page_cache_misses_total").increment(1);
    let response = render.await?;
    if response.status() != StatusCode::OK {
        return Ok(response);
    }
    let (response, body) = response.into_parts();
    let html = to_bytes(body)
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("reading a rendered page: {e}")))?;
    state.pages.keep(generation, &key, html.clone());
    Ok(response.set_body(BoxBody::new(html)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_generation_drops_every_kept_page() {
        let cache = PageCache::new(1_000);
        // As in a request: a lookup (a miss) comes before the page is kept.
        assert_eq!(cache.get(1, "/"), None);
        cache.keep(1, "/", Bytes::from_static(b"one"));
        assert_eq!(cache.get(1, "/"), Some(Bytes::from_static(b"one")));
        assert_eq!(cache.get(2, "/"), None);
        // A render started before the change cannot refill the new generation.
        cache.keep(1, "/", Bytes::from_static(b"one"));
        assert_eq!(cache.get(2, "/"), None);
        cache.keep(2, "/", Bytes::from_static(b"two"));
        cache.keep(3, "/", Bytes::from_static(b"three"));
        assert_eq!(
            cache.get(2, "/"),
            Some(Bytes::from_static(b"two")),
            "not kept ahead of a lookup"
        );
        assert_eq!(cache.get(1, "/"), None, "an older reader gets no page");
        assert_eq!(cache.get(2, "/"), Some(Bytes::from_static(b"two")));
    }

    #[test]
    fn pages_past_the_budget_are_not_kept() {
        let cache = PageCache::new(5);
        cache.keep(0, "/a", Bytes::from_static(b"abc"));
        cache.keep(0, "/b", Bytes::from_static(b"def"));
        assert!(cache.get(0, "/a").is_some());
        assert_eq!(cache.get(0, "/b"), None);
    }
}
