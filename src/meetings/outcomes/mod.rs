//! What came of a meeting, in each side's own words: once an accepted
//! meeting has ended, each side says whether it took place and how it went
//! (with an expected value and the enquiry thread where the deal goes on),
//! and 90 days later what happened since. Each side sees and changes only
//! their own answer; the programme report counts them all.
//!
//! The questions go out as jobs ([`asks`]); the answers are saved here, in
//! one transaction each, after every field has been checked.

pub mod asks;
pub mod repo;

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::booking;
use super::error::MeetingError;
use super::model::{Event, EventId, Meeting, MeetingId, MeetingStatus, Participant, ParticipantId, Side};
use crate::accounts::User;
use crate::catalogue::repo as catalogue_repo;
use crate::catalogue::values::Minor;
use crate::db::DbConnection;
use crate::domain::Checks;
use crate::enquiries::model::EnquiryId;
use crate::format::{self, Amount};
use crate::i18n::Message;
use crate::schema::meeting_outcomes;

/// How long after a meeting the follow-up asks what happened since.
pub const FOLLOW_UP_AFTER: TimeDelta = TimeDelta::days(90);

crate::text_enum!(
    /// Whether the meeting took place, as one side saw it.
    pub TookPlace {
        Yes => "yes", "Yes, it took place";
        NoShow => "no_show", "The other side did not come";
        Technical => "technical", "A technical problem stopped it";
    }
);

crate::text_enum!(
    /// How a meeting that took place went.
    pub HowItWent {
        NoInterest => "no_interest", "No interest";
        Information => "information", "Information exchanged";
        SamplesRequested => "samples_requested", "Samples requested";
        Quotation => "quotation", "Quotation to follow";
        OrderExpected => "order_expected", "Order expected";
    }
);

crate::text_enum!(
    /// What happened in the 90 days after a meeting.
    pub SinceThen {
        Negotiation => "negotiation", "Negotiation under way";
        SamplesSent => "samples_sent", "Samples sent";
        OrderPlaced => "order_placed", "Order placed";
        LetterOfIntent => "letter_of_intent", "Letter of intent signed";
        Nothing => "nothing", "Nothing came of it";
    }
);

/// One side's account of one meeting, and later its follow-up.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = meeting_outcomes, treat_none_as_default_value = false)]
pub struct Outcome {
    pub meeting_id: MeetingId,
    pub participant_id: ParticipantId,
    pub event_id: EventId,
    pub took_place: TookPlace,
    pub result: Option<HowItWent>,
    /// An expected value: minor units of `expected_currency`.
    pub expected_minor: Option<i64>,
    pub expected_currency: Option<String>,
    pub note: String,
    pub enquiry_id: Option<EnquiryId>,
    pub follow_up: Option<SinceThen>,
    /// An order placed since: minor units of `order_currency`.
    pub order_minor: Option<i64>,
    pub order_currency: Option<String>,
    pub follow_up_note: String,
    pub followed_up_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// The outcome form as typed.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct OutcomeInput {
    pub took_place: String,
    pub result: String,
    pub expected_value: String,
    pub currency: String,
    /// One of the enquiry threads between the two, or empty.
    pub enquiry_id: String,
    pub note: String,
}

impl OutcomeInput {
    /// The form filled in with `outcome`, to be changed.
    pub fn of(conn: &mut DbConnection, outcome: &Outcome) -> Result<Self, MeetingError> {
        let expected_value = match (outcome.expected_minor, outcome.expected_currency.as_deref()) {
            (Some(minor), Some(code)) => figure(conn, minor, code)?,
            _ => String::new(),
        };
        Ok(Self {
            took_place: outcome.took_place.as_str().to_owned(),
            result: outcome.result.map(|r| r.as_str().to_owned()).unwrap_or_default(),
            expected_value,
            currency: outcome.expected_currency.clone().unwrap_or_default(),
            enquiry_id: outcome
                .enquiry_id
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            note: outcome.note.clone(),
        })
    }
}

/// "1,250.50": minor units of `currency` as a person writes them (and the
/// form reads them back).
fn figure(conn: &mut DbConnection, minor: i64, currency: &str) -> Result<String, MeetingError> {
    let digits = catalogue_repo::currency_digits(conn, currency)?.unwrap_or(2);
    Ok(Amount::from_minor(minor, digits).figure())
}

/// "US$12,500", "AED 40": a stored amount for people to read.
pub fn money_text(conn: &mut DbConnection, minor: i64, currency: &str) -> Result<String, MeetingError> {
    let digits = catalogue_repo::currency_digits(conn, currency)?.unwrap_or(2);
    Ok(format::money(Amount::from_minor(minor, digits), currency))
}

/// The follow-up form as typed.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct FollowUpInput {
    pub since: String,
    pub order_value: String,
    pub order_currency: String,
    pub note: String,
}

/// Whether `meeting` has happened: accepted, and its end passed.
pub fn has_ended(meeting: &Meeting, now: NaiveDateTime) -> bool {
    meeting.status == MeetingStatus::Accepted && meeting.ends_at <= now
}

/// When the follow-up of `meeting` opens.
pub fn follow_up_opens(meeting: &Meeting) -> NaiveDateTime {
    meeting.ends_at + FOLLOW_UP_AFTER
}

/// Why no outcome can be given for `meeting` yet, or `None` when it can.
pub fn not_reportable(meeting: &Meeting, now: NaiveDateTime) -> Option<Message> {
    match meeting.status {
        MeetingStatus::Accepted if meeting.ends_at <= now => None,
        MeetingStatus::Accepted => Some(
            Message::new("meeting-outcome-not-yet").with("ends", format::dates::date_time(meeting.ends_at)),
        ),
        _ => Some(Message::new("meeting-outcome-did-not-happen")),
    }
}

/// An amount and its currency from two fields, both empty for none. An
/// unknown currency, a figure without a currency and a currency without a
/// figure each get a message next to their field.
fn money(
    conn: &mut DbConnection,
    checks: &mut Checks,
    (value_field, currency_field): (&'static str, &'static str),
    (value, currency): (&str, &str),
) -> Result<Option<(i64, String)>, MeetingError> {
    let (value, code) = (value.trim(), currency.trim().to_uppercase());
    if value.is_empty() && code.is_empty() {
        return Ok(None);
    }
    let digits = if code.is_empty() {
        checks.fail(currency_field, Message::new("meeting-outcome-currency-needed"));
        None
    } else {
        let digits = catalogue_repo::currency_digits(conn, &code)?;
        if digits.is_none() {
            checks.fail(
                currency_field,
                Message::new("meeting-outcome-currency-unknown").with("value", code.as_str()),
            );
        }
        digits
    };
    if value.is_empty() {
        checks.fail(value_field, Message::new("meeting-outcome-value-needed"));
        return Ok(None);
    }
    let minor = match Minor::parse(value, digits.unwrap_or(3)) {
        Ok(Minor(0)) => {
            checks.fail(value_field, Message::new("meeting-outcome-value-zero"));
            None
        }
        Ok(Minor(minor)) => Some(minor),
        Err(_) => {
            checks.fail(
                value_field,
                Message::new("meeting-outcome-value-invalid").with("value", value),
            );
            None
        }
    };
    Ok(minor.zip(digits).map(|(minor, _)| (minor, code)))
}

/// An enquiry thread `me` may link: one between them and the other side.
fn thread(
    conn: &mut DbConnection,
    checks: &mut Checks,
    (me, other): (&Participant, &Participant),
    typed: &str,
) -> Result<Option<EnquiryId>, MeetingError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    if repo::threads_between(conn, me, other)?
        .iter()
        .any(|(id, _, _)| id.as_str() == typed)
    {
        Ok(Some(EnquiryId::from(typed)))
    } else {
        checks.fail(
            "enquiry_id",
            Message::new("meeting-enquiry-id-choose-one-conversations"),
        );
        Ok(None)
    }
}

/// The buyer and the producer of a pair, whichever `me` is.
pub fn buyer_and_producer<'a>(
    me: &'a Participant,
    other: &'a Participant,
) -> (&'a Participant, &'a Participant) {
    match me.side {
        Side::Buyer => (me, other),
        Side::Producer => (other, me),
    }
}

/// `user` says what came of meeting `id`: saved whole or not at all, and
/// theirs alone. A second answer replaces the first (a mistake is put
/// right); its follow-up is kept.
pub fn record_outcome(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    input: &OutcomeInput,
    now: NaiveDateTime,
) -> Result<Outcome, MeetingError> {
    let (event, me, meeting) = booking::own_meeting(conn, user, id)?;
    let other = other_side(conn, &me, &meeting)?;
    let mut checks = Checks::new();
    if let Some(why) = not_reportable(&meeting, now) {
        checks.fail("form", why);
    }
    let took_place = TookPlace::parse(&input.took_place);
    if took_place.is_none() {
        checks.fail(
            "took_place",
            Message::new("meeting-took-place-say-whether-meeting"),
        );
    }
    let result = match took_place {
        Some(TookPlace::Yes) => {
            let result = HowItWent::parse(&input.result);
            if result.is_none() {
                checks.fail("result", Message::new("meeting-result-choose-how-meeting"));
            }
            result
        }
        _ => None,
    };
    let expected = money(
        conn,
        &mut checks,
        ("expected_value", "currency"),
        (&input.expected_value, &input.currency),
    )?;
    let enquiry_id = thread(conn, &mut checks, (&me, &other), &input.enquiry_id)?;
    let note = checks.text("note", &input.note, 0..=1000);
    let took_place = checks.finish_with(took_place)?;
    let (expected_minor, expected_currency) = expected.unzip();
    let outcome = match repo::find(conn, &meeting.id, &me.id)? {
        Some(before) => Outcome {
            took_place,
            result,
            expected_minor,
            expected_currency,
            note,
            enquiry_id,
            updated_at: now,
            ..before
        },
        None => Outcome {
            meeting_id: meeting.id.clone(),
            participant_id: me.id.clone(),
            event_id: event.id.clone(),
            took_place,
            result,
            expected_minor,
            expected_currency,
            note,
            enquiry_id,
            follow_up: None,
            order_minor: None,
            order_currency: None,
            follow_up_note: String::new(),
            followed_up_at: None,
            created_at: now,
            updated_at: now,
        },
    };
    repo::save(conn, &outcome)?;
    Ok(outcome)
}

/// Why `me` cannot answer the follow-up of `meeting` (yet, or again), or
/// `None` when they can.
pub fn follow_up_closed(meeting: &Meeting, outcome: Option<&Outcome>, now: NaiveDateTime) -> Option<Message> {
    if let Some(why) = not_reportable(meeting, now) {
        return Some(why);
    }
    match outcome {
        None => Some(Message::new("meeting-follow-up-outcome-first")),
        Some(o) if o.took_place != TookPlace::Yes => Some(Message::new("meeting-follow-up-no-meeting")),
        Some(Outcome {
            followed_up_at: Some(at),
            ..
        }) => {
            Some(Message::new("meeting-follow-up-answered").with("day", format::dates::long_day(at.date())))
        }
        Some(_) if now < follow_up_opens(meeting) => Some(
            Message::new("meeting-follow-up-opens")
                .with("day", format::dates::long_day(follow_up_opens(meeting).date())),
        ),
        Some(_) => None,
    }
}

/// `user` says what happened in the 90 days after meeting `id`; answered
/// once, whole or not at all.
pub fn record_follow_up(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    input: &FollowUpInput,
    now: NaiveDateTime,
) -> Result<Outcome, MeetingError> {
    let (_, me, meeting) = booking::own_meeting(conn, user, id)?;
    let outcome = repo::find(conn, &meeting.id, &me.id)?;
    let mut checks = Checks::new();
    if let Some(why) = follow_up_closed(&meeting, outcome.as_ref(), now) {
        checks.fail("form", why);
    }
    let since = SinceThen::parse(&input.since);
    if since.is_none() {
        checks.fail("since", Message::new("meeting-since-choose-what-happened"));
    }
    let order = money(
        conn,
        &mut checks,
        ("order_value", "order_currency"),
        (&input.order_value, &input.order_currency),
    )?;
    if order.is_some() && since != Some(SinceThen::OrderPlaced) {
        checks.fail("order_value", Message::new("meeting-order-value-give-value-only"));
    }
    let note = checks.text("note", &input.note, 0..=1000);
    let (since, outcome) = checks.finish_with(since.zip(outcome))?;
    let (order_minor, order_currency) = order.unzip();
    let answered = Outcome {
        follow_up: Some(since),
        order_minor,
        order_currency,
        follow_up_note: note,
        followed_up_at: Some(now),
        updated_at: now,
        ..outcome
    };
    // Guarded on the follow-up still open: of two answers sent at once, the
    // second changes nothing and is told so.
    if !repo::answer_follow_up(conn, &answered)? {
        return Err(MeetingError::field(
            "form",
            Message::new("meeting-form-answered-follow-up"),
        ));
    }
    Ok(answered)
}

/// `me`'s outcome of a meeting they are in, with the meeting and its event.
pub fn own_outcome(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
) -> Result<(Event, Participant, Meeting, Option<Outcome>), MeetingError> {
    let (event, me, meeting) = booking::own_meeting(conn, user, id)?;
    let outcome = repo::find(conn, &meeting.id, &me.id)?;
    Ok((event, me, meeting, outcome))
}

/// The other side of `meeting`, seen from `me`.
pub fn other_side(
    conn: &mut DbConnection,
    me: &Participant,
    meeting: &Meeting,
) -> Result<Participant, MeetingError> {
    let other = meeting.other_than(&me.id).ok_or(MeetingError::NotFound)?;
    super::repo::find_participant(conn, other)?.ok_or(MeetingError::NotFound)
}
