//! Queries of meetings proposed from enquiry threads, each inside the
//! caller's transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::super::model::{Event, EventId, EventStatus, MeetingId, ParticipantStatus};
use super::super::repo as meetings_repo;
use crate::accounts::model::UserId;
use crate::db::{DbConnection, DbResult};
use crate::enquiries::model::EnquiryId;
use crate::schema::{enquiries, enquiry_events, enquiry_meetings, event_participants, events};

/// The programme of meetings on their own of thread `enquiry`, once written.
pub fn direct_event(conn: &mut DbConnection, enquiry: &EnquiryId) -> DbResult<Option<Event>> {
    Ok(enquiry_events::table
        .inner_join(events::table)
        .filter(enquiry_events::enquiry_id.eq(enquiry))
        .select(Event::as_select())
        .first(conn)
        .optional()?)
}

pub fn insert_direct_event(
    conn: &mut DbConnection,
    enquiry: &EnquiryId,
    event: &Event,
    now: NaiveDateTime,
) -> DbResult<()> {
    diesel::insert_into(events::table).values(event).execute(conn)?;
    diesel::insert_into(enquiry_events::table)
        .values((
            enquiry_events::enquiry_id.eq(enquiry),
            enquiry_events::event_id.eq(&event.id),
            enquiry_events::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Moves a thread's programme on to the days `event` now names.
pub fn move_programme(conn: &mut DbConnection, event: &Event) -> DbResult<()> {
    diesel::update(events::table.find(&event.id))
        .set((
            events::first_day.eq(event.first_day),
            events::days.eq(event.days),
            events::booking_opens_at.eq(event.booking_opens_at),
            events::booking_closes_at.eq(event.booking_closes_at),
            events::updated_at.eq(event.updated_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// The thread whose programme `event` is, if it is one.
pub fn thread_of_event(conn: &mut DbConnection, event: &EventId) -> DbResult<Option<EnquiryId>> {
    Ok(enquiry_events::table
        .filter(enquiry_events::event_id.eq(event))
        .select(enquiry_events::enquiry_id)
        .first(conn)
        .optional()?)
}

/// The published events in which both users are approved participants,
/// threads' own programmes left out, by first day.
pub fn events_of_both(conn: &mut DbConnection, users: (&UserId, &UserId)) -> DbResult<Vec<Event>> {
    let approved = |user: &UserId| {
        event_participants::table
            .filter(event_participants::user_id.eq(user.clone()))
            .filter(event_participants::status.eq(ParticipantStatus::Approved))
            .select(event_participants::event_id)
    };
    Ok(events::table
        .filter(events::status.eq(EventStatus::Published))
        .filter(events::id.eq_any(approved(users.0)))
        .filter(events::id.eq_any(approved(users.1)))
        .filter(diesel::dsl::not(
            events::id.eq_any(meetings_repo::threads_programmes()),
        ))
        .order(events::first_day.asc())
        .select(Event::as_select())
        .load(conn)?)
}

/// Records that `by` proposed `meeting` in thread `enquiry`.
pub fn link_meeting(
    conn: &mut DbConnection,
    meeting: &MeetingId,
    enquiry: &EnquiryId,
    by: &UserId,
    now: NaiveDateTime,
) -> DbResult<()> {
    diesel::insert_into(enquiry_meetings::table)
        .values((
            enquiry_meetings::meeting_id.eq(meeting),
            enquiry_meetings::enquiry_id.eq(enquiry),
            enquiry_meetings::proposed_by.eq(by),
            enquiry_meetings::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// The meetings proposed in thread `enquiry`, oldest first, with who
/// proposed each and when.
pub fn meetings_of_thread(
    conn: &mut DbConnection,
    enquiry: &EnquiryId,
) -> DbResult<Vec<(MeetingId, UserId, NaiveDateTime)>> {
    Ok(enquiry_meetings::table
        .filter(enquiry_meetings::enquiry_id.eq(enquiry))
        .order(enquiry_meetings::created_at.asc())
        .select((
            enquiry_meetings::meeting_id,
            enquiry_meetings::proposed_by,
            enquiry_meetings::created_at,
        ))
        .load(conn)?)
}

/// The thread `meeting` was proposed in, with its subject.
pub fn thread_of_meeting(
    conn: &mut DbConnection,
    meeting: &MeetingId,
) -> DbResult<Option<(EnquiryId, String)>> {
    Ok(enquiry_meetings::table
        .inner_join(enquiries::table)
        .filter(enquiry_meetings::meeting_id.eq(meeting))
        .select((enquiries::id, enquiries::subject))
        .first(conn)
        .optional()?)
}
