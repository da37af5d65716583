//! The header's unread badge. Each account's count of enquiry messages and
//! quotes waiting for it lives on its `users` row, so the one query that
//! loads a signed-in visitor reads it and no page counts conversations.
//! Every change to a conversation's unread counters goes through
//! [`recounted`], which recounts both parties' totals in its transaction.
//! The accounts keep the number; only this area knows what it counts.

use diesel::prelude::*;

use super::repo;
use super::values::Side;
use crate::accounts::repo as accounts_repo;
use crate::db::{DbConnection, DbResult};
use crate::schema::producers;

/// Runs `change` to the unread counters of a conversation between buyer
/// `buyer_id` and producer `producer_id`, then sets both parties' badges to
/// their new totals. Their account rows are held first, so two conversations
/// of one account changing at once on PostgreSQL cannot count each other
/// out: the second recount waits for the first transaction and sees it.
pub(super) fn recounted<T>(
    conn: &mut DbConnection,
    buyer_id: &str,
    producer_id: &str,
    change: impl FnOnce(&mut DbConnection) -> DbResult<T>,
) -> DbResult<T> {
    let producer_user: Option<String> = producers::table
        .find(producer_id)
        .select(producers::user_id)
        .first(conn)
        .optional()?;
    let mut holders = vec![buyer_id];
    holders.extend(producer_user.as_deref());
    accounts_repo::hold_unread(conn, &holders)?;
    let changed = change(conn)?;
    let buyer_total = repo::unread_total(conn, Side::Buyer, buyer_id)?;
    accounts_repo::set_unread_messages(conn, buyer_id, buyer_total)?;
    if let Some(producer_user) = &producer_user {
        let producer_total = repo::unread_total(conn, Side::Producer, producer_id)?;
        accounts_repo::set_unread_messages(conn, producer_user, producer_total)?;
    }
    Ok(changed)
}
