//! Outcome queries, inside the caller's transaction.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{Outcome, buyer_and_producer};
use crate::db::{DbConnection, DbResult};
use crate::enquiries::model::EnquiryId;
use crate::meetings::model::{MeetingId, Participant, ParticipantId};
use crate::schema::{enquiries, meeting_outcomes, producers};

pub fn find(
    conn: &mut DbConnection,
    meeting: &MeetingId,
    participant: &ParticipantId,
) -> DbResult<Option<Outcome>> {
    Ok(meeting_outcomes::table
        .find((meeting, participant))
        .select(Outcome::as_select())
        .first(conn)
        .optional()?)
}

/// Every outcome `participant` gave, by meeting.
pub fn outcomes_of(
    conn: &mut DbConnection,
    participant: &ParticipantId,
) -> DbResult<HashMap<MeetingId, Outcome>> {
    Ok(meeting_outcomes::table
        .filter(meeting_outcomes::participant_id.eq(participant))
        .select(Outcome::as_select())
        .load(conn)?
        .into_iter()
        .map(|outcome| (outcome.meeting_id.clone(), outcome))
        .collect())
}

/// Writes `outcome`'s own answer, the first time or over an earlier one;
/// the follow-up columns are left as they are.
pub fn save(conn: &mut DbConnection, outcome: &Outcome) -> DbResult<()> {
    let changed =
        diesel::update(meeting_outcomes::table.find((&outcome.meeting_id, &outcome.participant_id)))
            .set((
                meeting_outcomes::took_place.eq(outcome.took_place),
                meeting_outcomes::result.eq(outcome.result),
                meeting_outcomes::expected_minor.eq(outcome.expected_minor),
                meeting_outcomes::expected_currency.eq(&outcome.expected_currency),
                meeting_outcomes::note.eq(&outcome.note),
                meeting_outcomes::enquiry_id.eq(&outcome.enquiry_id),
                meeting_outcomes::updated_at.eq(outcome.updated_at),
            ))
            .execute(conn)?;
    if changed == 0 {
        diesel::insert_into(meeting_outcomes::table)
            .values(outcome)
            .execute(conn)?;
    }
    Ok(())
}

/// Writes the follow-up in `answered` if none was given yet; whether it was.
pub fn answer_follow_up(conn: &mut DbConnection, answered: &Outcome) -> DbResult<bool> {
    let changed = diesel::update(
        meeting_outcomes::table
            .find((&answered.meeting_id, &answered.participant_id))
            .filter(meeting_outcomes::followed_up_at.is_null()),
    )
    .set((
        meeting_outcomes::follow_up.eq(answered.follow_up),
        meeting_outcomes::order_minor.eq(answered.order_minor),
        meeting_outcomes::order_currency.eq(&answered.order_currency),
        meeting_outcomes::follow_up_note.eq(&answered.follow_up_note),
        meeting_outcomes::followed_up_at.eq(answered.followed_up_at),
        meeting_outcomes::updated_at.eq(answered.updated_at),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// The enquiry threads between the buyer and the producer of a pair, most
/// recently active first: their subject and when they began.
pub fn threads_between(
    conn: &mut DbConnection,
    me: &Participant,
    other: &Participant,
) -> DbResult<Vec<(EnquiryId, String, NaiveDateTime)>> {
    let (buyer, producer) = buyer_and_producer(me, other);
    let producer_ids = producers::table
        .filter(producers::user_id.eq(&producer.user_id))
        .select(producers::id);
    Ok(enquiries::table
        .filter(enquiries::buyer_id.eq(&buyer.user_id))
        .filter(enquiries::producer_id.eq_any(producer_ids))
        .order(enquiries::last_activity_at.desc())
        .select((enquiries::id, enquiries::subject, enquiries::created_at))
        .load::<(String, String, NaiveDateTime)>(conn)?
        .into_iter()
        .map(|(id, subject, at)| (EnquiryId::from(id), subject, at))
        .collect())
}
