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

use actix_web::body::{BoxBody, to_bytes};
use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse};

use chrono::NaiveDateTime;

use super::{AppError, AppState, Viewer};
use crate::catalogue::repo::catalogue_generation;
use crate::db::{DbConnection, DbError, DbResult};

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

/// The page at `req`'s path from the cache, or `render`ed (and kept when it
/// is a 200 for a visitor with nothing personal on it).
pub async fn cached_page<F>(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    render: F,
) -> Result<HttpResponse, AppError>
where
    F: Future<Output = Result<HttpResponse, AppError>>,
{
    kept_or_rendered(state, viewer, req, None, render).await
}

/// The last instant up to now at which a page changed with no write to
/// bump the generation (a showcase's window opening or closing).
pub type ChangedAt = fn(&mut DbConnection, NaiveDateTime) -> DbResult<Option<NaiveDateTime>>;

/// [`cached_page`] for a page that also changes with the clock: a copy is
/// kept per instant `changed_at` names, read in the same transaction as the
/// generation, so once that instant passes the page is rendered afresh.
pub async fn cached_timed_page<F>(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    changed_at: ChangedAt,
    render: F,
) -> Result<HttpResponse, AppError>
where
    F: Future<Output = Result<HttpResponse, AppError>>,
{
    kept_or_rendered(state, viewer, req, Some(changed_at), render).await
}

async fn kept_or_rendered<F>(
    state: &AppState,
    viewer: &Viewer,
    req: &HttpRequest,
    changed_at: Option<ChangedAt>,
    render: F,
) -> Result<HttpResponse, AppError>
where
    F: Future<Output = Result<HttpResponse, AppError>>,
{
    if !viewer.is_anonymous() {
        return render.await;
    }
    let now = state.clock.now();
    let (generation, changed) = match (state.generation.current(), changed_at) {
        // Nothing but the generation decides this page: no query at all.
        (Some(generation), None) => (generation, None),
        (_, changed_at) => {
            state
                .db
                .read(move |conn| {
                    let changed = match changed_at {
                        Some(changed_at) => changed_at(conn, now)?,
                        None => None,
                    };
                    Ok::<_, DbError>((catalogue_generation(conn)?, changed))
                })
                .await?
        }
    };
    let key = match changed {
        Some(at) => format!("{}@{at}", req.path()),
        None => req.path().to_owned(),
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
