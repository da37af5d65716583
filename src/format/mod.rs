//! How numbers, money, dates and page addresses read, on every page and in every e-mail.
//!
//! Below the domain areas so that the catalogue's and enquiries' views, the
//! e-mails they queue and the web layer's view models all word a price or a
//! date the same way; `web::present` registers these as tera filters.

pub mod dates;
mod markup;
pub mod money;
pub mod numbers;
pub mod paths;

pub use dates::DateStyle;
pub use markup::{code_spans, escape_markup};
pub use money::{Amount, PriceRange, money, per_unit, quantity, unit_name, with_quantity};
pub use numbers::{decimal, format_decimal, group_thousands};
