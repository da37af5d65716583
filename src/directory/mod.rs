//! States, districts (LGD codes), the official ODOP list, the GI register,
//! HS/HSN codes, countries and currencies — seeded from `data/seed/`.

mod error;
pub mod model;
pub mod names;
pub mod repo;
pub mod seed;
pub mod service;
mod source;

pub use error::DirectoryError;
pub use model::Sector;
pub use source::{SeedData, slugify};
