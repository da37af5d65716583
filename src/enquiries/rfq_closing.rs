//! How a buy request stops taking answers: at its deadline, by its buyer,
//! or once enough producers have quoted. Conversations (`threads`) and buy
//! requests (`rfqs`) both build on this, so neither depends on the other
//! for it.

use chrono::NaiveDateTime;

use super::error::EnquiryError;
use super::model::Rfq;
use super::notify::{self, Links};
use super::repo;
use super::values::{CloseReason, RfqStatus};
use crate::db::DbConnection;
use crate::i18n::Message;

/// A buy request closes once this many producers have quoted.
pub const MAX_QUOTES: i64 = 10;

/// Closes `rfq` for `reason` and tells its buyer; false when it was closed already.
pub(super) fn close_and_tell(
    conn: &mut DbConnection,
    rfq: &Rfq,
    reason: CloseReason,
    links: &Links,
    now: NaiveDateTime,
) -> Result<bool, EnquiryError> {
    match repo::close_rfq(conn, &rfq.id, reason, now) {
        Ok(()) => {}
        // Closed already, by its buyer, its deadline or enough quotes: nothing to tell.
        Err(EnquiryError::Changed(_)) => return Ok(false),
        Err(other) => return Err(other),
    }
    let quotes = repo::quote_count_of_rfq(conn, &rfq.id)?;
    if let Some(buyer) = crate::accounts::repo::find_user(conn, &rfq.buyer_id)? {
        notify::rfq_closed(conn, &buyer, rfq, reason.as_str(), quotes, links, now)?;
    }
    Ok(true)
}

/// The deadline job: closes the request if it is still open and due.
pub fn close_if_due(
    conn: &mut DbConnection,
    id: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<bool, EnquiryError> {
    match repo::find_rfq(conn, id)? {
        Some(rfq) if rfq.closes_at <= now => close_and_tell(conn, &rfq, CloseReason::Deadline, links, now),
        _ => Ok(false),
    }
}

pub fn close_if_enough_quotes(
    conn: &mut DbConnection,
    id: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<bool, EnquiryError> {
    match repo::find_rfq(conn, id)? {
        Some(rfq) if repo::quote_count_of_rfq(conn, id)? >= MAX_QUOTES => {
            close_and_tell(conn, &rfq, CloseReason::Quotes, links, now)
        }
        _ => Ok(false),
    }
}

pub fn require_open_for_quotes(conn: &mut DbConnection, id: &str) -> Result<(), EnquiryError> {
    match repo::find_rfq(conn, id)? {
        Some(rfq) if rfq.status == RfqStatus::Open => Ok(()),
        _ => Err(EnquiryError::NotAllowed(Message::new(
            "refusal-rfq-closed-to-quotes",
        ))),
    }
}
