//! Virtual buyer-seller meetings. So far the time model every part of the
//! booking stands on: an event's slot grid in its own zone ([`schedule`]),
//! participants' hours in theirs and the slots a pair can share
//! ([`availability`]), times shown on both parties' clocks ([`display`]),
//! and calendar invitations ([`invite`]).

pub mod availability;
pub mod display;
pub mod invite;
pub mod schedule;

pub use availability::{Availability, NearSlot, PairSlots, pair_slots};
pub use schedule::{EventSchedule, Grid, LocalSpan, ScheduleError, Slot};
