//! View models of the event and meeting pages.

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::directory::Sector;
use crate::directory::model::{Country, District, State};
use crate::domain::FieldErrors;
use crate::format::dates;
use crate::i18n::Message;
use crate::meetings::banner::Banner;
use crate::meetings::booking::{PairBooking, ProposalInput, RequestInput};
use crate::meetings::events::EventInput;
use crate::meetings::model::{Approval, MeetingStatus, RequestMode, Side};
use crate::meetings::outcomes::{FollowUpInput, OutcomeInput};
use crate::meetings::participation::ParticipationInput;
use crate::meetings::views::{
    AgendaLine, EventDetails, EventSummary, ParticipantCard, ProgrammeDay, TakingPart,
};
use crate::meetings::{PairSlots, display};
use crate::web::present::pagination::{Pagination, numbered};
use crate::web::present::thread_meetings::ThreadLink;

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

/// An event's banner as the `photo` macro draws it. It is decorative (the
/// event's title stands beside it), hence the empty alt text.
#[derive(Serialize)]
pub struct BannerView {
    pub hash: String,
    pub width: i32,
    pub height: i32,
    pub alt: &'static str,
}

impl From<Banner> for BannerView {
    fn from(banner: Banner) -> Self {
        Self {
            hash: banner.hash,
            width: banner.width,
            height: banner.height,
            alt: "",
        }
    }
}

/// An event in the `/events` list.
#[derive(Serialize)]
pub struct EventCard {
    #[serde(flatten)]
    pub event: EventSummary,
    pub banner: Option<BannerView>,
}

/// Producers an event's page lists at a time.
pub const PRODUCERS_PER_PAGE: usize = 24;

#[derive(Serialize)]
pub struct EventPage {
    pub event: EventSummary,
    pub banner: Option<BannerView>,
    pub details: EventDetails,
    /// The zone the second time of each line is shown in.
    pub viewer_zone: String,
    pub programme: Vec<ProgrammeDay>,
    /// Both sides' counts and this page of the producers.
    pub taking_part: TakingPart,
    pub pagination: Option<Pagination>,
    pub next: NextStep,
    pub values: ParticipationInput,
    pub errors: FieldErrors,
}

impl EventPage {
    /// Links to the other pages of the producers, each landing on the list.
    pub fn producer_pages(slug: &str, taking_part: &TakingPart) -> Option<Pagination> {
        numbered(taking_part.page, taking_part.pages, |page| {
            format!("/events/{slug}?page={page}#who")
        })
    }
}

#[derive(Serialize)]
pub struct OfferedSlot {
    /// RFC 3339, what the form sends back.
    pub value: String,
    /// On the viewer's clock, then the other party's.
    pub label: String,
    /// For a slot outside someone's hours: by how much, for whom.
    pub notes: Vec<Message>,
}

/// The booking directory's filters, as the query string has them.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct DirectoryFilter {
    pub sector: String,
    /// A state's or a district's LGD code.
    pub state: String,
    pub district: String,
    pub country: String,
    /// Ticked boxes send "on".
    pub gi: String,
    pub verified: String,
}

impl DirectoryFilter {
    pub fn keeps(&self, card: &ParticipantCard) -> bool {
        let code =
            |text: &str, value: Option<i32>| text.is_empty() || value.is_some_and(|v| v.to_string() == text);
        (self.sector.is_empty() || card.sectors.contains(&self.sector))
            && code(&self.state, card.state_code)
            && code(&self.district, card.district_code)
            && (self.country.is_empty() || card.country.as_deref() == Some(self.country.as_str()))
            && (self.gi.is_empty() || card.gi)
            && (self.verified.is_empty() || card.verified)
    }
}

/// What the directory can be filtered by: only values someone in it has.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FilterOptions {
    pub sectors: Vec<Choice>,
    pub states: Vec<Choice>,
    pub districts: Vec<Choice>,
    pub countries: Vec<Choice>,
    /// The directory lists producers (GI and verification apply to them).
    pub producers: bool,
}

impl FilterOptions {
    pub fn of(cards: &[ParticipantCard]) -> Self {
        let mut options = Self {
            producers: cards.iter().any(|c| c.side == Side::Producer),
            ..Self::default()
        };
        fn add(list: &mut Vec<Choice>, value: String, label: &str) {
            if !list.iter().any(|c| c.value == value) {
                list.push(Choice {
                    value,
                    label: label.to_owned(),
                });
            }
        }
        for card in cards {
            for sector in &card.sectors {
                let name = Sector::from_slug(sector).map_or(sector.as_str(), |s| s.name());
                add(&mut options.sectors, sector.clone(), name);
            }
            if let (Some(place), Some(state), Some(district)) =
                (&card.place, card.state_code, card.district_code)
            {
                let (district_name, state_name) = place.split_once(", ").unwrap_or((place, place));
                add(&mut options.states, state.to_string(), state_name);
                add(&mut options.districts, district.to_string(), district_name);
            }
            if let (Some(code), Some(name)) = (&card.country, &card.country_name) {
                add(&mut options.countries, code.clone(), name);
            }
        }
        for list in [
            &mut options.sectors,
            &mut options.states,
            &mut options.districts,
            &mut options.countries,
        ] {
            list.sort_by(|a, b| a.label.cmp(&b.label));
        }
        options
    }
}

#[derive(Serialize)]
pub struct BookingPage {
    pub event: EventSummary,
    pub others: Vec<ParticipantCard>,
    /// How many the directory has before filtering.
    pub others_total: usize,
    pub filter: DirectoryFilter,
    pub filter_options: FilterOptions,
    pub other: Option<ParticipantCard>,
    pub slots: Vec<OfferedSlot>,
    /// The pair has no slot inside both parties' hours; `slots` are the nearest.
    pub none_in_common: bool,
    pub values: RequestInput,
    pub errors: FieldErrors,
}

/// "1 h 30 min outside your hours": `message` with the span in hours and minutes.
fn outside_by(message: &'static str, d: chrono::Duration) -> Message {
    let minutes = d.num_minutes();
    Message::new(message)
        .with("hours", minutes / 60)
        .with("minutes", minutes % 60)
}

/// The slots a pair is offered, worded for the viewer (`booking.me`).
pub fn offered_slots(booking: &PairBooking) -> (Vec<OfferedSlot>, bool) {
    let (mine, theirs) = zones_of(booking);
    let (slots, nearest) = offered(booking, |at| display::in_both_zones(at, mine, theirs));
    (slots.into_iter().map(|(_, slot)| slot).collect(), nearest)
}

/// The slots a pair is offered under the days they fall on for the viewer
/// (`booking.me`), each worded without the date its heading gives; the
/// day of `chosen` (or the first) unfolded.
pub fn offered_days(booking: &PairBooking, chosen: &str) -> (Vec<SlotDay>, bool) {
    let (mine, theirs) = zones_of(booking);
    let (slots, nearest) = offered(booking, |at| display::time_in_both_zones(at, mine, theirs));
    (slot_days(slots, mine, chosen), nearest)
}

fn zones_of(booking: &PairBooking) -> (Tz, Tz) {
    (
        booking.me.zone().unwrap_or(Tz::UTC),
        booking.other.zone().unwrap_or(Tz::UTC),
    )
}

/// Each slot offered to the pair with its instant, worded by `label`; and
/// whether they are the nearest rather than ones inside both parties' hours.
fn offered(
    booking: &PairBooking,
    label: impl Fn(DateTime<Utc>) -> String,
) -> (Vec<(DateTime<Utc>, OfferedSlot)>, bool) {
    match &booking.slots {
        PairSlots::Common(slots) => (
            slots
                .iter()
                .map(|s| {
                    let slot = OfferedSlot {
                        value: s.starts_at.to_rfc3339(),
                        label: label(s.starts_at),
                        notes: Vec::new(),
                    };
                    (s.starts_at, slot)
                })
                .collect(),
            false,
        ),
        PairSlots::Nearest(near) => (
            near.iter()
                .map(|n| {
                    let mut notes = Vec::new();
                    if !n.first_outside_by.is_zero() {
                        notes.push(outside_by("meetings-slot-outside-yours", n.first_outside_by));
                    }
                    if !n.second_outside_by.is_zero() {
                        notes.push(outside_by("meetings-slot-outside-theirs", n.second_outside_by));
                    }
                    let slot = OfferedSlot {
                        value: n.slot.starts_at.to_rfc3339(),
                        label: label(n.slot.starts_at),
                        notes,
                    };
                    (n.slot.starts_at, slot)
                })
                .collect(),
            true,
        ),
    }
}

/// The times offered on one day of the viewer's clock.
#[derive(Serialize)]
pub struct SlotDay {
    /// "Tue, 2 Mar 2027"
    pub label: String,
    /// Unfolded: the day of the time chosen, else the first.
    pub open: bool,
    pub slots: Vec<OfferedSlot>,
}

/// `slots` (in time order) under the days they fall on in `zone`; the day
/// holding `chosen` (a slot's value) is unfolded, or the first when none does.
pub fn slot_days(slots: Vec<(DateTime<Utc>, OfferedSlot)>, zone: Tz, chosen: &str) -> Vec<SlotDay> {
    let mut days: Vec<SlotDay> = Vec::new();
    for (at, slot) in slots {
        let label = dates::weekday_day(at.with_timezone(&zone).date_naive());
        match days.last_mut() {
            Some(day) if day.label == label => day.slots.push(slot),
            _ => days.push(SlotDay {
                label,
                open: false,
                slots: vec![slot],
            }),
        }
    }
    let open = days
        .iter()
        .position(|d| d.slots.iter().any(|s| s.value == chosen))
        .unwrap_or(0);
    if let Some(day) = days.get_mut(open) {
        day.open = true;
    }
    days
}

/// One option of a list that takes several, ticked when the form has it.
#[derive(Debug, Clone, Serialize)]
pub struct Tick {
    pub value: String,
    pub label: String,
    pub ticked: bool,
}

/// A state's districts, for a grouped list.
#[derive(Debug, Clone, Serialize)]
pub struct TickGroup {
    pub label: String,
    pub options: Vec<Tick>,
}

/// The directory's lists the event form chooses from.
pub struct Places {
    pub countries: Vec<Country>,
    pub states: Vec<State>,
    /// Ordered by state, then district.
    pub districts: Vec<(District, State)>,
}

/// The event form's lists of several choices, ticked as `values` has them.
#[derive(Debug, Clone, Serialize)]
pub struct AudienceLists {
    pub sectors: Vec<Tick>,
    pub countries: Vec<Tick>,
    pub states: Vec<Tick>,
    pub districts: Vec<TickGroup>,
}

impl AudienceLists {
    pub fn new(places: Places, values: &EventInput) -> Self {
        let ticks = |chosen: &str| -> std::collections::HashSet<String> {
            chosen.split(',').map(|v| v.trim().to_owned()).collect()
        };
        let tick = |value: String, label: String, chosen: &std::collections::HashSet<String>| Tick {
            ticked: chosen.contains(&value),
            value,
            label,
        };
        let (sectors, countries) = (ticks(&values.sectors), ticks(&values.buyer_countries));
        let (states, districts) = (ticks(&values.focus_states), ticks(&values.focus_districts));
        let mut groups: Vec<TickGroup> = Vec::new();
        for (district, state) in places.districts {
            let option = tick(district.lgd_code.to_string(), district.name, &districts);
            match groups.last_mut() {
                Some(group) if group.label == state.name => group.options.push(option),
                _ => groups.push(TickGroup {
                    label: state.name,
                    options: vec![option],
                }),
            }
        }
        Self {
            sectors: Sector::ALL
                .iter()
                .map(|s| tick(s.slug().to_owned(), s.name().to_owned(), &sectors))
                .collect(),
            countries: places
                .countries
                .into_iter()
                .map(|c| tick(c.code, c.name, &countries))
                .collect(),
            states: places
                .states
                .into_iter()
                .map(|s| tick(s.lgd_code.to_string(), s.name, &states))
                .collect(),
            districts: groups,
        }
    }
}

#[derive(Serialize)]
pub struct EventFormPage {
    pub is_new: bool,
    pub slug: Option<String>,
    pub values: EventInput,
    pub errors: FieldErrors,
    pub request_modes: Vec<WordedChoice>,
    pub approvals: Vec<WordedChoice>,
    pub lists: AudienceLists,
}

impl EventFormPage {
    pub fn new(slug: Option<String>, values: EventInput, errors: FieldErrors, places: Places) -> Self {
        Self {
            is_new: slug.is_none(),
            slug,
            lists: AudienceLists::new(places, &values),
            values,
            errors,
            request_modes: choices(RequestMode::ALL.iter().map(|m| m.as_str()), |name| {
                Message::new("meetings-request-mode").with("value", name)
            }),
            approvals: choices(Approval::ALL.iter().map(|a| a.as_str()), |name| {
                Message::new("meetings-approval").with("value", name)
            }),
        }
    }

    /// A new event's form with sensible choices: a fortnight's notice.
    pub fn blank(now: NaiveDateTime, places: Places) -> Self {
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
        Self::new(None, values, FieldErrors::new(), places)
    }
}

#[derive(Serialize)]
pub struct ManagePage {
    pub event: EventSummary,
    pub banner: Option<BannerView>,
    /// Why an uploaded banner was refused, shown beside the banner field.
    pub banner_error: Option<Message>,
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
    pub feed: FeedView,
}

/// The agenda's calendar feed section.
#[derive(Serialize)]
pub struct FeedView {
    /// When the present address was made; `None` while there is none.
    pub made: Option<String>,
    /// The address just made, shown this once (only its digest is kept).
    pub new_url: Option<String>,
}

impl FeedView {
    pub fn new(made_at: Option<NaiveDateTime>, new_url: Option<String>) -> Self {
        Self {
            made: made_at.map(dates::date_time),
            new_url,
        }
    }
}

impl AgendaPage {
    /// `lines` (by start) sorted into the page's sections.
    pub fn new(lines: Vec<AgendaLine>, feed: FeedView) -> Self {
        let mut page = Self {
            next: None,
            upcoming: Vec::new(),
            received: Vec::new(),
            sent: Vec::new(),
            past: Vec::new(),
            feed,
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
    /// The enquiry thread it was proposed in, if any.
    pub thread: Option<ThreadLink>,
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
    pub question: Message,
    pub button: Message,
    /// Declining and cancelling take a reason.
    pub asks_reason: bool,
}

/// "How did it go?": the outcome form of one meeting, or why it is not open.
#[derive(Serialize)]
pub struct OutcomePage {
    pub meeting: AgendaLine,
    /// Why no outcome can be given (the meeting has not happened); the form is left out.
    pub closed: Option<Message>,
    pub took_place: Vec<WordedChoice>,
    pub results: Vec<WordedChoice>,
    /// The enquiry threads between the two, to link.
    pub threads: Vec<Choice>,
    /// Saved already: the form changes it.
    pub saved: bool,
    pub values: OutcomeInput,
    pub errors: FieldErrors,
}

/// The 90-day follow-up of one meeting, or why it is not open.
#[derive(Serialize)]
pub struct FollowUpPage {
    pub meeting: AgendaLine,
    pub closed: Option<Message>,
    pub choices: Vec<WordedChoice>,
    /// The answer given, when it was.
    pub answer: Option<FollowUpAnswer>,
    pub values: FollowUpInput,
    pub errors: FieldErrors,
}

/// A follow-up as given, for reading.
#[derive(Serialize)]
pub struct FollowUpAnswer {
    pub since: Message,
    pub order: Option<String>,
    pub note: String,
    pub given_on: String,
}

/// One name of a closed vocabulary as a radio button, worded in the reader's language.
#[derive(Debug, Clone, Serialize)]
pub struct WordedChoice {
    pub value: &'static str,
    pub label: Message,
}

/// The choices of a closed vocabulary for radio buttons: each name worded
/// by `label`.
pub fn choices(
    names: impl IntoIterator<Item = &'static str>,
    label: impl Fn(&'static str) -> Message,
) -> Vec<WordedChoice> {
    names
        .into_iter()
        .map(|value| WordedChoice {
            value,
            label: label(value),
        })
        .collect()
}
