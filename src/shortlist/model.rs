//! Rows of the shortlist: one per saved listing or producer.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{saved_producers, saved_products};

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = saved_products)]
pub struct SavedProduct<'a> {
    pub buyer_id: &'a str,
    pub product_id: &'a str,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = saved_producers)]
pub struct SavedProducer<'a> {
    pub buyer_id: &'a str,
    pub producer_id: &'a str,
    pub created_at: NaiveDateTime,
}
