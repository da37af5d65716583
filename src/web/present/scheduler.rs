//! View models of the organiser's scheduler: the grid of one event day, a
//! booked meeting with its move and cancel forms, and the audit log.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime, SecondsFormat};
use chrono_tz::Tz;
use serde::Serialize;

use crate::directory::Sector;
use crate::domain::FieldErrors;
use crate::format::dates;
use crate::i18n::Message;
use crate::meetings::audit::{AuditEntry, AuditFacts, Said};
use crate::meetings::display;
use crate::meetings::model::{MeetingStatus, Participant, RequestMode, Side};
use crate::meetings::schedule::Slot;
use crate::meetings::scheduler::actions::{BookingInput, MoveInput};
use crate::meetings::scheduler::{Cell, DayGrid, GridFilter, ROWS_PER_PAGE, ScheduledMeeting};
use crate::meetings::views::{EventSummary, ParticipantCard};
use crate::web::present::audit::AuditDetail;
use crate::web::present::meetings::{Choice, WordedChoice};
use crate::web::present::pagination::{Pagination, numbered};

/// The value a form sends for a slot and a cell's link names it by.
pub fn slot_value(slot: &Slot) -> String {
    slot.starts_at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A slot as a choice: "Tue 2 Mar, 14:30 IST (UTC+05:30) · 09:00 UTC".
fn slot_choice(slot: &Slot, zone: Tz) -> Choice {
    Choice {
        value: slot_value(slot),
        label: display::in_both_zones(slot.starts_at, zone, chrono_tz::UTC),
    }
}

#[derive(Serialize)]
pub struct DayTab {
    pub href: String,
    /// "Tue 2 Mar"
    pub label: String,
    pub current: bool,
}

#[derive(Serialize)]
pub struct Column {
    /// On the event's clock: "14:30".
    pub local: String,
    /// "09:00 UTC"
    pub utc: String,
}

#[derive(Serialize)]
pub struct CellView {
    /// free, outside_hours, pending, booked or blocked: the cell's class and
    /// the legend's key.
    pub state: &'static str,
    /// The words in the cell: "Free", "Booked", …
    pub label: Message,
    /// The other side of a pending or booked meeting.
    pub with: Option<String>,
    /// A pending or booked cell's meeting.
    pub meeting: Option<String>,
    /// A draft cell's draft meeting, reviewed (moved, removed) on its own page.
    pub draft: Option<String>,
    /// A free cell of a hosted buyer's row: the grid's query string with
    /// the booking form filled in (the template puts the path before it;
    /// a page of cells repeats it hundreds of times).
    pub book: Option<String>,
}

#[derive(Serialize)]
pub struct RowView {
    pub name: String,
    /// The booking form filled in with this producer or hosted buyer.
    pub book: Option<String>,
    pub side_label: Message,
    pub hosted: bool,
    /// A producer's district, a buyer's country.
    pub place: Option<String>,
    pub cells: Vec<CellView>,
}

#[derive(Serialize)]
pub struct FilterView {
    pub values: GridFilterValues,
    pub sides: Vec<WordedChoice>,
    pub sectors: Vec<Choice>,
    pub states: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub active: bool,
}

/// The filters as typed, for the form to show them again.
#[derive(Serialize)]
pub struct GridFilterValues {
    pub side: String,
    pub sector: String,
    pub state: String,
    pub country: String,
}

#[derive(Serialize)]
pub struct BookForm {
    pub buyers: Vec<Choice>,
    pub producers: Vec<Choice>,
    pub slots: Vec<Choice>,
    pub values: BookingInput,
    pub errors: FieldErrors,
}

#[derive(Serialize)]
pub struct AuditLine {
    /// UTC, worded by the template's `when` filter.
    pub at: NaiveDateTime,
    /// The same instant on the event's clock.
    pub local: String,
    pub actor: String,
    pub action: Message,
    /// Which meeting, when, and the reason or link given.
    pub detail: AuditDetail,
}

/// The entries' lines, their times on the event's clock (`zone`) in the
/// locale being written in.
pub fn audit_lines(entries: Vec<(AuditEntry, String)>, zone: Tz) -> Vec<AuditLine> {
    entries
        .into_iter()
        .map(|(entry, actor)| AuditLine {
            local: display::day_and_time(entry.at.and_utc(), zone),
            at: entry.at,
            actor,
            action: Message::new("meetings-audit-action").with("action", entry.action.as_str()),
            detail: match entry.said {
                Said::Facts(facts) => AuditDetail::Worded(audit_detail(&facts, zone)),
                Said::Line(line) => AuditDetail::English(line),
            },
        })
        .collect()
}

/// "Tulip Trading BV with Kashi Weaves, Tue 2 Mar, 14:30 IST (UTC+05:30)",
/// the time it moved from or the reason or link given after it.
fn audit_detail(facts: &AuditFacts, zone: Tz) -> Message {
    let time = |at: NaiveDateTime| display::day_and_time(at.and_utc(), zone);
    let message = match (facts.moved_from, &facts.note) {
        (Some(from), _) => Message::new("meetings-audit-detail-moved").with("from", time(from)),
        (None, Some(note)) => Message::new("meetings-audit-detail-note").with("note", note.as_str()),
        (None, None) => Message::new("meetings-audit-detail"),
    };
    message
        .with("requester", facts.requester.as_str())
        .with("recipient", facts.recipient.as_str())
        .with("when", time(facts.starts_at))
}

#[derive(Serialize)]
pub struct SchedulePage {
    pub event: EventSummary,
    pub days: Vec<DayTab>,
    /// "Tue, 2 Mar 2027"
    pub day_label: String,
    /// "2027-03-02", carried by the forms.
    pub day: NaiveDate,
    pub columns: Vec<Column>,
    pub rows: Vec<RowView>,
    /// Participants the filters keep, and all approved ones.
    pub matching: usize,
    pub total: usize,
    pub first: usize,
    pub last: usize,
    pub pagination: Option<Pagination>,
    pub filter: FilterView,
    /// The event confirms requests at once: a booking is a meeting.
    pub instant: bool,
    pub book: BookForm,
    pub audit: Vec<AuditLine>,
    /// The unpublished draft schedule on this day, if there is one.
    pub draft: Option<DraftNote>,
}

/// What the grid says about the unpublished draft.
#[derive(Serialize)]
pub struct DraftNote {
    /// Its meetings on the day shown.
    pub meetings: usize,
    /// Those that break a rule now.
    pub unfit: usize,
}

/// The query string of the grid at `day` with `filter`, without a page.
fn grid_query(day: NaiveDate, filter: &GridFilter) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query.append_pair("day", &day.to_string());
    for (key, value) in [
        ("side", &filter.side),
        ("sector", &filter.sector),
        ("state", &filter.state),
        ("country", &filter.country),
    ] {
        if !value.is_empty() {
            query.append_pair(key, value);
        }
    }
    format!("?{}", query.finish())
}

fn cell_view(cell: &Cell, names: &HashMap<&str, &str>, book: Option<String>) -> CellView {
    let name = |id: &str| Some(names.get(id).copied().unwrap_or("another participant").to_owned());
    let state = match cell {
        Cell::Free => "free",
        Cell::OutsideHours => "outside_hours",
        Cell::Pending { .. } => "pending",
        Cell::Booked { .. } => "booked",
        Cell::Blocked => "blocked",
        Cell::Draft { fits: true, .. } => "draft",
        Cell::Draft { fits: false, .. } => "draft_unfit",
    };
    let (with, meeting, draft) = match cell {
        Cell::Pending { meeting, with } | Cell::Booked { meeting, with } => {
            (name(with), Some(meeting.to_string()), None)
        }
        Cell::Draft { meeting, with, .. } => (name(with), None, Some(meeting.to_string())),
        Cell::Free | Cell::OutsideHours | Cell::Blocked => (None, None, None),
    };
    let book = match cell {
        Cell::Free | Cell::OutsideHours => book,
        Cell::Pending { .. } | Cell::Booked { .. } | Cell::Blocked | Cell::Draft { .. } => None,
    };
    CellView {
        state,
        label: Message::new("meetings-cell").with("state", state),
        with,
        meeting,
        draft,
        book,
    }
}

fn choices_of(cards: &[ParticipantCard], keep: impl Fn(&ParticipantCard) -> bool) -> Vec<Choice> {
    let mut choices: Vec<Choice> = cards
        .iter()
        .filter(|c| keep(c))
        .map(|c| Choice {
            value: c.id.clone(),
            label: c.name.clone(),
        })
        .collect();
    choices.sort_by_key(|c| c.label.to_lowercase());
    choices
}

fn filter_view(grid: &DayGrid, filter: &GridFilter) -> FilterView {
    fn add(list: &mut Vec<Choice>, value: String, label: &str) {
        if !list.iter().any(|c| c.value == value) {
            list.push(Choice {
                value,
                label: label.to_owned(),
            });
        }
    }
    let (mut sectors, mut states, mut countries) = (Vec::new(), Vec::new(), Vec::new());
    for card in &grid.everyone {
        for sector in &card.sectors {
            let name = Sector::from_slug(sector).map_or(sector.as_str(), |s| s.name());
            add(&mut sectors, sector.clone(), name);
        }
        if let (Some(place), Some(state)) = (&card.place, card.state_code) {
            let state_name = place.split_once(", ").map_or(place.as_str(), |(_, s)| s);
            add(&mut states, state.to_string(), state_name);
        }
        if let (Some(code), Some(name)) = (&card.country, &card.country_name) {
            add(&mut countries, code.clone(), name);
        }
    }
    for list in [&mut sectors, &mut states, &mut countries] {
        list.sort_by(|a, b| a.label.cmp(&b.label));
    }
    FilterView {
        values: GridFilterValues {
            side: filter.side.clone(),
            sector: filter.sector.clone(),
            state: filter.state.clone(),
            country: filter.country.clone(),
        },
        sides: [Side::Producer, Side::Buyer]
            .into_iter()
            .map(|s| WordedChoice {
                value: s.as_str(),
                label: Message::new("meetings-sides").with("side", s.as_str()),
            })
            .collect(),
        sectors,
        states,
        countries,
        active: [&filter.side, &filter.sector, &filter.state, &filter.country]
            .iter()
            .any(|v| !v.is_empty()),
    }
}

impl SchedulePage {
    pub fn new(
        grid: &DayGrid,
        event: EventSummary,
        filter: &GridFilter,
        (values, errors): (BookingInput, FieldErrors),
        audit: Vec<AuditLine>,
    ) -> Self {
        let zone = grid.event.zone().unwrap_or(chrono_tz::UTC);
        let base = format!("/dashboard/events/{}/schedule", grid.event.slug);
        let query = grid_query(grid.day, filter);
        let names: HashMap<&str, &str> = grid
            .everyone
            .iter()
            .map(|c| (c.id.as_str(), c.name.as_str()))
            .collect();
        let rows = grid
            .rows
            .iter()
            .map(|row| {
                let card = &row.card;
                let role = match card.side {
                    Side::Buyer if card.hosted => Some("buyer"),
                    Side::Buyer => None,
                    Side::Producer => Some("producer"),
                };
                let hosted = card.side == Side::Buyer && card.hosted;
                let cells = row
                    .cells
                    .iter()
                    .zip(&grid.slots)
                    .map(|(cell, slot)| {
                        let book = hosted.then(|| {
                            format!(
                                "?day={}&buyer={}&starts_at={}#book",
                                grid.day,
                                card.id,
                                slot_value(slot)
                            )
                        });
                        cell_view(cell, &names, book)
                    })
                    .collect();
                RowView {
                    book: role.map(|role| format!("{base}?day={}&{role}={}#book", grid.day, card.id)),
                    name: card.name.clone(),
                    side_label: Message::new("meetings-side").with("side", card.side.as_str()),
                    hosted: card.hosted,
                    place: match card.side {
                        Side::Producer => card.place.clone(),
                        Side::Buyer => card.country_name.clone(),
                    },
                    cells,
                }
            })
            .collect();
        let offset = (grid.page - 1) * ROWS_PER_PAGE;
        SchedulePage {
            days: grid
                .dates
                .iter()
                .map(|&date| DayTab {
                    href: format!("{base}{}", grid_query(date, filter)),
                    label: dates::weekday_short(date),
                    current: date == grid.day,
                })
                .collect(),
            day_label: dates::long_day(grid.day),
            day: grid.day,
            columns: grid
                .slots
                .iter()
                .map(|s| Column {
                    local: s.starts_at.with_timezone(&zone).format("%H:%M").to_string(),
                    utc: format!("{} UTC", s.starts_at.format("%H:%M")),
                })
                .collect(),
            rows,
            matching: grid.matching,
            total: grid.everyone.len(),
            first: offset + 1,
            last: offset + grid.rows.len(),
            pagination: numbered(grid.page, grid.pages, |page| format!("{base}{query}&page={page}")),
            instant: grid.event.request_mode == RequestMode::Instant,
            filter: filter_view(grid, filter),
            book: BookForm {
                buyers: choices_of(&grid.everyone, |c| c.side == Side::Buyer && c.hosted),
                // The producers of this page of the grid (and one a link
                // chose): a list of every one would outweigh the grid.
                producers: choices_of(&grid.everyone, |c| {
                    c.side == Side::Producer
                        && (c.id == values.producer || grid.rows.iter().any(|r| r.card.id == c.id))
                }),
                slots: grid.slots.iter().map(|s| slot_choice(s, zone)).collect(),
                values,
                errors,
            },
            audit,
            draft: grid.draft.map(|d| DraftNote {
                meetings: d.meetings,
                unfit: d.unfit,
            }),
            event,
        }
    }
}

/// One side of a meeting on the organiser's page of it.
#[derive(Serialize)]
pub struct SideView {
    pub name: String,
    pub side_label: Message,
    /// The meeting's start on their clock.
    pub local_time: String,
}

#[derive(Serialize)]
pub struct SlotGroup {
    /// "Tue 2 Mar"
    pub label: String,
    pub slots: Vec<Choice>,
}

#[derive(Serialize)]
pub struct ScheduledMeetingPage {
    pub event: EventSummary,
    pub id: String,
    pub status: MeetingStatus,
    pub accepted: bool,
    /// On the event's clock and in UTC.
    pub when: String,
    /// The event day it is on, for the way back to the grid.
    pub day: NaiveDate,
    pub requester: SideView,
    pub recipient: SideView,
    pub message: String,
    pub video_url: Option<String>,
    /// Another time a side proposed and the other has not answered.
    pub proposed: Option<String>,
    /// Still on and not begun: it can be moved or cancelled.
    pub open: bool,
    /// Every slot ahead, grouped by day, for the move.
    pub slots: Vec<SlotGroup>,
    pub values: MoveInput,
    pub errors: FieldErrors,
    pub reason: String,
    pub cancel_errors: FieldErrors,
}

impl ScheduledMeetingPage {
    pub fn new(
        facts: &ScheduledMeeting,
        event: EventSummary,
        now: NaiveDateTime,
        (values, errors): (MoveInput, FieldErrors),
        (reason, cancel_errors): (String, FieldErrors),
    ) -> Self {
        let zone = facts.event.zone().unwrap_or(chrono_tz::UTC);
        let meeting = &facts.meeting;
        let at = meeting.starts_at.and_utc();
        let side = |(participant, name): &(Participant, String)| SideView {
            name: name.clone(),
            side_label: Message::new("meetings-side").with("side", participant.side.as_str()),
            local_time: display::clock_time(at, participant.zone().unwrap_or(chrono_tz::UTC)),
        };
        let mut slots: Vec<SlotGroup> = Vec::new();
        for slot in facts.slots.iter().filter(|s| s.starts_at.naive_utc() > now) {
            let label = dates::weekday_short(slot.starts_at.with_timezone(&zone).date_naive());
            let choice = slot_choice(slot, zone);
            match slots.last_mut() {
                Some(group) if group.label == label => group.slots.push(choice),
                _ => slots.push(SlotGroup {
                    label,
                    slots: vec![choice],
                }),
            }
        }
        let status = meeting.status;
        Self {
            id: meeting.id.to_string(),
            status,
            accepted: status == MeetingStatus::Accepted,
            when: display::in_both_zones(at, zone, chrono_tz::UTC),
            day: at.with_timezone(&zone).date_naive(),
            requester: side(&facts.sides[0]),
            recipient: side(&facts.sides[1]),
            message: meeting.message.clone(),
            video_url: meeting.video_url.clone(),
            proposed: meeting
                .proposed_starts_at
                .map(|p| display::in_both_zones(p.and_utc(), zone, chrono_tz::UTC)),
            open: MeetingStatus::HOLDING.contains(&status) && meeting.starts_at > now,
            slots,
            values,
            errors,
            reason,
            cancel_errors,
            event,
        }
    }
}

#[derive(Serialize)]
pub struct AuditPage {
    pub event: EventSummary,
    pub lines: Vec<AuditLine>,
}
