//! odop-bazaar: a B2B marketplace for India's One District One Product
//! producers and the overseas buyers who source from them.

pub mod accounts;
pub mod background;
pub mod backup;
pub mod catalogue;
pub mod cli;
pub mod clock;
pub mod currency;
pub mod db;
pub mod directory;
pub mod domain;
pub mod enquiries;
pub mod files;
pub mod format;
pub mod heavy_work;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod media;
pub mod meetings;
pub mod print;
pub mod rate_limit;
pub mod schema;
pub mod search;
pub mod settings;
pub mod shortlist;
pub mod showcases;
pub mod sitemaps;
pub mod startup;
pub mod telemetry;
pub mod web;
