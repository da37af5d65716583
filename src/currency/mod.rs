//! Prices in the buyer's currency: the European Central Bank's daily
//! reference rates, fetched by a job and stored with their date
//! (`ecb`, `fetch`, `rates`), cross rates between any two of them
//! (`convert`), which currency a reader wants (`choice`), and the
//! approximate figures pages show beside a listing's own price (`display`).
//! Prices stay stored in the producer's currency; conversion is display and
//! search only.

pub mod choice;
pub mod convert;
pub mod display;
pub mod ecb;
pub mod fetch;
pub mod model;
pub mod rates;

pub use convert::{PerEur, RateTable};
pub use model::Currency;
