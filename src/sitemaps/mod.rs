//! The sitemaps (sitemaps.org protocol): every public page, in files per
//! kind of page, named by an index. It reads the directory, the catalogue,
//! the meetings and the showcases and is read by no area.

pub mod model;
pub mod service;

pub use model::{Entry, SitemapFile};
