//! The programme report: what an event (or, for admins, every event)
//! achieved, from registrations to the orders reported 90 days on. Totals
//! are grouped queries; the breakdowns of booked meetings (per producer, by
//! country, sector and district) read each booked meeting's two sides once
//! and count them here.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDateTime;
use diesel::dsl::{count, count_star, sql};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable};

use super::error::MeetingError;
use super::model::{EventId, MeetingStatus, ParticipantStatus, Side};
use super::outcomes::{HowItWent, SinceThen, TookPlace};
use crate::db::{DbConnection, DbResult};
use crate::schema::{event_participants, meeting_outcomes, meetings, producers, products, users};

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

/// `part` of `whole` as a whole percentage (25 for 3 of 12), or `None` when
/// there is no whole; pages word it in their language.
pub fn percent(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part * 100 + whole / 2) / whole)
}

/// The report over `events` at `now`.
pub fn programme_report(
    conn: &mut DbConnection,
    events: &[EventId],
    now: NaiveDateTime,
) -> Result<ProgrammeReport, MeetingError> {
    let Breakdowns {
        per_producer,
        by_country,
        by_sector,
        by_district,
    } = breakdowns(conn, events)?;
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
        per_producer,
        by_country,
        by_sector,
        by_district,
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

/// Each booked (accepted) meeting's two participants, two ids a meeting:
/// one indexed read, counted by the caller. (Four grouped joins through the
/// holds, one per breakdown, took about 50 ms each at 10,000 meetings on SQLite.)
fn booked_pairs(conn: &mut DbConnection, events: &[EventId]) -> DbResult<Vec<(String, String)>> {
    Ok(meetings::table
        .filter(meetings::event_id.eq_any(events))
        .filter(meetings::status.eq(MeetingStatus::Accepted))
        .select((meetings::requester_id, meetings::recipient_id))
        .load(conn)?)
}

/// What the report needs of each producer taking part: their place's id
/// (participant), name, district and the sectors of their listings.
struct ProducerSide {
    name: String,
    approved: bool,
    district: i32,
    sectors: Vec<String>,
}

fn producer_sides(conn: &mut DbConnection, events: &[EventId]) -> DbResult<HashMap<String, ProducerSide>> {
    let rows: Vec<(String, ParticipantStatus, String, String, i32)> = event_participants::table
        .inner_join(producers::table.on(producers::user_id.eq(event_participants::user_id)))
        .filter(event_participants::event_id.eq_any(events))
        .filter(event_participants::side.eq(Side::Producer))
        .select((
            event_participants::id,
            event_participants::status,
            producers::id,
            producers::business_name,
            producers::district_code,
        ))
        .load(conn)?;
    let producer_ids: Vec<&str> = rows.iter().map(|(_, _, id, _, _)| id.as_str()).collect();
    let mut sectors: HashMap<String, Vec<String>> = HashMap::new();
    for (producer, sector) in products::table
        .filter(products::producer_id.eq_any(&producer_ids))
        .select((products::producer_id, products::sector))
        .distinct()
        .load::<(String, String)>(conn)?
    {
        sectors.entry(producer).or_default().push(sector);
    }
    Ok(rows
        .into_iter()
        .map(|(participant, status, producer, name, district)| {
            let side = ProducerSide {
                name,
                approved: status == ParticipantStatus::Approved,
                district,
                sectors: sectors.get(&producer).cloned().unwrap_or_default(),
            };
            (participant, side)
        })
        .collect())
}

/// The buyers taking part, by participant id: their country code, if given.
fn buyer_countries(conn: &mut DbConnection, events: &[EventId]) -> DbResult<HashMap<String, Option<String>>> {
    Ok(event_participants::table
        .inner_join(users::table.on(users::id.eq(event_participants::user_id)))
        .filter(event_participants::event_id.eq_any(events))
        .filter(event_participants::side.eq(Side::Buyer))
        .select((event_participants::id, users::country_code))
        .load::<(String, Option<String>)>(conn)?
        .into_iter()
        .collect())
}

/// Counts most first, ties in the key's order.
fn most_first<K: Ord>(counts: impl IntoIterator<Item = (K, i64)>) -> Vec<(K, i64)> {
    let mut rows: Vec<(K, i64)> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows
}

/// The four breakdowns of booked meetings.
struct Breakdowns {
    /// Per approved producer, those with none included.
    per_producer: Vec<(String, i64)>,
    by_country: Vec<(Option<String>, i64)>,
    by_sector: Vec<(String, i64)>,
    by_district: Vec<(i32, i64)>,
}

fn breakdowns(conn: &mut DbConnection, events: &[EventId]) -> DbResult<Breakdowns> {
    let pairs = booked_pairs(conn, events)?;
    let producers = producer_sides(conn, events)?;
    let buyers = buyer_countries(conn, events)?;
    let mut per_producer: HashMap<&str, i64> = HashMap::new();
    let mut by_country: BTreeMap<Option<String>, i64> = BTreeMap::new();
    let mut by_sector: BTreeMap<String, i64> = BTreeMap::new();
    let mut by_district: BTreeMap<i32, i64> = BTreeMap::new();
    for (one, other) in &pairs {
        for side in [one, other] {
            if let Some(country) = buyers.get(side) {
                *by_country.entry(country.clone()).or_default() += 1;
            }
            if let Some(producer) = producers.get(side) {
                *per_producer.entry(side).or_default() += 1;
                *by_district.entry(producer.district).or_default() += 1;
                for sector in &producer.sectors {
                    *by_sector.entry(sector.clone()).or_default() += 1;
                }
            }
        }
    }
    Ok(Breakdowns {
        per_producer: most_first(producers.iter().filter(|(_, p)| p.approved).map(|(id, p)| {
            (
                p.name.clone(),
                per_producer.get(id.as_str()).copied().unwrap_or(0),
            )
        })),
        by_country: most_first(by_country),
        by_sector: most_first(by_sector),
        by_district: most_first(by_district),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_round_to_whole_percents_and_need_a_whole() {
        assert_eq!(percent(3, 12), Some(25));
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(0, 0), None);
    }
}
