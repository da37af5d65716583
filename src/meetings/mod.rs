//! Virtual buyer-seller meetings: organisers' events ([`events`]), the
//! producers and buyers who take part ([`participation`]), and the meetings
//! they book ([`booking`]), with the e-mails each step sends ([`notify`]),
//! the reminders before a meeting ([`reminders`]), the daily digest of
//! requests waiting for an answer ([`digest`]), each participant's
//! calendar feed ([`feed`]), what came of each meeting ([`outcomes`]), the
//! programme report ([`report`]) with its CSV exports ([`exports`]), the
//! organisers' grid of an event's days ([`scheduler`]) and the log of what
//! they did to its meetings ([`audit`]), meetings proposed from enquiry
//! threads ([`from_enquiry`]), suggested matches and "must meet" marks
//! ([`matching`]), and the draft schedule organisers make for hosted buyers
//! ([`draft`]).
//! They stand on the time model: an event's slot grid in its own zone
//! ([`schedule`]), participants' hours in theirs and the slots a pair can
//! share ([`availability`]), times shown on both parties' clocks
//! ([`display`]), and calendar invitations ([`invite`]). [`views`] and
//! [`api_views`] shape what the pages and the JSON API show.

pub mod api_views;
pub mod audience;
pub mod audit;
pub mod availability;
pub mod banner;
pub mod booking;
pub mod demo;
pub mod demo_history;
pub mod digest;
pub mod display;
pub mod draft;
pub mod elsewhere;
mod error;
pub mod events;
pub mod exports;
pub mod feed;
pub mod from_enquiry;
pub mod invite;
pub mod matching;
pub mod model;
pub mod notify;
pub mod organiser;
pub mod outcomes;
pub mod participation;
pub mod reminders;
pub mod repo;
pub mod report;
pub mod schedule;
pub mod scheduler;
pub mod video;
pub mod views;

pub use availability::{Availability, NearSlot, PairSlots, pair_slots};
pub use error::MeetingError;
pub use schedule::{EventSchedule, Grid, LocalSpan, ScheduleError, Slot};
