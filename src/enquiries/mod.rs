//! Enquiries and buy requests: buyer profiles, a buyer's enquiry on a
//! product, open buy requests (RFQs) that an admin approves before they
//! reach matching producers, the conversations that follow with messages
//! and quotes, and the controls against abuse. Every step is e-mailed to
//! the other side through the outbox.

mod badges;
pub mod buyers;
mod checks;
pub mod comparison;
mod error;
pub mod model;
pub mod notify;
pub mod orders;
pub mod repo;
pub mod rfq_closing;
pub mod rfq_matching;
pub mod rfqs;
pub mod threads;
pub mod values;
pub mod views;

pub use error::EnquiryError;
