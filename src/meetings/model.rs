//! Rows of the meetings area: events, their organisers and participants,
//! and the meetings participants book. Local clock times are stored as
//! text ("09:30") and read in the zone their row names.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use diesel::prelude::*;
use serde::Serialize;

use super::availability::Availability;
use super::schedule::{EventSchedule, LocalSpan};
use crate::accounts::model::UserId;
use crate::schema::{event_participants, events, meeting_holds, meetings};

crate::id_type!(
    /// A virtual buyer-seller meet.
    pub EventId
);

crate::id_type!(
    /// One producer's or buyer's place in one event.
    pub ParticipantId
);

crate::id_type!(
    /// A meeting between two participants of an event.
    pub MeetingId
);

crate::text_enum!(
    /// Where an event stands as its organisers set it; [`Phase`] adds what
    /// follows from the dates.
    pub EventStatus {
        Draft => "draft", "Draft";
        Published => "published", "Published";
        Cancelled => "cancelled", "Cancelled";
    }
);

crate::text_enum!(
    /// What a meeting request does when it is made.
    pub RequestMode {
        NeedsAcceptance => "accept", "The other side accepts or declines each request";
        Instant => "instant", "Requests are confirmed at once";
    }
);

crate::text_enum!(
    /// Who lets participants in.
    pub Approval {
        Organiser => "organiser", "An organiser approves each participant";
        Automatic => "automatic", "Everyone who applies takes part";
    }
);

crate::text_enum!(
    /// The two sides that meet.
    pub Side {
        Producer => "producer", "Producer";
        Buyer => "buyer", "Buyer";
    }
);

crate::text_enum!(
    pub ParticipantStatus {
        Pending => "pending", "Waiting for approval";
        Approved => "approved", "Approved";
        Declined => "declined", "Declined";
    }
);

crate::text_enum!(
    pub MeetingStatus {
        Requested => "requested", "Requested";
        Accepted => "accepted", "Accepted";
        Declined => "declined", "Declined";
        Cancelled => "cancelled", "Cancelled";
        Expired => "expired", "Expired";
    }
);

crate::text_enum!(
    /// Who or what cancelled a meeting: kept as data so each reader gets its
    /// wording in their language, apart from the reason a person typed.
    pub CancelledBy {
        Participant => "participant", "One of its two sides";
        Organisers => "organisers", "The event's organisers";
        Event => "event", "The event was cancelled";
    }
);

impl MeetingStatus {
    /// Statuses in which a meeting holds its slot for both sides.
    pub const HOLDING: &'static [MeetingStatus] = &[MeetingStatus::Requested, MeetingStatus::Accepted];
}

/// Where an event stands at a given instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Draft,
    /// Published; booking has not opened yet.
    Upcoming,
    BookingOpen,
    /// Its first meeting day has begun and the last has not ended.
    Running,
    Finished,
    Cancelled,
}

impl Phase {
    pub fn label(self) -> &'static str {
        match self {
            Phase::Draft => "Draft",
            Phase::Upcoming => "Booking opens soon",
            Phase::BookingOpen => "Booking open",
            Phase::Running => "Running",
            Phase::Finished => "Finished",
            Phase::Cancelled => "Cancelled",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Identifiable, Serialize)]
#[diesel(table_name = events, treat_none_as_default_value = false)]
pub struct Event {
    pub id: EventId,
    pub owner_id: UserId,
    pub slug: String,
    pub title: String,
    pub description: String,
    /// An IANA zone name; the programme is laid out in it.
    pub time_zone: String,
    pub first_day: NaiveDate,
    pub days: i32,
    pub window_start: String,
    pub window_end: String,
    /// "12:30-13:30" spans, comma-separated.
    pub breaks: String,
    pub slot_minutes: i32,
    pub gap_minutes: i32,
    pub booking_opens_at: NaiveDateTime,
    pub booking_closes_at: NaiveDateTime,
    pub request_mode: RequestMode,
    pub request_expiry_minutes: i32,
    /// Meetings (requested or accepted) a participant may have per event day.
    pub daily_cap: i32,
    pub approval: Approval,
    pub status: EventStatus,
    pub published_at: Option<NaiveDateTime>,
    pub cancelled_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Sector slugs the event is about, comma-separated.
    pub sectors: String,
    /// ISO codes of the buyers' countries it looks for, comma-separated.
    pub buyer_countries: String,
    /// LGD codes of the states and districts it features, comma-separated; empty: all India.
    pub focus_states: String,
    pub focus_districts: String,
    /// Approved participants each side may have; `None`: no limit.
    pub producer_capacity: Option<i32>,
    pub buyer_capacity: Option<i32>,
    /// Where this event's video rooms are made, instead of the site's pattern.
    pub video_base: Option<String>,
}

/// A stored value the code cannot read: written by hand or by a newer version.
#[derive(Debug, thiserror::Error)]
#[error("event {event}: stored {field} “{value}” cannot be read")]
pub struct UnreadableEvent {
    pub event: EventId,
    pub field: &'static str,
    pub value: String,
}

/// "09:30" → 09:30.
pub fn parse_clock(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").ok()
}

pub fn clock_text(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

/// "12:30-13:30, 16:00-16:15" → spans; `None` when any part is unreadable.
pub fn parse_spans(text: &str) -> Option<Vec<LocalSpan>> {
    text.split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (start, end) = part.split_once('-')?;
            LocalSpan::new(parse_clock(start)?, parse_clock(end)?).ok()
        })
        .collect()
}

pub fn spans_text(spans: &[LocalSpan]) -> String {
    spans
        .iter()
        .map(|s| format!("{}-{}", clock_text(s.start), clock_text(s.end)))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Event {
    fn unreadable(&self, field: &'static str, value: &str) -> UnreadableEvent {
        UnreadableEvent {
            event: self.id.clone(),
            field,
            value: value.to_owned(),
        }
    }

    pub fn zone(&self) -> Result<Tz, UnreadableEvent> {
        self.time_zone
            .parse::<Tz>()
            .map_err(|_| self.unreadable("time zone", &self.time_zone))
    }

    /// The event's programme as the time model reads it.
    pub fn schedule(&self) -> Result<EventSchedule, UnreadableEvent> {
        let clock = |field, text: &str| parse_clock(text).ok_or_else(|| self.unreadable(field, text));
        let window = LocalSpan::new(
            clock("window start", &self.window_start)?,
            clock("window end", &self.window_end)?,
        )
        .map_err(|_| self.unreadable("window", &self.window_end))?;
        Ok(EventSchedule {
            zone: self.zone()?,
            first_day: self.first_day,
            days: u32::try_from(self.days).map_err(|_| self.unreadable("days", &self.days.to_string()))?,
            window,
            breaks: parse_spans(&self.breaks).ok_or_else(|| self.unreadable("breaks", &self.breaks))?,
            slot_minutes: u32::try_from(self.slot_minutes)
                .map_err(|_| self.unreadable("slot length", &self.slot_minutes.to_string()))?,
            gap_minutes: u32::try_from(self.gap_minutes)
                .map_err(|_| self.unreadable("gap", &self.gap_minutes.to_string()))?,
        })
    }

    /// The instant the first day's window opens and the last day's closes.
    pub fn span(&self) -> Result<(DateTime<Utc>, DateTime<Utc>), UnreadableEvent> {
        let schedule = self.schedule()?;
        let grid = schedule.grid();
        match (grid.slots.first(), grid.slots.last()) {
            (Some(first), Some(last)) => Ok((first.starts_at, last.ends_at)),
            _ => Err(self.unreadable("window", &self.window_start)),
        }
    }

    pub fn phase(&self, now: NaiveDateTime) -> Result<Phase, UnreadableEvent> {
        Ok(match self.status {
            EventStatus::Draft => Phase::Draft,
            EventStatus::Cancelled => Phase::Cancelled,
            EventStatus::Published => {
                let (starts, ends) = self.span()?;
                let now_utc = now.and_utc();
                if now_utc >= ends {
                    Phase::Finished
                } else if now_utc >= starts {
                    Phase::Running
                } else if now >= self.booking_opens_at && now < self.booking_closes_at {
                    Phase::BookingOpen
                } else {
                    Phase::Upcoming
                }
            }
        })
    }
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Identifiable, Serialize)]
#[diesel(table_name = event_participants, treat_none_as_default_value = false)]
pub struct Participant {
    pub id: ParticipantId,
    pub event_id: EventId,
    pub user_id: UserId,
    pub side: Side,
    pub status: ParticipantStatus,
    /// A producer's pitch, or what a buyer looks for.
    pub pitch: String,
    /// Producers: the published listings they bring, comma-separated ids.
    pub product_ids: String,
    pub time_zone: String,
    /// Their daily hours, on their own clock.
    pub hours_start: String,
    pub hours_end: String,
    pub decision_note: Option<String>,
    pub decided_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// A buyer the organisers host (travel or fees paid), marked by them.
    pub hosted: bool,
    /// Buyers: the HS codes they source, comma-separated.
    pub hs_codes: String,
    /// Buyers: the volumes they buy, as they put it.
    pub volumes: String,
}

impl Participant {
    pub fn zone(&self) -> Option<Tz> {
        self.time_zone.parse().ok()
    }

    pub fn product_ids(&self) -> impl Iterator<Item = &str> {
        self.product_ids.split(',').filter(|id| !id.is_empty())
    }

    /// Their hours: the daily ones, replaced on the days in `by_date`.
    pub fn availability(
        &self,
        by_date: impl IntoIterator<Item = (NaiveDate, LocalSpan)>,
    ) -> Option<Availability> {
        let daily = LocalSpan::new(parse_clock(&self.hours_start)?, parse_clock(&self.hours_end)?).ok()?;
        let mut availability = Availability::daily(self.zone()?, daily);
        for (date, hours) in by_date {
            availability.by_date.insert(date, vec![hours]);
        }
        Some(availability)
    }
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Identifiable, Serialize)]
#[diesel(table_name = meetings, treat_none_as_default_value = false)]
pub struct Meeting {
    pub id: MeetingId,
    pub event_id: EventId,
    pub requester_id: ParticipantId,
    pub recipient_id: ParticipantId,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub status: MeetingStatus,
    /// When a request still waiting for an answer lapses.
    pub expires_at: Option<NaiveDateTime>,
    pub message: String,
    /// Why it was declined or cancelled, as a person typed it (meetings
    /// cancelled before `cancelled_by` hold the English words written then).
    pub reason: Option<String>,
    /// The calendar UID, the same for the meeting's whole life.
    pub uid: String,
    /// The video room, given when the meeting is accepted.
    pub video_url: Option<String>,
    /// Raised on every change a calendar should see.
    pub sequence: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The producer's listings the meeting is about, comma-separated ids.
    pub product_ids: String,
    /// Another time one side proposed for an accepted meeting; it keeps its
    /// own until the other side accepts.
    pub proposed_starts_at: Option<NaiveDateTime>,
    pub proposed_by: Option<ParticipantId>,
    pub cancelled_by: Option<CancelledBy>,
}

impl Meeting {
    pub fn product_ids(&self) -> impl Iterator<Item = &str> {
        self.product_ids.split(',').filter(|id| !id.is_empty())
    }

    /// The side of `participant` that is not theirs; `None` when they are not in it.
    pub fn other_than(&self, participant: &ParticipantId) -> Option<&ParticipantId> {
        if *participant == self.requester_id {
            Some(&self.recipient_id)
        } else if *participant == self.recipient_id {
            Some(&self.requester_id)
        } else {
            None
        }
    }
}

/// One participant's hold on one slot start: for a meeting, or (no
/// meeting) a slot they blocked. The table's key allows one per
/// participant and start, which is what makes a double booking impossible.
#[derive(Debug, Clone, PartialEq, Insertable)]
#[diesel(table_name = meeting_holds, treat_none_as_default_value = false)]
pub struct MeetingHold {
    pub participant_id: ParticipantId,
    pub slot_start: NaiveDateTime,
    pub meeting_id: Option<MeetingId>,
    pub created_at: NaiveDateTime,
}
