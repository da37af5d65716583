//! Producer profiles and product listings: photos, statuses (draft →
//! submitted → published, or changes requested / rejected; archived),
//! moderation, bulk import, and the documents the search index is built from.

pub mod api_views;
pub mod demo;
mod error;
pub mod import;
pub mod listings;
pub mod model;
pub mod moderation;
pub mod photos;
pub mod profile;
pub mod repo;
mod search_docs;
pub mod sitemap;
pub mod suspension;
pub mod translations;
pub mod unpublished;
pub mod upload_limits;
pub mod values;
pub mod verification;
pub mod views;

pub use error::CatalogueError;
pub use search_docs::{listing_counts, published_ids, search_documents};

/// The catalogue's published products, as the search index reads them.
pub fn document_source() -> std::sync::Arc<dyn crate::search::DocumentSource> {
    std::sync::Arc::new(crate::search::FnSource {
        published_ids,
        documents: search_documents,
    })
}
