//! The shapes pages and the API show: an event's summary and programme,
//! participants with their products, and a participant's agenda with every
//! time on their clock and the other party's.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::audience::CoHost;
use super::banner::{self, Banner};
use super::error::MeetingError;
use super::model::{
    CancelledBy, Event, EventId, Meeting, MeetingStatus, Participant, ParticipantStatus, Phase, Side,
};
use super::outcomes::{self, Outcome};
use super::{display, repo};
use crate::accounts::repo as accounts_repo;
use crate::accounts::{Role, User};
use crate::catalogue::model::{Producer, Product};
use crate::catalogue::repo as catalogue_repo;
use crate::catalogue::values::ProductStatus;
use crate::db::DbConnection;
use crate::directory::Sector;
use crate::directory::model::{District, State};
use crate::directory::repo as directory_repo;
use crate::enquiries::model::BuyerProfile;
use crate::enquiries::{buyers, repo as enquiries_repo};
use crate::format::dates;
use crate::format::paths;
use crate::i18n::Message;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EventSummary {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub phase: Phase,
    pub phase_label: &'static str,
    pub time_zone: String,
    /// "Mon, 4 Jan 2027 – Tue, 5 Jan 2027", in the event's zone.
    pub dates: String,
    /// "14:00–18:00 IST (UTC+05:30), breaks 16:00–16:30"
    pub hours: String,
    pub slot_minutes: i32,
}

pub fn event_summary(event: &Event, now: NaiveDateTime) -> Result<EventSummary, MeetingError> {
    let schedule = event.schedule()?;
    let phase = event.phase(now)?;
    let day = dates::weekday_day;
    let last = schedule.dates().last().unwrap_or(schedule.first_day);
    let dates = if last == schedule.first_day {
        day(last)
    } else {
        format!("{} – {}", day(schedule.first_day), day(last))
    };
    let breaks = if event.breaks.is_empty() {
        String::new()
    } else {
        format!(", breaks {}", event.breaks)
    };
    Ok(EventSummary {
        slug: event.slug.clone(),
        title: event.title.clone(),
        description: event.description.clone(),
        phase,
        phase_label: phase.label(),
        time_zone: event.time_zone.clone(),
        dates,
        hours: format!(
            "{}–{} {}{breaks}",
            event.window_start, event.window_end, event.time_zone
        ),
        slot_minutes: event.slot_minutes,
    })
}

/// What an event says about whom it is for and who stands behind it.
#[derive(Debug, Clone, Serialize)]
pub struct EventDetails {
    pub co_hosts: Vec<CoHost>,
    /// Sector names.
    pub sectors: Vec<&'static str>,
    /// The buyers' countries it looks for, by name.
    pub buyer_countries: Vec<String>,
    /// The states and districts it features, by name.
    pub places: Vec<String>,
    /// "12 of 300 places taken", per side with a limit.
    pub producer_places: Option<Message>,
    pub buyer_places: Option<Message>,
}

pub fn event_details(
    conn: &mut DbConnection,
    event: &Event,
    (producers, buyers): (usize, usize),
) -> Result<EventDetails, MeetingError> {
    let codes = |text: &str| -> Vec<i32> { text.split(',').filter_map(|c| c.trim().parse().ok()).collect() };
    let (states, districts) = (codes(&event.focus_states), codes(&event.focus_districts));
    let mut places: Vec<String> = directory_repo::all_states(conn)?
        .into_iter()
        .filter(|s| states.contains(&s.lgd_code))
        .map(|s| s.name)
        .collect();
    if !districts.is_empty() {
        places.extend(
            catalogue_repo::all_districts(conn)?
                .into_iter()
                .filter(|(d, _)| districts.contains(&d.lgd_code))
                .map(|(d, s)| format!("{} ({})", d.name, s.name)),
        );
    }
    let countries: Vec<&str> = event
        .buyer_countries
        .split(',')
        .filter(|c| !c.is_empty())
        .collect();
    let names = directory_repo::country_names(conn, &countries)?;
    let taken = |count: usize, capacity: Option<i32>| {
        capacity.map(|cap| {
            Message::new("meetings-places-taken")
                .with("taken", count)
                .with("count", cap)
        })
    };
    Ok(EventDetails {
        co_hosts: repo::co_hosts_of(conn, &event.id)?,
        sectors: event
            .sectors
            .split(',')
            .filter_map(Sector::from_slug)
            .map(Sector::name)
            .collect(),
        buyer_countries: countries
            .iter()
            .map(|c| names.get(*c).cloned().unwrap_or_else(|| (*c).to_owned()))
            .collect(),
        places,
        producer_places: taken(producers, event.producer_capacity),
        buyer_places: taken(buyers, event.buyer_capacity),
    })
}

/// One day of the programme: its meeting hours in the event's zone and the viewer's.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ProgrammeDay {
    /// The day's meeting hours on both clocks, in one line.
    pub hours: String,
    pub first_slot: String,
    pub last_slot_ends: String,
    pub slots: usize,
}

/// The programme day by day, each bound shown in the event's zone and `viewer`'s.
pub fn programme(event: &Event, viewer: Tz) -> Result<Vec<ProgrammeDay>, MeetingError> {
    let schedule = event.schedule()?;
    let zone = schedule.zone;
    let grid = schedule.grid();
    Ok(schedule
        .dates()
        .filter_map(|date| {
            let slots: Vec<_> = grid
                .slots
                .iter()
                .filter(|s| s.starts_at.with_timezone(&zone).date_naive() == date)
                .collect();
            let (first, last) = (slots.first()?, slots.last()?);
            Some(ProgrammeDay {
                hours: display::span_in_both_zones(first.starts_at, last.ends_at, zone, viewer),
                first_slot: display::in_both_zones(first.starts_at, zone, viewer),
                last_slot_ends: display::in_both_zones(last.ends_at, zone, viewer),
                slots: slots.len(),
            })
        })
        .collect())
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ProductLink {
    pub id: String,
    pub title: String,
    pub path: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ParticipantCard {
    pub id: String,
    pub side: Side,
    pub side_label: &'static str,
    pub status: ParticipantStatus,
    pub status_label: &'static str,
    /// The business for a producer, the company (or name) for a buyer.
    pub name: String,
    pub pitch: String,
    pub time_zone: String,
    /// A producer's published listings brought to the event.
    pub products: Vec<ProductLink>,
    /// A buyer the organisers host.
    pub hosted: bool,
    /// Buyers: the HS codes they source and the volumes they buy.
    pub hs_codes: String,
    pub volumes: String,
    /// Where a producer works: district and state, with their codes for filters.
    pub place: Option<String>,
    pub state_code: Option<i32>,
    pub district_code: Option<i32>,
    /// A producer the site has verified.
    pub verified: bool,
    /// A producer bringing a GI-tagged listing.
    pub gi: bool,
    /// Sector slugs: a producer's listings', a buyer's profile's.
    pub sectors: Vec<String>,
    /// A buyer's country: ISO code and name.
    pub country: Option<String>,
    pub country_name: Option<String>,
}

/// Everything the cards of a list of participants show, read with one
/// query per table for the whole list: a page of 24 cards and a directory
/// of 500 cost the same six queries.
struct CardSources {
    users: HashMap<String, User>,
    /// By the producer's account id.
    producers: HashMap<String, Producer>,
    products: HashMap<String, Product>,
    /// By the buyer's account id.
    profiles: HashMap<String, BuyerProfile>,
    districts: HashMap<i32, (District, State)>,
    countries: HashMap<String, String>,
}

impl CardSources {
    fn load(conn: &mut DbConnection, participants: &[Participant]) -> Result<Self, MeetingError> {
        let accounts = |side: Side| -> Vec<&str> {
            participants
                .iter()
                .filter(|p| p.side == side)
                .map(|p| p.user_id.as_str())
                .collect()
        };
        let everyone: Vec<&str> = participants.iter().map(|p| p.user_id.as_str()).collect();
        let listings: Vec<&str> = participants.iter().flat_map(Participant::product_ids).collect();
        let users: HashMap<String, User> = accounts_repo::users_by_ids(conn, &everyone)?
            .into_iter()
            .map(|u| (u.id.to_string(), u))
            .collect();
        let producers: HashMap<String, Producer> =
            catalogue_repo::producers_of_users(conn, &accounts(Side::Producer))?
                .into_iter()
                .map(|p| (p.user_id.to_string(), p))
                .collect();
        let codes: Vec<i32> = producers.values().map(|p| p.district_code).collect();
        let countries: Vec<&str> = users.values().filter_map(|u| u.country_code.as_deref()).collect();
        Ok(Self {
            products: catalogue_repo::products_by_ids(conn, &listings)?
                .into_iter()
                .map(|p| (p.id.to_string(), p))
                .collect(),
            profiles: enquiries_repo::buyer_profiles_of(conn, &accounts(Side::Buyer))?
                .into_iter()
                .map(|p| (p.user_id.to_string(), p))
                .collect(),
            districts: catalogue_repo::districts_by_codes(conn, &codes)?
                .into_iter()
                .map(|(d, s)| (d.lgd_code, (d, s)))
                .collect(),
            countries: directory_repo::country_names(conn, &countries)?,
            users,
            producers,
        })
    }

    fn card(&self, participant: &Participant) -> Result<ParticipantCard, MeetingError> {
        let user = self
            .users
            .get(participant.user_id.as_str())
            .ok_or(MeetingError::NotFound)?;
        let (mut products, mut gi, mut sectors) = (Vec::new(), false, Vec::new());
        let published = participant
            .product_ids()
            .filter_map(|id| self.products.get(id))
            .filter(|p| p.status == ProductStatus::Published);
        for product in published {
            gi |= product.gi_product_id.is_some();
            if !sectors.contains(&product.sector) {
                sectors.push(product.sector.clone());
            }
            products.push(ProductLink {
                id: product.id.to_string(),
                path: paths::product(&product.slug),
                title: product.title.clone(),
            });
        }
        let (mut place, mut verified, mut country, mut name) = (None, false, None, None);
        match participant.side {
            Side::Producer => {
                if let Some(producer) = self.producers.get(participant.user_id.as_str()) {
                    verified = producer.is_verified();
                    place = self.districts.get(&producer.district_code);
                    name = Some(producer.business_name.clone());
                }
            }
            Side::Buyer => {
                country = user.country_code.clone();
                name = user.company.clone().filter(|c| !c.is_empty());
                if let Some(profile) = self.profiles.get(participant.user_id.as_str()) {
                    sectors = profile
                        .sectors
                        .split(',')
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect();
                }
            }
        }
        Ok(ParticipantCard {
            hosted: participant.hosted,
            hs_codes: participant.hs_codes.clone(),
            volumes: participant.volumes.clone(),
            place: place.map(|(d, s)| format!("{}, {}", d.name, s.name)),
            state_code: place.map(|(_, s)| s.lgd_code),
            district_code: place.map(|(d, _)| d.lgd_code),
            verified,
            gi,
            sectors,
            country_name: country.as_ref().and_then(|c| self.countries.get(c).cloned()),
            country,
            id: participant.id.to_string(),
            side: participant.side,
            side_label: participant.side.label(),
            status: participant.status,
            status_label: participant.status.label(),
            name: name.unwrap_or_else(|| user.name.clone()),
            pitch: participant.pitch.clone(),
            time_zone: participant.time_zone.clone(),
            products,
        })
    }
}

/// The name the other side sees for `participant`.
pub fn participant_name(conn: &mut DbConnection, participant: &Participant) -> Result<String, MeetingError> {
    let user = accounts_repo::find_user(conn, &participant.user_id)?.ok_or(MeetingError::NotFound)?;
    Ok(match participant.side {
        Side::Producer => catalogue_repo::producer_by_user(conn, &user.id)?.map(|p| p.business_name),
        Side::Buyer => user.company.clone().filter(|c| !c.is_empty()),
    }
    .unwrap_or(user.name))
}

/// The listings among `ids` that are published, in that order.
fn product_links<'a>(
    conn: &mut DbConnection,
    ids: impl Iterator<Item = &'a str>,
) -> Result<Vec<ProductLink>, MeetingError> {
    let mut products = Vec::new();
    for id in ids {
        if let Some(product) = catalogue_repo::find_product(conn, id)?
            && product.status == ProductStatus::Published
        {
            products.push(ProductLink {
                id: product.id.to_string(),
                path: paths::product(&product.slug),
                title: product.title,
            });
        }
    }
    Ok(products)
}

pub fn participant_card(
    conn: &mut DbConnection,
    participant: &Participant,
) -> Result<ParticipantCard, MeetingError> {
    CardSources::load(conn, std::slice::from_ref(participant))?.card(participant)
}

/// The cards of `participants`, in their order, from a fixed number of queries.
pub fn participant_cards(
    conn: &mut DbConnection,
    participants: &[Participant],
) -> Result<Vec<ParticipantCard>, MeetingError> {
    let sources = CardSources::load(conn, participants)?;
    participants.iter().map(|p| sources.card(p)).collect()
}

/// Who takes part in an event, as its public page shows them: how many on
/// each side, and one page of the approved producers with their listings.
#[derive(Debug, Clone, Serialize)]
pub struct TakingPart {
    pub producers: usize,
    pub buyers: usize,
    /// The page shown (from 1; a number past the last shows the last) of `pages`.
    pub page: usize,
    pub pages: usize,
    /// The positions of the first and last producer shown, from 1.
    pub first: usize,
    pub last: usize,
    pub cards: Vec<ParticipantCard>,
}

/// Page `page` of `event`'s approved producers, `per_page` at a time, in
/// the order they joined, with both sides' counts: a few queries however
/// many take part.
pub fn taking_part(
    conn: &mut DbConnection,
    event: &Event,
    page: usize,
    per_page: usize,
) -> Result<TakingPart, MeetingError> {
    let (producers, buyers) = repo::approved_counts(conn, &event.id)?;
    let per_page = per_page.max(1);
    let pages = producers.div_ceil(per_page).max(1);
    let page = page.clamp(1, pages);
    let offset = (page - 1) * per_page;
    let listed = repo::approved_page(conn, &event.id, Side::Producer, (offset, per_page))?;
    Ok(TakingPart {
        producers,
        buyers,
        page,
        pages,
        first: offset + 1,
        last: offset + listed.len(),
        cards: participant_cards(conn, &listed)?,
    })
}

/// One meeting on a participant's agenda.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AgendaLine {
    pub id: String,
    pub event_title: String,
    pub event_slug: String,
    pub other_name: String,
    /// On the viewer's clock, then the other party's.
    pub when: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub minutes: i64,
    pub status: MeetingStatus,
    pub status_label: &'static str,
    /// The viewer was asked (rather than asked).
    pub received: bool,
    pub message: String,
    /// The producer's listings the meeting is about.
    pub products: Vec<ProductLink>,
    /// Who cancelled it: one of the two sides, the organisers, or the
    /// event's cancellation (none for meetings cancelled before this was kept).
    pub cancelled_by: Option<CancelledBy>,
    /// That, worded: "Cancelled by the organisers of …", "The event was cancelled."
    #[schema(value_type = Option<String>)]
    pub cancelled: Option<Message>,
    /// Why it was declined or cancelled, as the person typed it.
    pub reason: Option<String>,
    /// The reason is the English the site wrote into meetings cancelled
    /// before it kept who cancelled them (pages mark it `lang="en"`).
    pub reason_in_english: bool,
    pub video_url: Option<String>,
    /// Started already, or no longer on.
    pub past: bool,
    /// The Join button shows from [`JOIN_EARLY`] before the start to the end.
    pub joinable: bool,
    /// How long until it starts: "in 2 days", "in 3 h 20 min".
    #[schema(value_type = Option<String>)]
    pub starts_in: Option<Message>,
    /// Another time proposed for an accepted meeting, on both clocks.
    pub proposed_when: Option<String>,
    /// That proposal waits for the viewer's answer (else for the other side's).
    pub proposal_to_me: bool,
    pub can_accept: bool,
    pub can_cancel: bool,
    pub can_propose: bool,
    /// Ended and not yet told how it went: the agenda asks "How did it go?".
    pub asks_outcome: bool,
    /// What the viewer said came of it ("Yes, it took place · Samples requested").
    #[schema(value_type = Option<String>)]
    pub outcome: Option<Message>,
    /// The 90-day follow-up is open for the viewer.
    pub asks_follow_up: bool,
}

/// How long before its start a meeting's video room opens on its page.
pub const JOIN_EARLY: TimeDelta = TimeDelta::minutes(10);

/// "in 2 days 3 h", "in 3 h 20 min", "in 5 min".
fn starts_in(wait: TimeDelta) -> Message {
    let minutes = wait.num_minutes().max(1);
    let (days, hours, minutes) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    match (days, hours, minutes) {
        (0, 0, m) => Message::new("meetings-starts-in-minutes").with("minutes", m),
        (0, h, 0) => Message::new("meetings-starts-in-hours").with("hours", h),
        (0, h, m) => Message::new("meetings-starts-in-hours-minutes")
            .with("hours", h)
            .with("minutes", m),
        (d, 0, _) => Message::new("meetings-starts-in-days").with("days", d),
        (d, h, _) => Message::new("meetings-starts-in-days-hours")
            .with("days", d)
            .with("hours", h),
    }
}

/// Who cancelled `meeting`, in words, when it was the organisers or the
/// event's cancellation; a side's own cancellation says no more than its status.
pub(super) fn cancellation(event: &Event, meeting: &Meeting) -> Option<Message> {
    match meeting.cancelled_by? {
        CancelledBy::Participant => None,
        CancelledBy::Organisers => {
            Some(Message::new("meetings-cancelled-by-organisers").with("event", event.title.as_str()))
        }
        CancelledBy::Event => Some(Message::new("meetings-cancelled-with-event")),
    }
}

fn agenda_line(
    conn: &mut DbConnection,
    (event, me): (&Event, &Participant),
    meeting: &Meeting,
    outcome: Option<&Outcome>,
    now: NaiveDateTime,
) -> Result<AgendaLine, MeetingError> {
    let other_id = meeting.other_than(&me.id).ok_or(MeetingError::NotFound)?;
    let other = repo::find_participant(conn, other_id)?.ok_or(MeetingError::NotFound)?;
    let received = meeting.recipient_id == me.id;
    let waiting = meeting.status == MeetingStatus::Requested && meeting.expires_at.is_none_or(|at| at > now);
    let ahead = meeting.starts_at > now;
    let accepted = meeting.status == MeetingStatus::Accepted;
    let (me_zone, other_zone) = (me.zone().unwrap_or(Tz::UTC), other.zone().unwrap_or(Tz::UTC));
    let on = accepted || waiting;
    Ok(AgendaLine {
        id: meeting.id.to_string(),
        event_title: event.title.clone(),
        event_slug: event.slug.clone(),
        other_name: participant_name(conn, &other)?,
        when: display::in_both_zones(meeting.starts_at.and_utc(), me_zone, other_zone),
        starts_at: meeting.starts_at.and_utc(),
        ends_at: meeting.ends_at.and_utc(),
        minutes: (meeting.ends_at - meeting.starts_at).num_minutes(),
        status: meeting.status,
        status_label: meeting.status.label(),
        received,
        message: meeting.message.clone(),
        products: product_links(conn, meeting.product_ids())?,
        cancelled_by: meeting.cancelled_by,
        cancelled: cancellation(event, meeting),
        reason: meeting.reason.clone(),
        reason_in_english: meeting.reason.is_some()
            && meeting.status == MeetingStatus::Cancelled
            && meeting.cancelled_by.is_none(),
        video_url: meeting.video_url.clone(),
        past: !ahead || !on,
        joinable: accepted && now >= meeting.starts_at - JOIN_EARLY && now < meeting.ends_at,
        starts_in: (ahead && on).then(|| starts_in(meeting.starts_at - now)),
        proposed_when: meeting
            .proposed_starts_at
            .filter(|_| accepted)
            .map(|at| display::in_both_zones(at.and_utc(), me_zone, other_zone)),
        proposal_to_me: accepted && meeting.proposed_by.as_ref().is_some_and(|by| *by != me.id),
        can_accept: received && waiting,
        can_cancel: ahead && (accepted || (!received && waiting)),
        can_propose: ahead && on,
        asks_outcome: outcomes::has_ended(meeting, now) && outcome.is_none(),
        outcome: outcome.map(|o| {
            Message::new("meetings-outcome-summary")
                .with("took_place", o.took_place.as_str())
                .with("result", o.result.map_or("none", |r| r.as_str()))
        }),
        asks_follow_up: outcomes::follow_up_closed(meeting, outcome, now).is_none(),
    })
}

/// Every meeting of every event `user` takes part in, by start.
pub fn agenda(
    conn: &mut DbConnection,
    user: &User,
    now: NaiveDateTime,
) -> Result<Vec<AgendaLine>, MeetingError> {
    let mut lines = Vec::new();
    for me in repo::participations_of(conn, &user.id)? {
        let Some(event) = repo::find_event(conn, &me.event_id)? else {
            continue;
        };
        let given = outcomes::repo::outcomes_of(conn, &me.id)?;
        for meeting in repo::meetings_of(conn, &me.id)? {
            let outcome = given.get(&meeting.id);
            lines.push((
                meeting.starts_at,
                agenda_line(conn, (&event, &me), &meeting, outcome, now)?,
            ));
        }
    }
    lines.sort_by_key(|(at, _)| *at);
    Ok(lines.into_iter().map(|(_, line)| line).collect())
}

/// One meeting as `user` sees it; "not found" unless they are in it.
pub fn meeting_line(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    now: NaiveDateTime,
) -> Result<AgendaLine, MeetingError> {
    let (event, me, meeting, outcome) = outcomes::own_outcome(conn, user, id)?;
    agenda_line(conn, (&event, &me), &meeting, outcome.as_ref(), now)
}

/// A participant's hours and slots, on their own clock.
#[derive(Debug, Clone, Serialize)]
pub struct HoursView {
    pub event: EventSummary,
    pub time_zone: String,
    /// Their hours on every day they did not set otherwise.
    pub daily_start: String,
    pub daily_end: String,
    pub days: Vec<DayHours>,
}

/// One event day: its hours and its slots as this participant has them.
#[derive(Debug, Clone, Serialize)]
pub struct DayHours {
    /// YYYY-MM-DD, the event's date (what the form sends back).
    pub date: String,
    /// "Tue, 2 Mar 2027".
    pub label: String,
    pub start: String,
    pub end: String,
    /// Set for this day rather than taken from the daily hours.
    pub own: bool,
    pub slots: Vec<SlotState>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SlotState {
    /// RFC 3339, what the block and unblock forms send.
    pub value: String,
    /// On the participant's clock.
    pub label: String,
    /// "free", "outside" (outside their hours), "blocked" (by them) or "booked".
    pub state: &'static str,
}

/// `user`'s hours and slots in the event `slug`.
pub fn hours_view(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    now: NaiveDateTime,
) -> Result<HoursView, MeetingError> {
    let (event, me) = super::participation::own_participation(conn, user, slug)?;
    let availability = super::participation::availability_of(conn, &me)?;
    let zone = availability.zone;
    let held = repo::held_starts(conn, &[&me.id], now)?;
    let blocked = repo::blocked_starts(conn, &me.id)?;
    let schedule = event.schedule()?;
    let grid = schedule.grid();
    let default = availability.default_hours.first().copied();
    let days = schedule
        .dates()
        .map(|date| {
            let own = availability
                .by_date
                .get(&date)
                .and_then(|spans| spans.first())
                .copied();
            let hours = own.or(default);
            let slots = grid
                .slots
                .iter()
                .filter(|s| s.starts_at.with_timezone(&schedule.zone).date_naive() == date)
                .map(|slot| {
                    let at = slot.starts_at.naive_utc();
                    SlotState {
                        value: slot.starts_at.to_rfc3339(),
                        label: display::clock_time(slot.starts_at, zone),
                        state: if blocked.contains(&at) {
                            "blocked"
                        } else if held.contains(&at) {
                            "booked"
                        } else if availability.covers(slot) {
                            "free"
                        } else {
                            "outside"
                        },
                    }
                })
                .collect();
            DayHours {
                date: date.to_string(),
                label: dates::weekday_day(date),
                start: hours
                    .map(|h| super::model::clock_text(h.start))
                    .unwrap_or_default(),
                end: hours.map(|h| super::model::clock_text(h.end)).unwrap_or_default(),
                own: own.is_some(),
                slots,
            }
        })
        .collect();
    Ok(HoursView {
        event: event_summary(&event, now)?,
        time_zone: zone.name().to_owned(),
        daily_start: me.hours_start.clone(),
        daily_end: me.hours_end.clone(),
        days,
    })
}

/// The events anyone can see, with their banners: the upcoming in date
/// order, then the finished and cancelled.
pub fn public_events(
    conn: &mut DbConnection,
    now: NaiveDateTime,
) -> Result<Vec<(EventSummary, Option<Banner>)>, MeetingError> {
    let events = repo::public_events(conn)?;
    let ids: Vec<EventId> = events.iter().map(|e| e.id.clone()).collect();
    let mut banners = banner::banners_of(conn, &ids)?;
    let mut listed = events
        .iter()
        .map(|e| Ok((event_summary(e, now)?, banners.remove(&e.id))))
        .collect::<Result<Vec<_>, MeetingError>>()?;
    listed.sort_by_key(|(s, _)| matches!(s.phase, Phase::Finished | Phase::Cancelled));
    Ok(listed)
}

/// The zone a viewer reads an event's times in: their place in the event,
/// else their buyer profile's zone, else India's for producers and UTC for
/// others.
pub fn viewer_zone(conn: &mut DbConnection, event: &Event, user: Option<&User>) -> Result<Tz, MeetingError> {
    let Some(user) = user else { return Ok(Tz::UTC) };
    if let Some(zone) = repo::participant_of(conn, &event.id, &user.id)?.and_then(|p| p.zone()) {
        return Ok(zone);
    }
    Ok(match user.role {
        Role::Buyer => buyers::time_zone_of(enquiries_repo::buyer_profile(conn, &user.id)?.as_ref()),
        Role::Producer => chrono_tz::Asia::Kolkata,
        Role::Organiser | Role::Admin => Tz::UTC,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_reads_in_the_largest_units_that_matter() {
        let wait = |delta| starts_in(delta).to_string();
        assert_eq!(wait(TimeDelta::seconds(20)), "in 1 min");
        assert_eq!(wait(TimeDelta::minutes(5)), "in 5 min");
        assert_eq!(wait(TimeDelta::minutes(120)), "in 2 h");
        assert_eq!(wait(TimeDelta::minutes(200)), "in 3 h 20 min");
        assert_eq!(wait(TimeDelta::hours(25)), "in 1 day 1 h");
        assert_eq!(wait(TimeDelta::hours(72) + TimeDelta::minutes(5)), "in 3 days");
    }
}
