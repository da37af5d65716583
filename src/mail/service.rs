//! Queuing e-mail: one job per message, written in the caller's transaction
//! so an e-mail exists exactly when the change that causes it commits.

use chrono::NaiveDateTime;

use super::model::OutgoingEmail;
use crate::db::{DbConnection, DbError, DbResult};
use crate::jobs::{NewJob, repo};

/// The job kind that sends one [`OutgoingEmail`].
pub const SEND_EMAIL: &str = "mail.send";

/// Queues `email` and returns its job id, which also becomes the message's
/// `Message-ID`, so a retry after a lost reply is recognisably the same
/// message. The default attempts keep retrying for about a day.
pub fn enqueue(conn: &mut DbConnection, email: OutgoingEmail, now: NaiveDateTime) -> DbResult<String> {
    let id = uuid::Uuid::now_v7().to_string();
    let payload = serde_json::to_value(&email)
        .map_err(|e| DbError::Query(diesel::result::Error::SerializationError(Box::new(e))))?;
    repo::enqueue(conn, NewJob::new(SEND_EMAIL, payload).with_key(id.clone()), now)?;
    Ok(id)
}
