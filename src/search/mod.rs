//! Product search: one adapter, two engines. `MEILI_URL` set → Meilisearch;
//! otherwise an embedded tantivy index under `DATA_DIR/search`. Both read
//! `search-config/` (settings and the multilingual glossary), parse queries
//! the same way ([`query`]) and mark matches the same way ([`highlight`]), so
//! pages and the API give the same kind of results whichever answers.
//!
//! The index follows the catalogue through jobs ([`jobs`]): the catalogue
//! enqueues `search.index` with product ids in the transaction that changes
//! them; the worker loads the published documents and writes them.

pub mod config;
mod embedded;
pub mod embedded_claim;
pub mod engine;
mod engine_answer;
mod error;
pub mod highlight;
pub mod jobs;
pub mod maintenance;
mod meili;
mod meili_http;
pub mod model;
pub mod origins;
pub mod query;
pub mod service;
pub mod suggest;
pub mod text;

pub use engine::SearchEngine;
pub use error::SearchError;
pub use jobs::{INDEX_PRODUCTS, REMOVE_PRODUCTS, enqueue_index, enqueue_remove};
pub use maintenance::{DocumentSource, FnSource, ReindexReport, VerifyReport};
pub use model::{Facets, Filters, ProductDocument, SearchHit, SearchQuery, SearchResults, SortOrder};
pub use query::SearchParams;
