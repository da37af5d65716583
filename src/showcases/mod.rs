//! Showcases: collections of published listings that organisers curate
//! ("Handlooms of Uttar Pradesh", a trade delegation's gift catalogue),
//! each with a theme, a banner, the curator's note on every product,
//! optional pavilions and a publish window; featured ones lead the home
//! page. [`service`] holds the curators' use cases, [`views`] what the
//! public pages and the editor show, [`notify`] the e-mail a curator gets
//! when one of their products stops being published.

mod error;
pub mod model;
pub mod notify;
pub mod repo;
pub mod service;
pub mod views;

pub use error::ShowcaseError;
