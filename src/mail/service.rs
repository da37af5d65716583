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
    queue(conn, email, id.clone(), now)?;
    Ok(id)
}

/// Names the ids of e-mails queued with [`enqueue_once`] (UUIDv5, "mail.send").
const ONCE: uuid::Uuid = uuid::Uuid::from_u128(0x6d61_696c_2e73_656e_642d_6f6e_6365_0001);

/// Queues `email` unless an e-mail was queued under `key` before; returns
/// whether it was queued now. For a job that may run twice (its worker died
/// after the work but before recording it) and must still send one message:
/// the job id is a UUIDv5 of `key`, a valid `Message-ID` like any other.
pub fn enqueue_once(
    conn: &mut DbConnection,
    email: OutgoingEmail,
    key: &str,
    now: NaiveDateTime,
) -> DbResult<bool> {
    let id = uuid::Uuid::new_v5(&ONCE, key.as_bytes()).to_string();
    queue(conn, email, id, now)
}

fn queue(conn: &mut DbConnection, email: OutgoingEmail, id: String, now: NaiveDateTime) -> DbResult<bool> {
    let payload = serde_json::to_value(&email)
        .map_err(|e| DbError::Query(diesel::result::Error::SerializationError(Box::new(e))))?;
    repo::enqueue(conn, NewJob::new(SEND_EMAIL, payload).with_key(id), now)
}
