//! Organisers' use cases: an event's settings, checked field by field,
//! publishing, cancelling and co-organisers. Only an event's owner and
//! co-organisers reach it; to anyone else it does not exist.

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::audience::{self, Audience, AudienceText, CoHost};
use super::error::MeetingError;
use super::model::{
    Approval, Event, EventId, EventStatus, Phase, RequestMode, clock_text, parse_clock, parse_spans,
    spans_text,
};
use super::schedule::{self, EventSchedule, LocalSpan, ScheduleError};
use super::{booking, from_enquiry, notify, repo};
use crate::accounts::{Role, User};
use crate::db::DbConnection;
use crate::domain::{Checks, FieldErrors};
use crate::i18n::Message;

/// How long a request may wait for an answer, in minutes: 15 minutes to 10 days.
pub const REQUEST_EXPIRY_MINUTES: std::ops::RangeInclusive<i32> = 15..=14_400;
/// Meetings per participant per event day.
pub const DAILY_CAP: std::ops::RangeInclusive<i32> = 1..=48;

/// The event form as typed, and its JSON twin.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct EventInput {
    pub title: String,
    pub description: String,
    pub time_zone: String,
    /// YYYY-MM-DD, in the event's zone.
    pub first_day: String,
    pub days: String,
    /// HH:MM, in the event's zone.
    pub window_start: String,
    pub window_end: String,
    /// "12:30-13:30, 16:00-16:15"
    pub breaks: String,
    pub slot_minutes: String,
    pub gap_minutes: String,
    /// YYYY-MM-DDTHH:MM, in the event's zone (what `datetime-local` sends).
    pub booking_opens: String,
    pub booking_closes: String,
    pub request_mode: String,
    pub request_expiry_minutes: String,
    pub daily_cap: String,
    pub approval: String,
    /// Sector slugs, comma-separated (ticked boxes arrive so).
    pub sectors: String,
    /// ISO codes of the buyers' countries the event looks for, comma-separated.
    pub buyer_countries: String,
    /// LGD codes of the states and districts it features, comma-separated.
    pub focus_states: String,
    pub focus_districts: String,
    /// Approved participants each side may have; empty for no limit.
    pub producer_capacity: String,
    pub buyer_capacity: String,
    /// Where this event's video rooms are made, instead of the site's pattern.
    pub video_base: String,
    /// One per line: the name, then its web address.
    pub co_hosts: String,
}

impl EventInput {
    /// The form filled with `event`'s settings, for editing.
    pub fn from_event(event: &Event, co_hosts: &[CoHost]) -> Self {
        let local = |at: NaiveDateTime| match event.time_zone.parse::<Tz>() {
            Ok(zone) => at
                .and_utc()
                .with_timezone(&zone)
                .format("%Y-%m-%dT%H:%M")
                .to_string(),
            Err(_) => at.format("%Y-%m-%dT%H:%M").to_string(),
        };
        Self {
            title: event.title.clone(),
            description: event.description.clone(),
            time_zone: event.time_zone.clone(),
            first_day: event.first_day.to_string(),
            days: event.days.to_string(),
            window_start: event.window_start.clone(),
            window_end: event.window_end.clone(),
            breaks: event.breaks.clone(),
            slot_minutes: event.slot_minutes.to_string(),
            gap_minutes: event.gap_minutes.to_string(),
            booking_opens: local(event.booking_opens_at),
            booking_closes: local(event.booking_closes_at),
            request_mode: event.request_mode.as_str().to_owned(),
            request_expiry_minutes: event.request_expiry_minutes.to_string(),
            daily_cap: event.daily_cap.to_string(),
            approval: event.approval.as_str().to_owned(),
            sectors: event.sectors.clone(),
            buyer_countries: event.buyer_countries.clone(),
            focus_states: event.focus_states.clone(),
            focus_districts: event.focus_districts.clone(),
            producer_capacity: event.producer_capacity.map(|n| n.to_string()).unwrap_or_default(),
            buyer_capacity: event.buyer_capacity.map(|n| n.to_string()).unwrap_or_default(),
            video_base: event.video_base.clone().unwrap_or_default(),
            co_hosts: audience::co_hosts_text(co_hosts),
        }
    }

    fn audience(&self) -> AudienceText<'_> {
        AudienceText {
            sectors: &self.sectors,
            buyer_countries: &self.buyer_countries,
            focus_states: &self.focus_states,
            focus_districts: &self.focus_districts,
            producer_capacity: &self.producer_capacity,
            buyer_capacity: &self.buyer_capacity,
            video_base: &self.video_base,
            co_hosts: &self.co_hosts,
        }
    }
}

/// The settings of a form that passed every check.
struct Settings {
    title: String,
    description: String,
    schedule: EventSchedule,
    booking_opens_at: NaiveDateTime,
    booking_closes_at: NaiveDateTime,
    request_mode: RequestMode,
    request_expiry_minutes: i32,
    daily_cap: i32,
    approval: Approval,
}

impl Settings {
    fn apply_to(self, event: &mut Event) {
        event.title = self.title;
        event.description = self.description;
        event.time_zone = self.schedule.zone.name().to_owned();
        event.first_day = self.schedule.first_day;
        event.days = i32::try_from(self.schedule.days).unwrap_or(1);
        event.window_start = clock_text(self.schedule.window.start);
        event.window_end = clock_text(self.schedule.window.end);
        event.breaks = spans_text(&self.schedule.breaks);
        event.slot_minutes = i32::try_from(self.schedule.slot_minutes).unwrap_or(30);
        event.gap_minutes = i32::try_from(self.schedule.gap_minutes).unwrap_or(0);
        event.booking_opens_at = self.booking_opens_at;
        event.booking_closes_at = self.booking_closes_at;
        event.request_mode = self.request_mode;
        event.request_expiry_minutes = self.request_expiry_minutes;
        event.daily_cap = self.daily_cap;
        event.approval = self.approval;
    }
}

/// The field a schedule rule is about, for its message.
fn schedule_field(error: &ScheduleError) -> &'static str {
    match error {
        ScheduleError::SlotLength => "slot_minutes",
        ScheduleError::Days => "days",
        ScheduleError::Gap => "gap_minutes",
        ScheduleError::BreakOutsideWindow => "breaks",
        ScheduleError::EndsBeforeStart | ScheduleError::NoSlots => "window_end",
    }
}

fn choice<T>(
    checks: &mut Checks,
    field: &'static str,
    value: &str,
    parse: fn(&str) -> Option<T>,
) -> Option<T> {
    let parsed = parse(value);
    if parsed.is_none() {
        checks.fail(field, Message::new("meeting-choose-one-options"));
    }
    parsed
}

/// A local date and time in `zone` ("2027-03-01T09:00") as UTC.
fn local_instant(
    checks: &mut Checks,
    field: &'static str,
    value: &str,
    zone: Option<Tz>,
) -> Option<NaiveDateTime> {
    let local = checks.parsed(
        field,
        NaiveDateTime::parse_from_str(value.trim(), "%Y-%m-%dT%H:%M")
            .map_err(|_| Message::new("meeting-not-a-date-time").with("value", value.trim())),
    )?;
    let at = schedule::resolve(zone?, local);
    if at.is_none() {
        checks.fail(field, Message::new("meeting-clocks-skip-time-night"));
    }
    at.map(|at| at.naive_utc())
}

fn read_settings(input: &EventInput, now: NaiveDateTime) -> Result<Settings, FieldErrors> {
    let mut checks = Checks::new();
    let title = checks.text("title", &input.title, 3..=120);
    let description = checks.text("description", &input.description, 1..=4000);
    let zone = checks.parsed(
        "time_zone",
        input
            .time_zone
            .trim()
            .parse::<Tz>()
            .map_err(|_| Message::new("meeting-time-zone-unknown").with("value", input.time_zone.trim())),
    );
    let first_day = checks.future_date("first_day", &input.first_day, now.date(), true);
    let days = checks.whole("days", &input.days, 1..=14);
    let clock = |checks: &mut Checks, field, value: &str| {
        checks.parsed(
            field,
            parse_clock(value).ok_or_else(|| Message::new("meeting-not-a-time").with("value", value.trim())),
        )
    };
    let window_start = clock(&mut checks, "window_start", &input.window_start);
    let window_end = clock(&mut checks, "window_end", &input.window_end);
    let breaks = checks.parsed(
        "breaks",
        parse_spans(&input.breaks).ok_or_else(|| Message::new("meeting-breaks-format")),
    );
    let slot_minutes = checks.whole("slot_minutes", &input.slot_minutes, 10..=60);
    let gap_minutes = checks.whole("gap_minutes", &input.gap_minutes, 0..=30);
    let booking_opens_at = local_instant(&mut checks, "booking_opens", &input.booking_opens, zone);
    let booking_closes_at = local_instant(&mut checks, "booking_closes", &input.booking_closes, zone);
    let request_mode = choice(
        &mut checks,
        "request_mode",
        &input.request_mode,
        RequestMode::parse,
    );
    let request_expiry_minutes = checks.whole(
        "request_expiry_minutes",
        &input.request_expiry_minutes,
        REQUEST_EXPIRY_MINUTES,
    );
    let daily_cap = checks.whole("daily_cap", &input.daily_cap, DAILY_CAP);
    let approval = choice(&mut checks, "approval", &input.approval, Approval::parse);

    let window = match (window_start, window_end) {
        (Some(start), Some(end)) => match LocalSpan::new(start, end) {
            Ok(window) => Some(window),
            Err(error) => {
                checks.fail("window_end", error.message());
                None
            }
        },
        _ => None,
    };
    let schedule = match (zone, first_day, days, window, breaks, slot_minutes, gap_minutes) {
        (Some(zone), Some(first_day), Some(days), Some(window), Some(breaks), Some(slot), Some(gap)) => {
            let schedule = EventSchedule {
                zone,
                first_day,
                days: days.unsigned_abs(),
                window,
                breaks,
                slot_minutes: slot.unsigned_abs(),
                gap_minutes: gap.unsigned_abs(),
            };
            match schedule.validate() {
                Ok(()) => Some(schedule),
                Err(error) => {
                    checks.fail(schedule_field(&error), error.message());
                    None
                }
            }
        }
        _ => None,
    };
    if let (Some(opens), Some(closes)) = (booking_opens_at, booking_closes_at) {
        if closes <= opens {
            checks.fail(
                "booking_closes",
                Message::new("meeting-booking-closes-booking-must-close"),
            );
        } else if closes <= now {
            checks.fail(
                "booking_closes",
                Message::new("meeting-booking-closes-time-has-passed"),
            );
        }
        let last_end = schedule
            .as_ref()
            .and_then(|s| s.grid().slots.last().map(|slot| slot.ends_at));
        if last_end.is_some_and(|end: DateTime<Utc>| closes > end.naive_utc()) {
            checks.fail(
                "booking_closes",
                Message::new("meeting-booking-closes-booking-must-close-2"),
            );
        }
    }
    let settings = match (schedule, booking_opens_at, booking_closes_at) {
        (Some(schedule), Some(opens), Some(closes)) => Some(Settings {
            title,
            description,
            schedule,
            booking_opens_at: opens,
            booking_closes_at: closes,
            request_mode: request_mode.unwrap_or(RequestMode::NeedsAcceptance),
            request_expiry_minutes: request_expiry_minutes.unwrap_or(0),
            daily_cap: daily_cap.unwrap_or(0),
            approval: approval.unwrap_or(Approval::Organiser),
        }),
        _ => None,
    };
    checks.finish_with(settings)
}

/// The whole form checked: the programme and settings, then whom the event
/// is for; every problem of both is named at once.
fn read_form(
    conn: &mut DbConnection,
    input: &EventInput,
    now: NaiveDateTime,
) -> Result<(Settings, Audience), MeetingError> {
    match (
        read_settings(input, now),
        audience::read_audience(conn, &input.audience()),
    ) {
        (Ok(settings), Ok(audience)) => Ok((settings, audience)),
        (Err(mut errors), Err(MeetingError::Invalid(more))) => {
            errors.extend(more);
            Err(MeetingError::Invalid(errors))
        }
        (Err(errors), _) => Err(MeetingError::Invalid(errors)),
        (_, Err(other)) => Err(other),
    }
}

/// A slug from the title, numbered when another event has it.
fn unique_slug(conn: &mut DbConnection, title: &str) -> Result<String, MeetingError> {
    let base = crate::directory::slugify(title);
    let base = if base.is_empty() { "event".to_owned() } else { base };
    let mut slug = base.clone();
    let mut n = 2;
    while repo::slug_taken(conn, &slug)? {
        slug = format!("{base}-{n}");
        n += 1;
    }
    Ok(slug)
}

/// Creates a draft event owned by `organiser`.
pub fn create_event(
    conn: &mut DbConnection,
    organiser: &User,
    input: &EventInput,
    now: NaiveDateTime,
) -> Result<Event, MeetingError> {
    if !matches!(organiser.role, Role::Organiser | Role::Admin) {
        return Err(MeetingError::NotAllowed(Message::new(
            "refusal-event-organisers-only",
        )));
    }
    let (settings, audience) = read_form(conn, input, now)?;
    let mut event = Event {
        id: EventId::new(),
        owner_id: organiser.id.clone(),
        slug: unique_slug(conn, &settings.title)?,
        title: String::new(),
        description: String::new(),
        time_zone: String::new(),
        first_day: now.date(),
        days: 1,
        window_start: String::new(),
        window_end: String::new(),
        breaks: String::new(),
        slot_minutes: 0,
        gap_minutes: 0,
        booking_opens_at: now,
        booking_closes_at: now,
        request_mode: RequestMode::NeedsAcceptance,
        request_expiry_minutes: 0,
        daily_cap: 0,
        approval: Approval::Organiser,
        status: EventStatus::Draft,
        published_at: None,
        cancelled_at: None,
        created_at: now,
        updated_at: now,
        sectors: String::new(),
        buyer_countries: String::new(),
        focus_states: String::new(),
        focus_districts: String::new(),
        producer_capacity: None,
        buyer_capacity: None,
        video_base: None,
    };
    settings.apply_to(&mut event);
    audience.apply_to(&mut event);
    repo::insert_event(conn, &event)?;
    repo::replace_co_hosts(conn, &event.id, &audience.co_hosts)?;
    Ok(event)
}

/// The event with `slug` when `user` organises it; "not found" otherwise.
pub fn organised(conn: &mut DbConnection, user: &User, slug: &str) -> Result<Event, MeetingError> {
    let event = repo::event_by_slug(conn, slug)?.ok_or(MeetingError::NotFound)?;
    // A thread's own programme is owned by its producer, but nobody organises it.
    if from_enquiry::is_own_programme(conn, &event.id)? {
        return Err(MeetingError::NotFound);
    }
    if event.owner_id == user.id || repo::co_organisers(conn, &event.id)?.contains(&user.id) {
        Ok(event)
    } else {
        Err(MeetingError::NotFound)
    }
}

/// The event with `slug` when `user` organises it or is an admin, who
/// oversees every event (its schedule and report) but a thread's own
/// programme, which is the two parties' alone; "not found" otherwise.
pub fn overseen(conn: &mut DbConnection, user: &User, slug: &str) -> Result<Event, MeetingError> {
    if user.role() != Role::Admin {
        return organised(conn, user, slug);
    }
    let event = repo::event_by_slug(conn, slug)?.ok_or(MeetingError::NotFound)?;
    if from_enquiry::is_own_programme(conn, &event.id)? {
        return Err(MeetingError::NotFound);
    }
    Ok(event)
}

/// Changes the settings of an event that has not finished or been cancelled.
/// Once published, the programme (zone, days, window, slots) is fixed,
/// because meetings are booked on it.
pub fn update_event(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    input: &EventInput,
    now: NaiveDateTime,
) -> Result<Event, MeetingError> {
    let mut event = organised(conn, user, slug)?;
    let (settings, audience) = read_form(conn, input, now)?;
    audience.apply_to(&mut event);
    repo::replace_co_hosts(conn, &event.id, &audience.co_hosts)?;
    match event.phase(now)? {
        Phase::Draft => {}
        Phase::Upcoming | Phase::BookingOpen => {
            let mut changed = event.clone();
            settings.apply_to(&mut changed);
            if changed.schedule()? != event.schedule()? {
                return Err(MeetingError::field(
                    "first_day",
                    Message::new("meeting-first-day-meetings-booked-programme"),
                ));
            }
            event = changed;
            event.updated_at = now;
            repo::save_event_settings(conn, &event)?;
            return Ok(event);
        }
        Phase::Running | Phase::Finished | Phase::Cancelled => {
            return Err(MeetingError::NotAllowed(Message::new(
                "refusal-event-settings-closed",
            )));
        }
    }
    settings.apply_to(&mut event);
    event.updated_at = now;
    repo::save_event_settings(conn, &event)?;
    Ok(event)
}

pub fn publish_event(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    now: NaiveDateTime,
) -> Result<Event, MeetingError> {
    let event = organised(conn, user, slug)?;
    if event.first_day < now.date() {
        return Err(MeetingError::field(
            "first_day",
            Message::new("meeting-first-day-event-s-first"),
        ));
    }
    repo::move_event(conn, &event.id, (EventStatus::Draft, EventStatus::Published), now)?;
    repo::find_event(conn, &event.id)?.ok_or(MeetingError::NotFound)
}

/// Cancels an event: every meeting still on is cancelled, its slot freed and
/// both sides told (with the calendar entry withdrawn).
pub fn cancel_event(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    links: &notify::Links,
    now: NaiveDateTime,
) -> Result<Event, MeetingError> {
    let event = organised(conn, user, slug)?;
    if matches!(event.phase(now)?, Phase::Finished | Phase::Cancelled) {
        return Err(MeetingError::NotAllowed(Message::new("refusal-event-over")));
    }
    repo::move_event(conn, &event.id, (event.status, EventStatus::Cancelled), now)?;
    for participant in repo::participants_of(conn, &event.id, None, None)? {
        for meeting in repo::meetings_of(conn, &participant.id)? {
            if meeting.requester_id == participant.id {
                booking::cancel_for_event(conn, &event, meeting, links, now)?;
            }
        }
    }
    repo::find_event(conn, &event.id)?.ok_or(MeetingError::NotFound)
}

/// Gives `co_organiser` the owner's rights on the event.
pub fn add_co_organiser(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    co_organiser: &User,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let event = organised(conn, user, slug)?;
    if co_organiser.role != Role::Organiser {
        return Err(MeetingError::field(
            "email",
            Message::new("meeting-email-only-organiser-accounts"),
        ));
    }
    if co_organiser.id == event.owner_id || repo::co_organisers(conn, &event.id)?.contains(&co_organiser.id) {
        return Err(MeetingError::field(
            "email",
            Message::new("meeting-email-they-organise-event"),
        ));
    }
    repo::add_organiser(conn, &event.id, &co_organiser.id, now)?;
    Ok(())
}
