//! The programme report: what an event (or, for admins, every event)
//! achieved, from registrations to the orders reported 90 days on. Every
//! figure is one grouped query; no meeting is loaded into memory.
//!
//! A booked meeting's two sides are found through its holds (one per side
//! and slot), so a meeting can be counted by its producer or its buyer with
//! one join; a move being proposed holds a second slot, hence the counts of
//! distinct meetings.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use diesel::dsl::{count, count_star, sql};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable};

use super::error::MeetingError;
use super::model::{EventId, MeetingStatus, ParticipantStatus, Side};
use super::outcomes::{HowItWent, SinceThen, TookPlace};
use crate::db::{DbConnection, DbResult};
use crate::schema::{
    event_participants, meeting_holds, meeting_outcomes, meetings, producers, products, users,
};

/// Every figure of the report over the events in its scope.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProgrammeReport {
    /// Participants by side and status.
    pub registrations: Vec<(Side, ParticipantStatus, i64)>,
    /// Meeting requests by where they stand now.
    pub by_status: Vec<(MeetingStatus, i64)>,
    /// Requests ever accepted: accepted now, or cancelled after acceptance
    /// (they were given a video room).
    pub ever_accepted: i64,
    /// Accepted meetings whose end has passed.
    pub held: i64,
    /// Meetings at least one side reported the other did not come to.
    pub no_shows: i64,
    /// Meetings at least one side reported a technical problem in.
    pub technical: i64,
    /// Booked meetings of each approved producer (names by producer), none included.
    pub per_producer: Vec<(String, i64)>,
    /// Booked meetings by the buyer's country code (`None`: not given).
    pub by_country: Vec<(Option<String>, i64)>,
    /// Booked meetings by the producer's sectors (a producer in two sectors counts in both).
    pub by_sector: Vec<(String, i64)>,
    /// Booked meetings by the producer's district (LGD code).
    pub by_district: Vec<(i32, i64)>,
    /// Outcomes given, by whether it took place and how it went.
    pub outcomes: Vec<(TookPlace, Option<HowItWent>, i64)>,
    /// Expected values reported, summed by currency (minor units).
    pub expected_values: Vec<(String, i64)>,
    /// Follow-ups by what happened since.
    pub follow_ups: Vec<(SinceThen, i64)>,
    /// Orders reported in follow-ups, summed by currency (minor units).
    pub order_values: Vec<(String, i64)>,
}

impl ProgrammeReport {
    /// Requests made, whatever came of them.
    pub fn requests(&self) -> i64 {
        self.by_status.iter().map(|(_, n)| n).sum()
    }

    /// Requests answered or lapsed: all but those still waiting.
    pub fn decided(&self) -> i64 {
        self.requests() - self.count_of(MeetingStatus::Requested)
    }

    pub fn count_of(&self, status: MeetingStatus) -> i64 {
        self.by_status
            .iter()
            .filter(|(s, _)| *s == status)
            .map(|(_, n)| n)
            .sum()
    }

    pub fn producers_without_meetings(&self) -> impl Iterator<Item = &str> {
        self.per_producer
            .iter()
            .filter(|(_, n)| *n == 0)
            .map(|(name, _)| name.as_str())
    }
}

/// `part` of `whole` as a whole percentage ("25%"), or "–" when there is no whole.
pub fn percent(part: i64, whole: i64) -> String {
    if whole <= 0 {
        return "–".to_owned();
    }
    format!("{}%", (part * 100 + whole / 2) / whole)
}

/// The report over `events` at `now`.
pub fn programme_report(
    conn: &mut DbConnection,
    events: &[EventId],
    now: NaiveDateTime,
) -> Result<ProgrammeReport, MeetingError> {
    Ok(ProgrammeReport {
        registrations: registrations(conn, events)?,
        by_status: by_status(conn, events)?,
        ever_accepted: meetings::table
            .filter(meetings::event_id.eq_any(events))
            .filter(meetings::video_url.is_not_null())
            .filter(meetings::status.eq_any([MeetingStatus::Accepted, MeetingStatus::Cancelled]))
            .count()
            .get_result(conn)?,
        held: meetings::table
            .filter(meetings::event_id.eq_any(events))
            .filter(meetings::status.eq(MeetingStatus::Accepted))
            .filter(meetings::ends_at.le(now))
            .count()
            .get_result(conn)?,
        no_shows: reported(conn, events, TookPlace::NoShow)?,
        technical: reported(conn, events, TookPlace::Technical)?,
        per_producer: per_producer(conn, events)?,
        by_country: by_country(conn, events)?,
        by_sector: by_sector(conn, events)?,
        by_district: by_district(conn, events)?,
        outcomes: meeting_outcomes::table
            .filter(meeting_outcomes::event_id.eq_any(events))
            .group_by((meeting_outcomes::took_place, meeting_outcomes::result))
            .select((
                meeting_outcomes::took_place,
                meeting_outcomes::result,
                count_star(),
            ))
            .order((meeting_outcomes::took_place, meeting_outcomes::result))
            .load(conn)?,
        expected_values: sums(
            meeting_outcomes::table
                .filter(meeting_outcomes::event_id.eq_any(events))
                .filter(meeting_outcomes::expected_currency.is_not_null())
                .group_by(meeting_outcomes::expected_currency)
                .select((
                    meeting_outcomes::expected_currency,
                    sql::<Nullable<BigInt>>("CAST(SUM(meeting_outcomes.expected_minor) AS BIGINT)"),
                ))
                .order(meeting_outcomes::expected_currency)
                .load(conn)?,
        ),
        follow_ups: meeting_outcomes::table
            .filter(meeting_outcomes::event_id.eq_any(events))
            .filter(meeting_outcomes::follow_up.is_not_null())
            .group_by(meeting_outcomes::follow_up)
            .select((meeting_outcomes::follow_up, count_star()))
            .order(meeting_outcomes::follow_up)
            .load::<(Option<SinceThen>, i64)>(conn)?
            .into_iter()
            .filter_map(|(since, n)| Some((since?, n)))
            .collect(),
        order_values: sums(
            meeting_outcomes::table
                .filter(meeting_outcomes::event_id.eq_any(events))
                .filter(meeting_outcomes::order_currency.is_not_null())
                .group_by(meeting_outcomes::order_currency)
                .select((
                    meeting_outcomes::order_currency,
                    sql::<Nullable<BigInt>>("CAST(SUM(meeting_outcomes.order_minor) AS BIGINT)"),
                ))
                .order(meeting_outcomes::order_currency)
                .load(conn)?,
        ),
    })
}

fn sums(rows: Vec<(Option<String>, Option<i64>)>) -> Vec<(String, i64)> {
    rows.into_iter()
        .filter_map(|(code, sum)| Some((code?, sum.unwrap_or(0))))
        .collect()
}

fn registrations(
    conn: &mut DbConnection,
    events: &[EventId],
) -> DbResult<Vec<(Side, ParticipantStatus, i64)>> {
    Ok(event_participants::table
        .filter(event_participants::event_id.eq_any(events))
        .group_by((event_participants::side, event_participants::status))
        .select((event_participants::side, event_participants::status, count_star()))
        .order((event_participants::side.desc(), event_participants::status))
        .load(conn)?)
}

fn by_status(conn: &mut DbConnection, events: &[EventId]) -> DbResult<Vec<(MeetingStatus, i64)>> {
    Ok(meetings::table
        .filter(meetings::event_id.eq_any(events))
        .group_by(meetings::status)
        .select((meetings::status, count_star()))
        .order(meetings::status)
        .load(conn)?)
}

/// Meetings at least one side said `what` of.
fn reported(conn: &mut DbConnection, events: &[EventId], what: TookPlace) -> DbResult<i64> {
    Ok(meeting_outcomes::table
        .filter(meeting_outcomes::event_id.eq_any(events))
        .filter(meeting_outcomes::took_place.eq(what))
        .select(count(meeting_outcomes::meeting_id).aggregate_distinct())
        .first(conn)?)
}

/// The booked meetings' holds joined to the side holding them.
macro_rules! booked_sides {
    ($events:expr, $side:expr) => {
        meeting_holds::table
            .inner_join(meetings::table.on(meetings::id.nullable().eq(meeting_holds::meeting_id)))
            .inner_join(
                event_participants::table.on(event_participants::id.eq(meeting_holds::participant_id)),
            )
            .filter(meetings::event_id.eq_any($events))
            .filter(meetings::status.eq(MeetingStatus::Accepted))
            .filter(event_participants::side.eq($side))
    };
}

fn per_producer(conn: &mut DbConnection, events: &[EventId]) -> DbResult<Vec<(String, i64)>> {
    let booked: BTreeMap<String, i64> = booked_sides!(events, Side::Producer)
        .group_by(event_participants::id)
        .select((event_participants::id, count(meetings::id).aggregate_distinct()))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect();
    let approved: Vec<(String, String)> = event_participants::table
        .inner_join(producers::table.on(producers::user_id.eq(event_participants::user_id)))
        .filter(event_participants::event_id.eq_any(events))
        .filter(event_participants::side.eq(Side::Producer))
        .filter(event_participants::status.eq(ParticipantStatus::Approved))
        .select((event_participants::id, producers::business_name))
        .order(producers::business_name)
        .load(conn)?;
    let mut rows: Vec<(String, i64)> = approved
        .into_iter()
        .map(|(id, name)| (name, booked.get(&id).copied().unwrap_or(0)))
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(rows)
}

fn by_country(conn: &mut DbConnection, events: &[EventId]) -> DbResult<Vec<(Option<String>, i64)>> {
    Ok(booked_sides!(events, Side::Buyer)
        .inner_join(users::table.on(users::id.eq(event_participants::user_id)))
        .group_by(users::country_code)
        .select((users::country_code, count(meetings::id).aggregate_distinct()))
        .order(count(meetings::id).aggregate_distinct().desc())
        .load(conn)?)
}

fn by_sector(conn: &mut DbConnection, events: &[EventId]) -> DbResult<Vec<(String, i64)>> {
    Ok(booked_sides!(events, Side::Producer)
        .inner_join(producers::table.on(producers::user_id.eq(event_participants::user_id)))
        .inner_join(products::table.on(products::producer_id.eq(producers::id)))
        .group_by(products::sector)
        .select((products::sector, count(meetings::id).aggregate_distinct()))
        .order(count(meetings::id).aggregate_distinct().desc())
        .load::<(String, i64)>(conn)?)
}

fn by_district(conn: &mut DbConnection, events: &[EventId]) -> DbResult<Vec<(i32, i64)>> {
    Ok(booked_sides!(events, Side::Producer)
        .inner_join(producers::table.on(producers::user_id.eq(event_participants::user_id)))
        .group_by(producers::district_code)
        .select((producers::district_code, count(meetings::id).aggregate_distinct()))
        .order(count(meetings::id).aggregate_distinct().desc())
        .load(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_round_to_whole_percents_and_need_a_whole() {
        assert_eq!(percent(3, 12), "25%");
        assert_eq!(percent(1, 3), "33%");
        assert_eq!(percent(2, 3), "67%");
        assert_eq!(percent(0, 0), "–");
    }
}
