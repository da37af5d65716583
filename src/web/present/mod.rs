//! Presentation: the typed view models pages render, the product card every
//! grid of listings shares, the paths of public pages, and the tera filters.
//! Handlers extract, call a service, build a view here and render it;
//! numbers, money and dates are worded by `crate::format`, shared with e-mails.

pub mod admin;
pub mod api_reference;
pub mod audit;
pub mod cards;
pub mod destination;
pub mod draft;
pub mod links;
pub mod listings;
pub mod matching;
pub mod meetings;
pub mod pages;
pub mod pagination;
pub mod report;
pub mod scheduler;
pub mod search;
pub mod shortlist;
pub mod showcases;
pub mod sitemap;
mod tera;
pub mod thread_meetings;

pub use self::tera::register as register_tera;
