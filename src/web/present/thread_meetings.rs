//! View models of video meetings proposed from enquiry threads: the
//! proposal page, the meetings among a thread's messages, and the way back
//! from a meeting to its thread.

use chrono::NaiveDateTime;
use serde::Serialize;

use super::meetings::{SlotDay, offered_days};
use crate::domain::FieldErrors;
use crate::enquiries::views::Entry;
use crate::i18n::Message;
use crate::meetings::from_enquiry::{Origin, Proposal, ProposalInput, ThreadMeeting};
use crate::meetings::model::Participant;
use crate::meetings::views::AgendaLine;

/// Where a meeting can take place: on its own, or in one of the events both
/// take part in; each a link that shows its times.
#[derive(Debug, Serialize)]
pub struct PlaceChoice {
    pub label: Message,
    pub path: String,
    pub chosen: bool,
}

/// Someone's daily hours on their own clock: "09:00–17:00, Europe/Amsterdam".
fn hours_of(participant: &Participant) -> String {
    format!(
        "{}–{}, {}",
        participant.hours_start, participant.hours_end, participant.time_zone
    )
}

/// `/dashboard/enquiries/{id}/meeting`: propose a video meeting.
#[derive(Serialize)]
pub struct ThreadProposalPage {
    pub enquiry_id: String,
    pub subject: String,
    pub other_name: String,
    pub places: Vec<PlaceChoice>,
    /// The title of the event chosen; `None` for a meeting on its own.
    pub event_title: Option<String>,
    /// The times offered, under the days they fall on for the viewer.
    pub days: Vec<SlotDay>,
    pub none_in_common: bool,
    pub my_hours: String,
    pub their_hours: String,
    /// Where the viewer changes their hours, once they have a place to keep them.
    pub hours_path: Option<String>,
    pub values: ProposalInput,
    pub errors: FieldErrors,
}

impl ThreadProposalPage {
    pub fn new(
        proposal: &Proposal,
        (other_name, hours_stored): (String, bool),
        values: ProposalInput,
        errors: FieldErrors,
    ) -> Self {
        let base = format!("/dashboard/enquiries/{}/meeting", proposal.enquiry_id);
        let chosen = proposal.in_event.as_deref();
        let mut places = vec![PlaceChoice {
            label: Message::new("meetings-thread-on-its-own"),
            path: base.clone(),
            chosen: chosen.is_none(),
        }];
        places.extend(proposal.events.iter().map(|event| PlaceChoice {
            label: Message::new("meetings-thread-at").with("event", event.title.as_str()),
            path: format!("{base}?event={}", event.slug),
            chosen: chosen == Some(event.slug.as_str()),
        }));
        let booking = &proposal.booking;
        let (days, none_in_common) = offered_days(booking, &values.starts_at);
        Self {
            enquiry_id: proposal.enquiry_id.to_string(),
            subject: proposal.subject.clone(),
            other_name,
            places,
            event_title: chosen.map(|_| booking.event.title.clone()),
            days,
            none_in_common,
            my_hours: hours_of(&booking.me),
            their_hours: hours_of(&booking.other),
            hours_path: hours_stored.then(|| format!("/events/{}/availability", booking.event.slug)),
            values: ProposalInput {
                event: chosen.unwrap_or_default().to_owned(),
                ..values
            },
            errors,
        }
    }
}

/// A meeting among a thread's messages and quotes.
#[derive(Debug, Serialize)]
pub struct MeetingEntry {
    pub kind: &'static str,
    pub created_at: NaiveDateTime,
    pub mine: bool,
    pub on_its_own: bool,
    pub meeting: AgendaLine,
}

/// One item of a thread's timeline: something said, or a meeting proposed.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum TimelineItem {
    Said(Entry),
    Meeting(MeetingEntry),
}

impl TimelineItem {
    fn at(&self) -> NaiveDateTime {
        match self {
            TimelineItem::Said(entry) => entry.created_at,
            TimelineItem::Meeting(meeting) => meeting.created_at,
        }
    }
}

/// The thread's messages and quotes with its meetings, in the order they came.
pub fn timeline(entries: Vec<Entry>, meetings: Vec<ThreadMeeting>) -> Vec<TimelineItem> {
    let mut items: Vec<TimelineItem> = entries
        .into_iter()
        .map(TimelineItem::Said)
        .chain(meetings.into_iter().map(|m| {
            TimelineItem::Meeting(MeetingEntry {
                kind: "meeting",
                created_at: m.proposed_at,
                mine: m.proposed_by_me,
                on_its_own: m.on_its_own,
                meeting: m.line,
            })
        }))
        .collect();
    items.sort_by_key(TimelineItem::at);
    items
}

/// The thread a meeting was proposed in, on the meeting's page.
#[derive(Debug, Serialize)]
pub struct ThreadLink {
    pub enquiry_id: String,
    pub subject: String,
    pub on_its_own: bool,
}

impl From<Origin> for ThreadLink {
    fn from(origin: Origin) -> Self {
        Self {
            enquiry_id: origin.enquiry_id.to_string(),
            subject: origin.subject,
            on_its_own: origin.on_its_own,
        }
    }
}
