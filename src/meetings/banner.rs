//! An event's banner photo: one picture through the media pipeline, shown
//! across the top of the event's page and on its card in `/events`.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::error::MeetingError;
use super::events;
use super::model::EventId;
use crate::accounts::User;
use crate::db::{DbConnection, DbResult};
use crate::media;
use crate::schema::event_banners;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Queryable, Selectable)]
#[diesel(table_name = event_banners)]
pub struct Banner {
    pub hash: String,
    pub width: i32,
    pub height: i32,
}

pub fn banner_of(conn: &mut DbConnection, event: &EventId) -> DbResult<Option<Banner>> {
    Ok(event_banners::table
        .find(event)
        .select(Banner::as_select())
        .first(conn)
        .optional()?)
}

/// Makes a stored image the banner of the event `slug` organises. Returns
/// the hash of the banner it replaces when nothing uses it any more, for the
/// caller to delete its files.
pub fn set_banner(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    banner: &Banner,
    now: NaiveDateTime,
) -> Result<Option<String>, MeetingError> {
    let event = events::organised(conn, user, slug)?;
    let old = banner_of(conn, &event.id)?;
    diesel::delete(event_banners::table.find(&event.id)).execute(conn)?;
    diesel::insert_into(event_banners::table)
        .values((
            event_banners::event_id.eq(&event.id),
            event_banners::hash.eq(&banner.hash),
            event_banners::width.eq(banner.width),
            event_banners::height.eq(banner.height),
            event_banners::created_at.eq(now),
        ))
        .execute(conn)?;
    unused(conn, old.map(|b| b.hash).filter(|old| *old != banner.hash))
}

/// Takes the banner off the event `slug` organises; its hash when nothing
/// uses it any more.
pub fn remove_banner(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
) -> Result<Option<String>, MeetingError> {
    let event = events::organised(conn, user, slug)?;
    let old = banner_of(conn, &event.id)?;
    diesel::delete(event_banners::table.find(&event.id)).execute(conn)?;
    unused(conn, old.map(|b| b.hash))
}

fn unused(conn: &mut DbConnection, hash: Option<String>) -> Result<Option<String>, MeetingError> {
    match hash {
        Some(hash) if !media::image_hash_in_use(conn, &hash)? => Ok(Some(hash)),
        _ => Ok(None),
    }
}

/// The banners of `events`, for a list of events.
pub fn banners_of(conn: &mut DbConnection, events: &[EventId]) -> DbResult<HashMap<EventId, Banner>> {
    Ok(event_banners::table
        .filter(event_banners::event_id.eq_any(events))
        .select((event_banners::event_id, Banner::as_select()))
        .load::<(EventId, Banner)>(conn)?
        .into_iter()
        .collect())
}
