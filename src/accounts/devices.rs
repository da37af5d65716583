//! Browsers that have signed in to an account before. A browser keeps a
//! random secret in a long-lived cookie of its own (it survives signing
//! out); only the secret's digest is stored. A browser known to the account
//! is let through the per-account sign-in limit, so someone guessing at a
//! person's password cannot lock that person out, and a sign-in from a
//! browser the account has never used is e-mailed to its owner.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::model::UserId;
use super::tokens;
use crate::db::{DbConnection, DbResult};
use crate::schema::known_devices;

/// The secret a browser presents, or a new one for a browser that has none.
#[derive(Debug, Clone)]
pub struct DeviceSecret {
    pub secret: String,
    /// Whether the browser must be given the secret (it came without one).
    pub is_new: bool,
}

impl DeviceSecret {
    pub fn from_cookie(cookie: Option<&str>) -> Self {
        match cookie.filter(|value| value.len() >= 32) {
            Some(secret) => Self {
                secret: secret.to_owned(),
                is_new: false,
            },
            None => Self {
                secret: tokens::new_secret(),
                is_new: true,
            },
        }
    }
}

/// Whether this browser has signed in to the account before.
pub fn is_known(conn: &mut DbConnection, user_id: &UserId, device: &DeviceSecret) -> DbResult<bool> {
    if device.is_new {
        return Ok(false);
    }
    let found: i64 = known_devices::table
        .filter(known_devices::user_id.eq(user_id))
        .filter(known_devices::secret_hash.eq(tokens::digest(&device.secret)))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

/// Whether the account has signed in from any browser before.
pub fn any_known(conn: &mut DbConnection, user_id: &UserId) -> DbResult<bool> {
    let found: i64 = known_devices::table
        .filter(known_devices::user_id.eq(user_id))
        .count()
        .get_result(conn)?;
    Ok(found > 0)
}

/// Records a successful sign-in from this browser.
pub fn remember(
    conn: &mut DbConnection,
    user_id: &UserId,
    device: &DeviceSecret,
    description: &str,
    now: NaiveDateTime,
) -> DbResult<()> {
    let digest = tokens::digest(&device.secret);
    let touched = diesel::update(
        known_devices::table
            .filter(known_devices::user_id.eq(user_id))
            .filter(known_devices::secret_hash.eq(&digest)),
    )
    .set(known_devices::last_seen_at.eq(now))
    .execute(conn)?;
    if touched == 0 {
        diesel::insert_into(known_devices::table)
            .values((
                known_devices::id.eq(uuid::Uuid::now_v7().to_string()),
                known_devices::user_id.eq(user_id),
                known_devices::secret_hash.eq(digest),
                known_devices::device.eq(description),
                known_devices::first_seen_at.eq(now),
                known_devices::last_seen_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}
