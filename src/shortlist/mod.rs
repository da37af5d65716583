//! A buyer's shortlist: listings and producers saved to come back to and
//! compare. Only published listings and producers whose account stands can
//! be saved; a listing that is unpublished later stays on the list, marked,
//! until the buyer removes it. Only the buyer sees their shortlist.

mod error;
pub mod model;
pub mod repo;
pub mod service;

pub use error::ShortlistError;

use crate::accounts::{Role, User};
use crate::db::{DbConnection, DbResult};
use service::Saved;

/// Whether `user` saved the listing or producer `id`: `None` unless a buyer,
/// since no one else keeps a shortlist.
pub fn saved_by(
    conn: &mut DbConnection,
    user: Option<&User>,
    kind: Saved,
    id: &str,
) -> DbResult<Option<bool>> {
    let Some(user) = user.filter(|u| u.role() == Role::Buyer) else {
        return Ok(None);
    };
    Ok(Some(match kind {
        Saved::Product => repo::product_is_saved(conn, &user.id, id)?,
        Saved::Producer => repo::producer_is_saved(conn, &user.id, id)?,
    }))
}
