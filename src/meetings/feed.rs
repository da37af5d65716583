//! A participant's private calendar feed, `/meetings.ics?token=…`: one per
//! account across all its events, since calendar apps subscribe to one
//! address. It holds every meeting accepted (upcoming, or begun within the
//! last 30 days) as its invitations describe it, with the same UID and
//! SEQUENCE, and every cancelled one as `STATUS:CANCELLED`, so an app that
//! has the invitation too sees one meeting, and drops it when cancelled.
//!
//! The address is a secret. Only its SHA-256 is stored, as for API tokens,
//! so it is shown once, when it is made; resetting it makes a new one, and
//! the old one then finds nothing.

use std::collections::HashMap;

use chrono::{NaiveDateTime, TimeDelta};

use super::error::MeetingError;
use super::invite::{self, InviteMethod};
use super::model::{Event, EventId, MeetingStatus, ParticipantId};
use super::notify::{self, Links};
use super::repo;
use crate::accounts::repo as accounts_repo;
use crate::accounts::{User, tokens};
use crate::db::DbConnection;
use crate::i18n::{self, Message};

/// Where the feed is served.
pub const FEED_PATH: &str = "/meetings.ics";
/// How long a meeting stays in the feed after its start.
const RECENT: TimeDelta = TimeDelta::days(30);

/// Gives `user`'s feed a new secret, replacing any before; returns the new
/// address, to show once.
pub fn reset(
    conn: &mut DbConnection,
    user: &User,
    links: &Links,
    now: NaiveDateTime,
) -> Result<String, MeetingError> {
    let secret = tokens::new_secret();
    repo::replace_feed(conn, &user.id, &tokens::digest(&secret), now)?;
    Ok(links.feed(&secret))
}

/// When `user`'s feed address was made, if they have one.
pub fn made_at(conn: &mut DbConnection, user: &User) -> Result<Option<NaiveDateTime>, MeetingError> {
    Ok(repo::feed_made_at(conn, &user.id)?)
}

/// The calendar that `secret` opens; `None` for a secret that is not (or no
/// longer) a feed's, and for a suspended account.
pub fn calendar(
    conn: &mut DbConnection,
    secret: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<Option<String>, MeetingError> {
    let Some(user_id) = repo::feed_owner(conn, &tokens::digest(secret))? else {
        return Ok(None);
    };
    let Some(user) = accounts_repo::find_user(conn, &user_id)?.filter(|u| !u.is_suspended()) else {
        return Ok(None);
    };
    let places = repo::participations_of(conn, &user.id)?;
    let ids: Vec<&ParticipantId> = places.iter().map(|p| &p.id).collect();
    let mut events: HashMap<EventId, Event> = HashMap::new();
    let mut invites = Vec::new();
    for meeting in repo::calendar_meetings(conn, &ids, now - RECENT)? {
        if !events.contains_key(&meeting.event_id) {
            let event = repo::find_event(conn, &meeting.event_id)?.ok_or(MeetingError::NotFound)?;
            events.insert(event.id.clone(), event);
        }
        let event = events.get(&meeting.event_id).ok_or(MeetingError::NotFound)?;
        let method = match meeting.status {
            MeetingStatus::Accepted => InviteMethod::Request,
            _ => InviteMethod::Cancel,
        };
        invites.push(notify::last_invite(
            conn,
            event,
            &meeting,
            method,
            (&user, links),
        )?);
    }
    // The calendar's name in the apps that subscribe, in the account's language.
    let name = i18n::scoped(user.locale(), || Message::new("meetings-feed-name").to_string());
    Ok(Some(invite::feed(&name, &invites)))
}
