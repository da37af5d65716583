//! CSV exports of an event's participants, meetings and outcomes for its
//! organisers: UTF-8 with a header row, one row each, times in UTC
//! (RFC 3339), amounts in major units beside their ISO 4217 code. They
//! carry what organisers report on and nothing that opens an account: no
//! e-mail addresses, password hashes, calendar or video tokens.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::error::MeetingError;
use super::model::{CancelledBy, Event, MeetingStatus, ParticipantStatus, Side};
use super::outcomes::{HowItWent, SinceThen, TookPlace};
use crate::catalogue::repo as catalogue_repo;
use crate::db::{DbConnection, DbResult};
use crate::format::Amount;
use crate::schema::{event_participants, meeting_outcomes, meetings, producers, users};

/// Which export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    Participants,
    Meetings,
    Outcomes,
}

impl Export {
    pub fn parse(name: &str) -> Option<Export> {
        match name {
            "participants" => Some(Export::Participants),
            "meetings" => Some(Export::Meetings),
            "outcomes" => Some(Export::Outcomes),
            _ => None,
        }
    }

    /// "silk-meet-meetings.csv"
    pub fn file_name(self, event: &Event) -> String {
        let what = match self {
            Export::Participants => "participants",
            Export::Meetings => "meetings",
            Export::Outcomes => "outcomes",
        };
        format!("{}-{what}.csv", event.slug)
    }
}

/// The export of `event` as CSV bytes.
pub fn export(conn: &mut DbConnection, event: &Event, which: Export) -> Result<Vec<u8>, MeetingError> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let people = people(conn, event)?;
    match which {
        Export::Participants => participants(conn, event, &people, &mut out)?,
        Export::Meetings => meetings_csv(conn, event, &people, &mut out)?,
        Export::Outcomes => outcomes_csv(conn, event, &people, &mut out)?,
    }
    out.into_inner()
        .map_err(|e| MeetingError::Unexpected(anyhow::anyhow!("{e}")))
}

fn written(result: csv::Result<()>) -> Result<(), MeetingError> {
    result.map_err(|e| MeetingError::Unexpected(e.into()))
}

/// A participant as the exports name them.
struct Person {
    side: Side,
    status: ParticipantStatus,
    /// The producer's business, or the buyer's company (else their name).
    name: String,
    country: Option<String>,
    district: Option<i32>,
    hosted: bool,
    created_at: NaiveDateTime,
}

type Row = (
    String,
    Side,
    ParticipantStatus,
    bool,
    NaiveDateTime,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<i32>,
);

fn people(conn: &mut DbConnection, event: &Event) -> DbResult<HashMap<String, Person>> {
    let rows: Vec<Row> = event_participants::table
        .inner_join(users::table.on(users::id.eq(event_participants::user_id)))
        .left_join(producers::table.on(producers::user_id.eq(event_participants::user_id)))
        .filter(event_participants::event_id.eq(&event.id))
        .order(event_participants::created_at)
        .select((
            event_participants::id,
            event_participants::side,
            event_participants::status,
            event_participants::hosted,
            event_participants::created_at,
            users::name,
            users::company,
            users::country_code,
            producers::business_name.nullable(),
            producers::district_code.nullable(),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, side, status, hosted, created_at, name, company, country, business, district)| {
                let name = match side {
                    Side::Producer => business.unwrap_or(name),
                    Side::Buyer => company.filter(|c| !c.trim().is_empty()).unwrap_or(name),
                };
                let person = Person {
                    side,
                    status,
                    name,
                    country,
                    district,
                    hosted,
                    created_at,
                };
                (id, person)
            },
        )
        .collect())
}

fn utc(at: NaiveDateTime) -> String {
    at.and_utc().to_rfc3339()
}

fn participants(
    conn: &mut DbConnection,
    event: &Event,
    people: &HashMap<String, Person>,
    out: &mut csv::Writer<Vec<u8>>,
) -> Result<(), MeetingError> {
    written(out.write_record([
        "participant_id",
        "side",
        "status",
        "name",
        "buyer_country",
        "district_code",
        "hosted",
        "registered_at",
        "meetings_booked",
    ]))?;
    let booked: HashMap<String, i64> = meetings::table
        .filter(meetings::event_id.eq(&event.id))
        .filter(meetings::status.eq(MeetingStatus::Accepted))
        .select((meetings::requester_id, meetings::recipient_id))
        .load::<(String, String)>(conn)?
        .into_iter()
        .flat_map(|(a, b)| [a, b])
        .fold(HashMap::new(), |mut counts, id| {
            *counts.entry(id).or_insert(0) += 1;
            counts
        });
    let mut ids: Vec<&String> = people.keys().collect();
    ids.sort_by_key(|id| (people[*id].created_at, *id));
    for id in ids {
        let p = &people[id];
        written(out.write_record([
            id.as_str(),
            p.side.as_str(),
            p.status.as_str(),
            &p.name,
            if p.side == Side::Buyer {
                p.country.as_deref().unwrap_or("")
            } else {
                ""
            },
            &p.district.map(|d| d.to_string()).unwrap_or_default(),
            if p.hosted { "yes" } else { "no" },
            &utc(p.created_at),
            &booked.get(id).copied().unwrap_or(0).to_string(),
        ]))?;
    }
    Ok(())
}

fn meetings_csv(
    conn: &mut DbConnection,
    event: &Event,
    people: &HashMap<String, Person>,
    out: &mut csv::Writer<Vec<u8>>,
) -> Result<(), MeetingError> {
    written(out.write_record([
        "meeting_id",
        "starts_at",
        "ends_at",
        "status",
        "producer",
        "buyer",
        "buyer_country",
        "requested_by",
        "reason",
        "cancelled_by",
    ]))?;
    let rows: Vec<MeetingRow> = meetings::table
        .filter(meetings::event_id.eq(&event.id))
        .order((meetings::starts_at, meetings::id))
        .select((
            meetings::id,
            meetings::starts_at,
            meetings::ends_at,
            meetings::status,
            meetings::requester_id,
            meetings::recipient_id,
            meetings::reason,
            meetings::cancelled_by,
        ))
        .load(conn)?;
    for (id, starts_at, ends_at, status, requester, recipient, reason, cancelled_by) in rows {
        let (Some(asker), Some(asked)) = (people.get(&requester), people.get(&recipient)) else {
            continue;
        };
        let (producer, buyer) = match asker.side {
            Side::Producer => (asker, asked),
            Side::Buyer => (asked, asker),
        };
        written(out.write_record([
            id.as_str(),
            &utc(starts_at),
            &utc(ends_at),
            status.as_str(),
            &producer.name,
            &buyer.name,
            buyer.country.as_deref().unwrap_or(""),
            asker.side.as_str(),
            reason.as_deref().unwrap_or(""),
            cancelled_by.map_or("", CancelledBy::as_str),
        ]))?;
    }
    Ok(())
}

type MeetingRow = (
    String,
    NaiveDateTime,
    NaiveDateTime,
    MeetingStatus,
    String,
    String,
    Option<String>,
    Option<CancelledBy>,
);

type OutcomeRow = (
    String,
    String,
    NaiveDateTime,
    TookPlace,
    Option<HowItWent>,
    Option<i64>,
    Option<String>,
    Option<String>,
    String,
    Option<SinceThen>,
    Option<i64>,
    Option<String>,
    Option<NaiveDateTime>,
);

fn outcomes_csv(
    conn: &mut DbConnection,
    event: &Event,
    people: &HashMap<String, Person>,
    out: &mut csv::Writer<Vec<u8>>,
) -> Result<(), MeetingError> {
    written(out.write_record([
        "meeting_id",
        "meeting_starts_at",
        "reported_by",
        "side",
        "took_place",
        "how_it_went",
        "expected_value",
        "expected_currency",
        "enquiry_linked",
        "note",
        "since_then",
        "order_value",
        "order_currency",
        "followed_up_at",
    ]))?;
    let rows: Vec<OutcomeRow> = meeting_outcomes::table
        .inner_join(meetings::table.on(meetings::id.eq(meeting_outcomes::meeting_id)))
        .filter(meeting_outcomes::event_id.eq(&event.id))
        .order((
            meetings::starts_at,
            meeting_outcomes::meeting_id,
            meeting_outcomes::participant_id,
        ))
        .select((
            meeting_outcomes::meeting_id,
            meeting_outcomes::participant_id,
            meetings::starts_at,
            meeting_outcomes::took_place,
            meeting_outcomes::result,
            meeting_outcomes::expected_minor,
            meeting_outcomes::expected_currency,
            meeting_outcomes::enquiry_id,
            meeting_outcomes::note,
            meeting_outcomes::follow_up,
            meeting_outcomes::order_minor,
            meeting_outcomes::order_currency,
            meeting_outcomes::followed_up_at,
        ))
        .load(conn)?;
    let codes = rows
        .iter()
        .flat_map(|row| [row.6.as_deref(), row.11.as_deref()])
        .flatten();
    let digits = catalogue_repo::currency_digits_of(conn, codes)?;
    let amount = |minor: Option<i64>, code: &Option<String>| match (minor, code) {
        (Some(minor), Some(code)) => {
            let digits = digits.get(code).copied().unwrap_or(2);
            Amount::from_minor(minor, digits).figure().replace(',', "")
        }
        _ => String::new(),
    };
    for row in &rows {
        let (meeting, by, starts_at, took_place, result, expected, currency, enquiry, note) =
            (&row.0, &row.1, row.2, row.3, row.4, row.5, &row.6, &row.7, &row.8);
        let (since, order, order_currency, followed_up_at) = (row.9, row.10, &row.11, row.12);
        let person = people.get(by);
        written(out.write_record([
            meeting.as_str(),
            &utc(starts_at),
            person.map(|p| p.name.as_str()).unwrap_or(""),
            person.map(|p| p.side.as_str()).unwrap_or(""),
            took_place.as_str(),
            result.map(HowItWent::as_str).unwrap_or(""),
            &amount(expected, currency),
            currency.as_deref().unwrap_or(""),
            if enquiry.is_some() { "yes" } else { "no" },
            note,
            since.map(SinceThen::as_str).unwrap_or(""),
            &amount(order, order_currency),
            order_currency.as_deref().unwrap_or(""),
            &followed_up_at.map(utc).unwrap_or_default(),
        ]))?;
    }
    Ok(())
}
