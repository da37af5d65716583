//! View models of the event and meeting pages.

use chrono::NaiveDateTime;
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::FieldErrors;
use crate::meetings::booking::{PairBooking, ProposalInput, RequestInput};
use crate::meetings::events::EventInput;
use crate::meetings::model::{Approval, MeetingStatus, RequestMode};
use crate::meetings::participation::ParticipationInput;
use crate::meetings::views::{AgendaLine, EventSummary, ParticipantCard, ProgrammeDay};
use crate::meetings::{PairSlots, display};

/// What the viewer can do next on an event's page.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NextStep {
    SignIn,
    /// A producer or buyer who does not take part yet, while it takes participants.
    TakePart {
        products: Vec<Choice>,
    },
    Waiting,
    Declined,
    Book,
    Manage,
    /// Nothing to do (an admin, or the event no longer takes anyone).
    Look,
}

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Serialize)]
pub struct EventPage {
    pub event: EventSummary,
    /// The zone the second time of each line is shown in.
    pub viewer_zone: String,
    pub programme: Vec<ProgrammeDay>,
    pub producers: Vec<ParticipantCard>,
    pub buyer_count: usize,
    pub next: NextStep,
    pub values: ParticipationInput,
    pub errors: FieldErrors,
}

#[derive(Serialize)]
pub struct OfferedSlot {
    /// RFC 3339, what the form sends back.
    pub value: String,
    /// On the viewer's clock, then the other party's.
    pub label: String,
    /// For a slot outside someone's hours: by how much, for whom.
    pub note: Option<String>,
}

#[derive(Serialize)]
pub struct BookingPage {
    pub event: EventSummary,
    pub others: Vec<ParticipantCard>,
    pub other: Option<ParticipantCard>,
    pub slots: Vec<OfferedSlot>,
    /// The pair has no slot inside both parties' hours; `slots` are the nearest.
    pub none_in_common: bool,
    pub values: RequestInput,
    pub errors: FieldErrors,
}

fn hours_and_minutes(d: chrono::Duration) -> String {
    let minutes = d.num_minutes();
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// The slots a pair is offered, worded for the viewer (`booking.me`).
pub fn offered_slots(booking: &PairBooking) -> (Vec<OfferedSlot>, bool) {
    let mine = booking.me.zone().unwrap_or(Tz::UTC);
    let theirs = booking.other.zone().unwrap_or(Tz::UTC);
    let label = |at| display::in_both_zones(at, mine, theirs);
    match &booking.slots {
        PairSlots::Common(slots) => (
            slots
                .iter()
                .map(|s| OfferedSlot {
                    value: s.starts_at.to_rfc3339(),
                    label: label(s.starts_at),
                    note: None,
                })
                .collect(),
            false,
        ),
        PairSlots::Nearest(near) => (
            near.iter()
                .map(|n| {
                    let mut notes = Vec::new();
                    if !n.first_outside_by.is_zero() {
                        notes.push(format!(
                            "{} outside your hours",
                            hours_and_minutes(n.first_outside_by)
                        ));
                    }
                    if !n.second_outside_by.is_zero() {
                        notes.push(format!(
                            "{} outside theirs",
                            hours_and_minutes(n.second_outside_by)
                        ));
                    }
                    OfferedSlot {
                        value: n.slot.starts_at.to_rfc3339(),
                        label: label(n.slot.starts_at),
                        note: Some(notes.join(", ")),
                    }
                })
                .collect(),
            true,
        ),
    }
}

#[derive(Serialize)]
pub struct EventFormPage {
    pub is_new: bool,
    pub slug: Option<String>,
    pub values: EventInput,
    pub errors: FieldErrors,
    pub request_modes: Vec<Choice>,
    pub approvals: Vec<Choice>,
}

impl EventFormPage {
    pub fn new(slug: Option<String>, values: EventInput, errors: FieldErrors) -> Self {
        Self {
            is_new: slug.is_none(),
            slug,
            values,
            errors,
            request_modes: RequestMode::ALL
                .iter()
                .map(|m| Choice {
                    value: m.as_str().into(),
                    label: m.label().into(),
                })
                .collect(),
            approvals: Approval::ALL
                .iter()
                .map(|a| Choice {
                    value: a.as_str().into(),
                    label: a.label().into(),
                })
                .collect(),
        }
    }

    /// A new event's form with sensible choices: a fortnight's notice.
    pub fn blank(now: NaiveDateTime) -> Self {
        let first = now.date() + chrono::Duration::days(28);
        let values = EventInput {
            time_zone: "Asia/Kolkata".into(),
            first_day: first.to_string(),
            days: "2".into(),
            window_start: "14:00".into(),
            window_end: "19:00".into(),
            breaks: String::new(),
            slot_minutes: "20".into(),
            gap_minutes: "10".into(),
            booking_opens: format!("{}T09:00", now.date() + chrono::Duration::days(1)),
            booking_closes: format!("{}T18:00", first - chrono::Duration::days(1)),
            request_mode: RequestMode::NeedsAcceptance.as_str().into(),
            request_expiry_minutes: "2880".into(),
            daily_cap: "12".into(),
            approval: Approval::Organiser.as_str().into(),
            ..EventInput::default()
        };
        Self::new(None, values, FieldErrors::new())
    }
}

#[derive(Serialize)]
pub struct ManagePage {
    pub event: EventSummary,
    pub form: EventFormPage,
    pub participants: Vec<ParticipantCard>,
}

#[derive(Serialize)]
pub struct AgendaPage {
    /// The next confirmed meeting, for the countdown.
    pub next: Option<AgendaLine>,
    /// Confirmed meetings still ahead, by start.
    pub upcoming: Vec<AgendaLine>,
    /// Requests waiting for the viewer's answer.
    pub received: Vec<AgendaLine>,
    /// Requests waiting for the other side's.
    pub sent: Vec<AgendaLine>,
    /// Meetings held, and requests and meetings no longer on, latest first.
    pub past: Vec<AgendaLine>,
}

impl AgendaPage {
    /// `lines` (by start) sorted into the page's sections.
    pub fn new(lines: Vec<AgendaLine>) -> Self {
        let mut page = Self {
            next: None,
            upcoming: Vec::new(),
            received: Vec::new(),
            sent: Vec::new(),
            past: Vec::new(),
        };
        for line in lines {
            match (line.past, line.status) {
                (true, _) => page.past.push(line),
                (false, MeetingStatus::Accepted) => page.upcoming.push(line),
                (false, _) if line.received => page.received.push(line),
                (false, _) => page.sent.push(line),
            }
        }
        page.past.reverse();
        page.next = page.upcoming.first().cloned();
        page
    }
}

/// A meeting's own page: its details, what the viewer can do, and the
/// video room's Join button when it is time.
#[derive(Serialize)]
pub struct MeetingPage {
    pub meeting: AgendaLine,
}

/// Proposing another time: the pair's free slots, as on the booking page.
#[derive(Serialize)]
pub struct ProposePage {
    pub meeting: AgendaLine,
    pub slots: Vec<OfferedSlot>,
    pub none_in_common: bool,
    pub values: ProposalInput,
    pub errors: FieldErrors,
}

#[derive(Serialize)]
pub struct ConfirmPage {
    pub meeting: AgendaLine,
    pub action: &'static str,
    pub question: &'static str,
    pub button: &'static str,
    /// Declining and cancelling take a reason.
    pub asks_reason: bool,
}
