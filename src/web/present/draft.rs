//! The draft schedule page: settings, fairness figures, the meetings a day
//! at a time (or one party's), producers left without a meeting and why,
//! and every "must meet" mark; and the page that moves one meeting.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use chrono_tz::Tz;
use serde::Serialize;

use super::meetings::{Choice, OfferedSlot, SlotDay, slot_days};
use crate::domain::FieldErrors;
use crate::format::dates::{self, date_time};
use crate::i18n::Message;
use crate::meetings::draft::check::{Breach, Conflict};
use crate::meetings::draft::model::DraftMeeting;
use crate::meetings::draft::review::MoveInput;
use crate::meetings::draft::{DraftState, Fairness, SettingsInput};
use crate::meetings::model::ParticipantId;
use crate::meetings::schedule::Slot;
use crate::meetings::views::EventSummary;

/// Participants' names by id.
pub type Names = BTreeMap<ParticipantId, String>;

#[derive(Debug, Serialize)]
pub struct DraftLine {
    pub id: String,
    /// "14:30 IST", on the event's clock.
    pub time: String,
    pub buyer: String,
    pub producer: String,
    pub basis: Message,
}

#[derive(Debug, Serialize)]
pub struct DraftDay {
    /// "Mon, 4 Jan 2027".
    pub label: String,
    pub meetings: Vec<DraftLine>,
}

/// A draft meeting that breaks a rule now, and which.
#[derive(Debug, Serialize)]
pub struct UnfitLine {
    pub meeting: DraftLine,
    /// "Tue, 2 Mar 2027"
    pub day: String,
    pub why: Message,
}

/// The rule a draft meeting breaks, in words.
pub fn breach_words(breach: &Breach, names: &Names) -> Message {
    match breach {
        Breach::Passed => Message::new("meetings-breach-passed"),
        Breach::OffProgramme => Message::new("meetings-breach-off-programme"),
        Breach::NotApproved { party } => {
            Message::new("meetings-breach-not-approved").with("name", name(names, party))
        }
        Breach::OutsideHours { party } => {
            Message::new("meetings-breach-outside-hours").with("name", name(names, party))
        }
        Breach::Held { party } => Message::new("meetings-breach-held").with("name", name(names, party)),
        Breach::DailyCap { party, cap } => Message::new("meetings-breach-daily-cap")
            .with("name", name(names, party))
            .with("cap", *cap),
    }
}

fn unfit_line(conflict: &Conflict, names: &Names, zone: Tz) -> UnfitLine {
    UnfitLine {
        meeting: line(&conflict.meeting, names, zone),
        day: dates::weekday_day(
            conflict
                .meeting
                .starts_at
                .and_utc()
                .with_timezone(&zone)
                .date_naive(),
        ),
        why: breach_words(&conflict.breach, names),
    }
}

#[derive(Debug, Serialize)]
pub struct NamedReason {
    pub name: String,
    pub why: Message,
}

#[derive(Debug, Serialize)]
pub struct Mark {
    pub from: String,
    pub to: String,
}

#[derive(Debug, Serialize)]
pub struct DraftPage {
    pub event: EventSummary,
    pub values: SettingsInput,
    pub errors: FieldErrors,
    pub hosted: usize,
    pub producers: usize,
    pub generated: Option<String>,
    pub published: Option<String>,
    pub total: usize,
    pub fairness: Option<Fairness>,
    /// The party whose meetings alone are listed, if one was chosen.
    pub party: String,
    pub parties: Vec<Choice>,
    pub days: Vec<DraftDay>,
    pub unplaced: Vec<NamedReason>,
    pub marks: Vec<Mark>,
    /// Meetings that break a rule now; publication refuses them.
    pub unfit: Vec<UnfitLine>,
    /// Their ids, for "leave them out and publish the rest".
    pub leave_out: String,
    /// The meetings that would be booked with them left out.
    pub publishable: usize,
    /// A publication was just refused for them.
    pub refused: bool,
}

fn name(names: &Names, id: &ParticipantId) -> String {
    names.get(id).cloned().unwrap_or_else(|| id.to_string())
}

fn line(meeting: &DraftMeeting, names: &Names, zone: Tz) -> DraftLine {
    DraftLine {
        id: meeting.id.to_string(),
        time: meeting
            .starts_at
            .and_utc()
            .with_timezone(&zone)
            .format("%H:%M %Z")
            .to_string(),
        buyer: name(names, &meeting.buyer_id),
        producer: name(names, &meeting.producer_id),
        basis: Message::new("meetings-draft-basis").with("basis", meeting.basis.as_str()),
    }
}

impl DraftPage {
    pub fn new(
        state: &DraftState,
        summary: EventSummary,
        names: &Names,
        party: Option<&str>,
        (values, errors): (Option<SettingsInput>, FieldErrors),
    ) -> Self {
        let zone: Tz = state.event.time_zone.parse().unwrap_or(Tz::UTC);
        let mut days: Vec<DraftDay> = Vec::new();
        let shown = state
            .meetings
            .iter()
            .filter(|m| party.is_none_or(|p| m.buyer_id.as_str() == p || m.producer_id.as_str() == p));
        for meeting in shown {
            let label = dates::weekday_day(meeting.starts_at.and_utc().with_timezone(&zone).date_naive());
            match days.last_mut() {
                Some(day) if day.label == label => day.meetings.push(line(meeting, names, zone)),
                _ => days.push(DraftDay {
                    label,
                    meetings: vec![line(meeting, names, zone)],
                }),
            }
        }
        let mut parties: Vec<Choice> = state
            .hosted
            .iter()
            .chain(&state.producers)
            .map(|p| Choice {
                value: p.id.to_string(),
                label: name(names, &p.id),
            })
            .collect();
        parties.sort_by(|a, b| a.label.cmp(&b.label).then(a.value.cmp(&b.value)));
        let stamp = |at: Option<NaiveDateTime>| at.map(date_time);
        let unfit: Vec<UnfitLine> = state.unfit.iter().map(|c| unfit_line(c, names, zone)).collect();
        Self {
            leave_out: state
                .unfit
                .iter()
                .map(|c| c.id().to_string())
                .collect::<Vec<_>>()
                .join(","),
            publishable: state.meetings.len().saturating_sub(state.unfit.len()),
            unfit,
            refused: false,
            event: summary,
            values: values
                .or_else(|| state.draft.as_ref().map(SettingsInput::of))
                .unwrap_or_default(),
            errors,
            hosted: state.hosted.len(),
            producers: state.producers.len(),
            generated: stamp(state.draft.as_ref().map(|d| d.generated_at)),
            published: stamp(state.draft.as_ref().and_then(|d| d.published_at)),
            total: state.meetings.len(),
            fairness: state.fairness.clone(),
            party: party.unwrap_or_default().to_owned(),
            parties,
            days,
            unplaced: state
                .unplaced
                .iter()
                .filter(|(id, _)| !state.meetings.iter().any(|m| m.producer_id == *id))
                .map(|(id, why)| NamedReason {
                    name: name(names, id),
                    why: Message::new("meetings-draft-unplaced").with("why", why.as_str()),
                })
                .collect(),
            marks: state
                .wishes
                .iter()
                .map(|(from, to)| Mark {
                    from: name(names, from),
                    to: name(names, to),
                })
                .collect(),
        }
    }
}

/// `/dashboard/events/{slug}/draft/meetings/{id}/move`: one draft meeting,
/// the rule it breaks now if any, the times it can move to, and its removal.
#[derive(Serialize)]
pub struct DraftMovePage {
    pub event: EventSummary,
    pub meeting: DraftLine,
    pub now: String,
    /// The rule it breaks now, in words.
    pub unfit: Option<Message>,
    /// The times free for both, under their days.
    pub days: Vec<SlotDay>,
    /// "schedule" when reached from the grid, which the forms return to.
    pub from: String,
    /// Where "back" leads: the grid at the meeting's day, or the draft page.
    pub back: String,
    pub back_label: Message,
    pub values: MoveInput,
    pub errors: FieldErrors,
}

impl DraftMovePage {
    pub fn new(
        event: EventSummary,
        (meeting, names, unfit): (&DraftMeeting, &Names, Option<&Breach>),
        zone: Tz,
        (slots, from): (&[Slot], &str),
        (values, errors): (MoveInput, FieldErrors),
    ) -> Self {
        let day = meeting.starts_at.and_utc().with_timezone(&zone).date_naive();
        let from_grid = from == "schedule";
        let offered = slots
            .iter()
            .map(|s| {
                let slot = OfferedSlot {
                    value: s.starts_at.to_rfc3339(),
                    label: s.starts_at.with_timezone(&zone).format("%H:%M %Z").to_string(),
                    notes: Vec::new(),
                };
                (s.starts_at, slot)
            })
            .collect();
        Self {
            now: date_time(meeting.starts_at),
            meeting: line(meeting, names, zone),
            unfit: unfit.map(|b| breach_words(b, names)),
            days: slot_days(offered, zone, &values.starts_at),
            from: if from_grid {
                "schedule".into()
            } else {
                String::new()
            },
            back: if from_grid {
                format!("/dashboard/events/{}/schedule?day={day}", event.slug)
            } else {
                format!("/dashboard/events/{}/draft", event.slug)
            },
            back_label: if from_grid {
                Message::new("meetings-back-to-schedule")
            } else {
                Message::new("meetings-back-to-draft")
            },
            event,
            values,
            errors,
        }
    }
}
