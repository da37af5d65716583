//! What an event's organisers do with its meetings: see every meeting booked
//! in it and give one its own video link (a room the mission already runs,
//! say), which both sides receive as an updated invitation, and the audit
//! log records.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use diesel::prelude::*;
use serde::Serialize;
use url::Url;

use super::audit::{self, AuditAction, AuditFacts};
use super::display;
use super::error::MeetingError;
use super::model::{Event, Meeting, MeetingStatus, ParticipantId, Side};
use super::{events, notify, repo};
use crate::accounts::User;
use crate::db::{DbConnection, DbError, DbResult};
use crate::domain::{Checks, transition};
use crate::format::dates;
use crate::i18n::Message;
use crate::schema::{event_participants, meetings, producers, users};

/// One side of a meeting as the organiser's list names it.
#[derive(Debug, Clone, Serialize)]
pub struct Party {
    pub name: String,
    pub side: Side,
    /// The meeting's start on their own clock: "15:30 CET (UTC+01:00)".
    pub local_time: String,
}

/// A meeting in the organiser's list of one event day.
#[derive(Debug, Clone, Serialize)]
pub struct ProgrammeMeeting {
    pub id: String,
    /// The start and end on the event's clock: "10:00–10:20".
    pub time: String,
    pub requester: Party,
    pub recipient: Party,
    pub status: MeetingStatus,
    pub status_label: &'static str,
    pub video_url: Option<String>,
    /// Accepted and not started: the organiser can still give it a link.
    pub link_editable: bool,
}

/// An event day in the organiser's list, with how many meetings it holds.
#[derive(Debug, Clone, Serialize)]
pub struct ProgrammeDay {
    /// `2027-03-02`, the page's `day` parameter.
    pub date: NaiveDate,
    /// "Tue 2 Mar"
    pub label: String,
    pub meetings: usize,
    pub current: bool,
}

/// The meetings of one day (the first by default) of the event `slug` that
/// hold a slot, requested or accepted, for its organisers only.
pub fn day_programme(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    day: Option<NaiveDate>,
    now: NaiveDateTime,
) -> Result<(Event, Vec<ProgrammeDay>, Vec<ProgrammeMeeting>), MeetingError> {
    let event = events::organised(conn, user, slug)?;
    let zone = event.zone()?;
    let meetings = meetings_in(conn, &event)?;
    let local_date = |m: &Meeting| m.starts_at.and_utc().with_timezone(&zone).date_naive();
    let dates: Vec<NaiveDate> = event.schedule()?.dates().collect();
    let day = day.filter(|d| dates.contains(d)).or(dates.first().copied());
    let days = dates
        .iter()
        .map(|&date| ProgrammeDay {
            date,
            label: dates::weekday_short(date),
            meetings: meetings.iter().filter(|m| local_date(m) == date).count(),
            current: Some(date) == day,
        })
        .collect();
    let parties = parties_of(conn, &event)?;
    let lines = meetings
        .iter()
        .filter(|m| Some(local_date(m)) == day)
        .map(|m| programme_meeting(m, zone, &parties, now))
        .collect::<Result<_, _>>()?;
    Ok((event, days, lines))
}

fn meetings_in(conn: &mut DbConnection, event: &Event) -> DbResult<Vec<Meeting>> {
    Ok(meetings::table
        .filter(meetings::event_id.eq(&event.id))
        .filter(meetings::status.eq_any(MeetingStatus::HOLDING))
        .order((meetings::starts_at, meetings::id))
        .select(Meeting::as_select())
        .load(conn)?)
}

/// One participant as the organiser's list names them.
struct Named {
    name: String,
    side: Side,
    zone: Tz,
}

#[derive(Queryable)]
struct PartyRow {
    id: ParticipantId,
    side: Side,
    time_zone: String,
    name: String,
    company: Option<String>,
    business_name: Option<String>,
}

/// Every participant's name (business for producers, company or name for
/// buyers), side and zone, in one query rather than a few per meeting.
fn parties_of(conn: &mut DbConnection, event: &Event) -> DbResult<HashMap<ParticipantId, Named>> {
    let rows: Vec<PartyRow> = event_participants::table
        .inner_join(users::table)
        .left_join(producers::table.on(producers::user_id.eq(event_participants::user_id)))
        .filter(event_participants::event_id.eq(&event.id))
        .select((
            event_participants::id,
            event_participants::side,
            event_participants::time_zone,
            users::name,
            users::company,
            producers::business_name.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let shown = match row.side {
                Side::Producer => row.business_name,
                Side::Buyer => row.company.filter(|c| !c.is_empty()),
            };
            let named = Named {
                name: shown.unwrap_or(row.name),
                side: row.side,
                zone: row.time_zone.parse().unwrap_or(Tz::UTC),
            };
            (row.id, named)
        })
        .collect())
}

fn programme_meeting(
    meeting: &Meeting,
    zone: Tz,
    parties: &HashMap<ParticipantId, Named>,
    now: NaiveDateTime,
) -> Result<ProgrammeMeeting, MeetingError> {
    let (start, end) = (meeting.starts_at.and_utc(), meeting.ends_at.and_utc());
    let party = |id: &ParticipantId| {
        let named = parties.get(id).ok_or(MeetingError::NotFound)?;
        Ok::<_, MeetingError>(Party {
            name: named.name.clone(),
            side: named.side,
            local_time: display::clock_time(start, named.zone),
        })
    };
    Ok(ProgrammeMeeting {
        id: meeting.id.to_string(),
        time: format!(
            "{}–{}",
            start.with_timezone(&zone).format("%H:%M"),
            end.with_timezone(&zone).format("%H:%M")
        ),
        requester: party(&meeting.requester_id)?,
        recipient: party(&meeting.recipient_id)?,
        status: meeting.status,
        status_label: meeting.status.label(),
        video_url: meeting.video_url.clone(),
        link_editable: meeting.status == MeetingStatus::Accepted && meeting.starts_at > now,
    })
}

/// An organiser gives an accepted meeting that has not started its own
/// video link, or (an empty `link`) a new room from the site's pattern.
/// Both sides get the updated invitation: same UID, SEQUENCE + 1.
pub fn set_video_link(
    conn: &mut DbConnection,
    user: &User,
    (slug, meeting_id): (&str, &str),
    link: &str,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Meeting, MeetingError> {
    let event = events::organised(conn, user, slug)?;
    let meeting = repo::find_meeting(conn, meeting_id)?
        .filter(|m| m.event_id == event.id)
        .ok_or(MeetingError::NotFound)?;
    if meeting.status != MeetingStatus::Accepted || meeting.starts_at <= now {
        return Err(MeetingError::NotAllowed(Message::new(
            "refusal-meeting-video-link",
        )));
    }
    let link = match video_link(link)? {
        Some(link) => link,
        None => links.rooms().room_for(&event),
    };
    if meeting.video_url.as_deref() == Some(link.as_str()) {
        return Ok(meeting);
    }
    let rows = diesel::update(
        meetings::table
            .filter(meetings::id.eq(&meeting.id))
            .filter(meetings::status.eq(MeetingStatus::Accepted)),
    )
    .set((
        meetings::video_url.eq(&link),
        meetings::sequence.eq(meetings::sequence + 1),
        meetings::updated_at.eq(now),
    ))
    .execute(conn)
    .map_err(DbError::from)?;
    transition::changed_one(rows)?;
    let meeting = repo::find_meeting(conn, &meeting.id)?.ok_or(MeetingError::NotFound)?;
    notify::meeting_updated(conn, &event, &meeting, notify::Change::VideoRoom, links, now)?;
    let facts = AuditFacts::of(conn, &meeting)?.with_note(Some(link));
    audit::record(
        conn,
        (&event.id, &meeting.id),
        user,
        AuditAction::VideoLink,
        &facts,
        now,
    )?;
    Ok(meeting)
}

/// A pasted link: an https address, or nothing for a new room.
fn video_link(link: &str) -> Result<Option<String>, MeetingError> {
    let mut checks = Checks::new();
    let link = checks.optional("video_url", link, |link| {
        let link = link.trim();
        Url::parse(link)
            .ok()
            .filter(|url| url.scheme() == "https" && url.host_str().is_some() && link.len() <= 500)
            .map(String::from)
            .ok_or_else(|| Message::new("meeting-video-url-invalid"))
    });
    checks.finish()?;
    Ok(link)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pasted_link_must_be_an_https_address() {
        assert_eq!(video_link("  ").ok(), Some(None));
        assert_eq!(
            video_link(" https://zoom.us/j/123?pwd=x ").ok(),
            Some(Some("https://zoom.us/j/123?pwd=x".to_owned()))
        );
        for bad in [
            "http://zoom.us/j/1",
            "javascript:alert(1)",
            "zoom.us/j/1",
            "https://",
        ] {
            assert!(video_link(bad).is_err(), "{bad}");
        }
    }
}
