//! Events, participants, a pair's slots and meetings as the JSON API shows
//! them, under the pages' rules of who sees what. Times a program computes
//! with are UTC instants (RFC 3339); times a person reads are worded on the
//! caller's clock and the other party's, as the pages word them.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::booking::{self, PairBooking};
use super::error::MeetingError;
use super::events::{self, EventInput};
use super::invite::{Invite, InviteMethod};
use super::model::{Event, EventStatus, MeetingStatus, ParticipantStatus, Side, clock_text};
use super::notify::{self, Links};
use super::views::{self, AgendaLine, EventSummary, ParticipantCard, ProgrammeDay};
use super::{PairSlots, Slot, display, from_enquiry, participation, repo};
use crate::accounts::User;
use crate::db::DbConnection;
use crate::i18n::Message;

/// An event with the settings its form takes (what `PATCH` changes) and
/// its programme. Co-organisers are not shown.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EventJson {
    #[serde(flatten)]
    pub summary: EventSummary,
    pub status: EventStatus,
    pub booking_opens_at: DateTime<Utc>,
    pub booking_closes_at: DateTime<Utc>,
    /// The event form's fields; booking times on the event's clock.
    pub settings: EventInput,
    /// Day by day, on the event's clock and the caller's.
    pub programme: Vec<ProgrammeDay>,
}

/// `event` as `user` (anyone, when `None`) reads it.
pub fn event_json(
    conn: &mut DbConnection,
    event: &Event,
    user: Option<&User>,
    now: NaiveDateTime,
) -> Result<EventJson, MeetingError> {
    let zone = views::viewer_zone(conn, event, user)?;
    let co_hosts = repo::co_hosts_of(conn, &event.id)?;
    Ok(EventJson {
        summary: views::event_summary(event, now)?,
        status: event.status,
        booking_opens_at: event.booking_opens_at.and_utc(),
        booking_closes_at: event.booking_closes_at.and_utc(),
        settings: EventInput::from_event(event, &co_hosts),
        programme: views::programme(event, zone)?,
    })
}

/// The event `slug` for `user`: a draft exists only for its organisers.
pub fn visible_event(
    conn: &mut DbConnection,
    user: Option<&User>,
    slug: &str,
    now: NaiveDateTime,
) -> Result<EventJson, MeetingError> {
    let event = repo::event_by_slug(conn, slug)?.ok_or(MeetingError::NotFound)?;
    if from_enquiry::is_own_programme(conn, &event.id)? {
        return Err(MeetingError::NotFound);
    }
    if event.status == EventStatus::Draft {
        events::organised(conn, user.ok_or(MeetingError::NotFound)?, slug)?;
    }
    event_json(conn, &event, user, now)
}

/// Who `user` may see taking part in the event `slug`: its organisers see
/// everyone with their status; an approved participant sees the approved
/// other side, whom they can meet; to anyone else the list does not exist.
pub fn participants(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
) -> Result<Vec<ParticipantCard>, MeetingError> {
    let listed = match events::organised(conn, user, slug) {
        Ok(event) => repo::participants_of(conn, &event.id, None, None)?,
        Err(MeetingError::NotFound) => {
            let (event, me) = participation::own_participation(conn, user, slug)?;
            if me.status != ParticipantStatus::Approved {
                return Err(MeetingError::NotFound);
            }
            let other_side = match me.side {
                Side::Producer => Side::Buyer,
                Side::Buyer => Side::Producer,
            };
            repo::participants_of(
                conn,
                &event.id,
                Some(other_side),
                Some(ParticipantStatus::Approved),
            )?
        }
        Err(other) => return Err(other),
    };
    views::participant_cards(conn, &listed)
}

/// Clock times of a day, on the participant's own clock.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Hours {
    /// "09:00"
    pub start: String,
    pub end: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DayHours {
    pub date: NaiveDate,
    #[serde(flatten)]
    pub hours: Hours,
}

/// The caller's own place in an event, with the hours they meet in.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ParticipationJson {
    #[serde(flatten)]
    pub card: ParticipantCard,
    /// The organisers' note with their decision.
    pub decision_note: Option<String>,
    /// Every day's hours, in `time_zone`…
    pub hours: Hours,
    /// …except on these event days.
    pub days: Vec<DayHours>,
}

/// `user`'s place in the event `slug`; "not found" when they have none.
pub fn participation(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
) -> Result<ParticipationJson, MeetingError> {
    let (_, me) = participation::own_participation(conn, user, slug)?;
    let mut days: Vec<DayHours> = repo::hours_by_day(conn, &me.id)?
        .into_iter()
        .map(|(date, span)| DayHours {
            date,
            hours: Hours {
                start: clock_text(span.start),
                end: clock_text(span.end),
            },
        })
        .collect();
    days.sort_by_key(|d| d.date);
    Ok(ParticipationJson {
        card: views::participant_card(conn, &me)?,
        decision_note: me.decision_note.clone(),
        hours: Hours {
            start: me.hours_start.clone(),
            end: me.hours_end.clone(),
        },
        days,
    })
}

/// A slot offered to a pair, on both clocks.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SlotJson {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// On the caller's clock: "Tue 3 Mar, 14:30 IST (UTC+05:30)".
    pub mine: String,
    /// On the other participant's clock.
    pub theirs: String,
    /// How far it falls outside the caller's hours (0: inside).
    pub outside_my_hours_minutes: i64,
    pub outside_their_hours_minutes: i64,
}

/// The free slots of the caller and another participant.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PairSlotsJson {
    pub with: ParticipantCard,
    pub my_time_zone: String,
    pub their_time_zone: String,
    /// Whether `slots` lie inside both sides' hours; when not, they are the
    /// free slots nearest to them, least time outside anyone's hours first.
    pub in_common: bool,
    /// Says so when nothing is in common.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
    pub slots: Vec<SlotJson>,
}

const NOTHING_IN_COMMON: &str = "No free time lies inside both your hours and theirs; \
    these are the nearest free slots, with how far outside each side's hours they fall.";

/// The free slots of `user` and participant `with` in the event `slug`.
pub fn pair_slots(
    conn: &mut DbConnection,
    user: &User,
    slug: &str,
    with: &str,
    now: NaiveDateTime,
) -> Result<PairSlotsJson, MeetingError> {
    let booking = booking::slots_for_pair(conn, user, slug, with, now)?;
    pair_slots_json(conn, booking)
}

/// An event a thread's two parties both take part in, for `event` to name.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EventChoiceJson {
    pub slug: String,
    pub title: String,
}

/// What a party of an enquiry thread can propose: where, and the pair's
/// free slots there.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ThreadSlotsJson {
    /// The events both take part in whose booking is open; a proposal's
    /// `event` takes one's slug, or is empty for a meeting on its own.
    pub events: Vec<EventChoiceJson>,
    /// The slug of the event `slots` are of; null for a meeting on its own
    /// (the next 14 days, every half hour, the parties' meetings at events
    /// counting as busy).
    pub event: Option<String>,
    pub slots: PairSlotsJson,
}

/// What `user` can propose in enquiry thread `id`, in the event `in_event`
/// or (`None`) on its own.
pub fn thread_slots(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    in_event: Option<&str>,
    now: NaiveDateTime,
) -> Result<ThreadSlotsJson, MeetingError> {
    let proposal = from_enquiry::proposal(conn, user, id, in_event, now)?;
    Ok(ThreadSlotsJson {
        events: proposal
            .events
            .iter()
            .map(|e| EventChoiceJson {
                slug: e.slug.clone(),
                title: e.title.clone(),
            })
            .collect(),
        event: proposal.in_event,
        slots: pair_slots_json(conn, proposal.booking)?,
    })
}

fn pair_slots_json(conn: &mut DbConnection, booking: PairBooking) -> Result<PairSlotsJson, MeetingError> {
    let PairBooking { me, other, slots, .. } = booking;
    let (my_zone, their_zone) = (me.zone().unwrap_or(Tz::UTC), other.zone().unwrap_or(Tz::UTC));
    let offered = |slot: &Slot, mine: Duration, theirs: Duration| SlotJson {
        starts_at: slot.starts_at,
        ends_at: slot.ends_at,
        mine: display::day_and_time(slot.starts_at, my_zone),
        theirs: display::day_and_time(slot.starts_at, their_zone),
        outside_my_hours_minutes: mine.num_minutes(),
        outside_their_hours_minutes: theirs.num_minutes(),
    };
    let (in_common, offered) = match &slots {
        PairSlots::Common(slots) => (
            true,
            slots
                .iter()
                .map(|s| offered(s, Duration::zero(), Duration::zero()))
                .collect(),
        ),
        // `slots_for_pair` passes the caller's hours first.
        PairSlots::Nearest(near) => (
            false,
            near.iter()
                .map(|n| offered(&n.slot, n.first_outside_by, n.second_outside_by))
                .collect(),
        ),
    };
    Ok(PairSlotsJson {
        with: views::participant_card(conn, &other)?,
        my_time_zone: my_zone.name().to_owned(),
        their_time_zone: their_zone.name().to_owned(),
        in_common,
        note: (!in_common).then_some(NOTHING_IN_COMMON),
        slots: offered,
    })
}

/// A participant's meetings in every event, each list by start.
#[derive(Debug, Clone, Default, Serialize, utoipa::ToSchema)]
pub struct MyMeetings {
    /// Accepted, and not over yet.
    pub upcoming: Vec<AgendaLine>,
    /// Requests waiting for the caller's answer.
    pub requests_received: Vec<AgendaLine>,
    /// The caller's requests waiting for the other side's.
    pub requests_sent: Vec<AgendaLine>,
    /// Meetings that are over, and requests and meetings no longer on
    /// (declined, cancelled, expired).
    pub past: Vec<AgendaLine>,
}

pub fn my_meetings(
    conn: &mut DbConnection,
    user: &User,
    now: NaiveDateTime,
) -> Result<MyMeetings, MeetingError> {
    let mut lists = MyMeetings::default();
    for line in views::agenda(conn, user, now)? {
        let list = match line.status {
            MeetingStatus::Accepted if line.ends_at.naive_utc() > now => &mut lists.upcoming,
            // A request is open while its recipient can accept it and its requester withdraw it.
            MeetingStatus::Requested if line.can_accept => &mut lists.requests_received,
            MeetingStatus::Requested if line.can_cancel => &mut lists.requests_sent,
            _ => &mut lists.past,
        };
        list.push(line);
    }
    Ok(lists)
}

/// The calendar invitation of meeting `id` as it stands, for one of its
/// participants: the invitation once accepted, its withdrawal once an
/// accepted meeting is cancelled. A request has none until it is accepted.
pub fn invitation(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    links: &Links,
) -> Result<Invite, MeetingError> {
    let (event, _, meeting) = booking::own_meeting(conn, user, id)?;
    // A video room is given on acceptance only, so a cancelled meeting that
    // has one was in calendars; a withdrawn request never was.
    let method = match meeting.status {
        MeetingStatus::Accepted => InviteMethod::Request,
        MeetingStatus::Cancelled if meeting.video_url.is_some() => InviteMethod::Cancel,
        MeetingStatus::Requested => {
            return Err(MeetingError::NotAllowed(Message::new(
                "refusal-meeting-invite-not-accepted",
            )));
        }
        MeetingStatus::Cancelled | MeetingStatus::Declined | MeetingStatus::Expired => {
            return Err(MeetingError::NotAllowed(Message::new(
                "refusal-meeting-invite-never-accepted",
            )));
        }
    };
    notify::last_invite(conn, &event, &meeting, method, (user, links))
}
