//! The languages the site speaks: which one a request gets
//! ([`negotiate`]), the Fluent messages each is written in, and how numbers
//! and dates read in it.

mod language;
mod negotiate;

pub use language::{Direction, Language};
pub use negotiate::{Asked, negotiate};
