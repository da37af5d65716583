//! An event's meeting grid: the slots of each event day, laid out in the
//! event's own time zone and stored as UTC instants.
//!
//! Local times are resolved explicitly. A slot whose start does not exist on
//! a DST night (the clocks jump over it) is left out and reported; a start
//! that exists twice (the clocks go back) is taken at its first occurrence.
//! A slot always lasts its length in real time, whatever the clocks do.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

use crate::i18n::Message;
use chrono_tz::Tz;

/// Bounds the organiser may choose between.
pub const SLOT_MINUTES: std::ops::RangeInclusive<u32> = 10..=60;
pub const EVENT_DAYS: std::ops::RangeInclusive<u32> = 1..=14;
pub const GAP_MINUTES: std::ops::RangeInclusive<u32> = 0..=30;

/// A span of local clock time within one day, `start` before `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalSpan {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl LocalSpan {
    pub fn new(start: NaiveTime, end: NaiveTime) -> Result<Self, ScheduleError> {
        if end <= start {
            return Err(ScheduleError::EndsBeforeStart);
        }
        Ok(Self { start, end })
    }

    fn overlaps(&self, start: NaiveTime, end: NaiveTime) -> bool {
        start < self.end && self.start < end
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("The end must be later than the start.")]
    EndsBeforeStart,
    #[error("A meeting lasts between 10 and 60 minutes.")]
    SlotLength,
    #[error("An event lasts between 1 and 14 days.")]
    Days,
    #[error("The gap between meetings is at most 30 minutes.")]
    Gap,
    #[error("A break must lie inside the day's meeting hours.")]
    BreakOutsideWindow,
    #[error("The meeting hours leave no room for a single meeting.")]
    NoSlots,
}

impl ScheduleError {
    /// What the organiser's form says of this rule, in the reader's language.
    pub fn message(&self) -> Message {
        Message::new(match self {
            ScheduleError::EndsBeforeStart => "meeting-schedule-ends-before-start",
            ScheduleError::SlotLength => "meeting-schedule-slot-length",
            ScheduleError::Days => "meeting-schedule-days",
            ScheduleError::Gap => "meeting-schedule-gap",
            ScheduleError::BreakOutsideWindow => "meeting-schedule-break-outside",
            ScheduleError::NoSlots => "meeting-schedule-no-slots",
        })
    }
}

/// What an organiser sets: when the event runs, in its own zone.
#[derive(Debug, Clone, PartialEq)]
pub struct EventSchedule {
    pub zone: Tz,
    pub first_day: NaiveDate,
    pub days: u32,
    /// The daily meeting window, in the event's zone.
    pub window: LocalSpan,
    /// Times inside the window without meetings (lunch, a plenary).
    pub breaks: Vec<LocalSpan>,
    pub slot_minutes: u32,
    pub gap_minutes: u32,
}

/// One bookable meeting time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// A slot of the grid that could not be offered, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkippedSlot {
    pub date: NaiveDate,
    pub local_start: NaiveTime,
}

/// The event's slots, and those a DST change took away.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Grid {
    pub slots: Vec<Slot>,
    pub skipped: Vec<SkippedSlot>,
}

impl EventSchedule {
    /// Checks the organiser's choices; the errors read as form messages.
    pub fn validate(&self) -> Result<(), ScheduleError> {
        if !SLOT_MINUTES.contains(&self.slot_minutes) {
            return Err(ScheduleError::SlotLength);
        }
        if !EVENT_DAYS.contains(&self.days) {
            return Err(ScheduleError::Days);
        }
        if !GAP_MINUTES.contains(&self.gap_minutes) {
            return Err(ScheduleError::Gap);
        }
        if self
            .breaks
            .iter()
            .any(|b| b.start < self.window.start || b.end > self.window.end)
        {
            return Err(ScheduleError::BreakOutsideWindow);
        }
        if self.local_starts().next().is_none() {
            return Err(ScheduleError::NoSlots);
        }
        Ok(())
    }

    /// The local dates of the event, in its zone.
    pub fn dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.first_day.iter_days().take(self.days as usize)
    }

    fn slot_length(&self) -> Duration {
        Duration::minutes(i64::from(self.slot_minutes))
    }

    /// Each day's slot starts as local clock times: from the window's start,
    /// a slot and a gap at a time, skipping slots that touch a break.
    fn local_starts(&self) -> impl Iterator<Item = NaiveTime> + '_ {
        let step = self.slot_length() + Duration::minutes(i64::from(self.gap_minutes));
        let length = self.slot_length();
        std::iter::successors(Some(self.window.start), move |start| {
            let (next, wrapped) = start.overflowing_add_signed(step);
            (wrapped == 0).then_some(next)
        })
        .take_while(move |start| {
            let (end, wrapped) = start.overflowing_add_signed(length);
            wrapped == 0 && end <= self.window.end
        })
        .filter(move |start| {
            let end = *start + length;
            !self.breaks.iter().any(|b| b.overlaps(*start, end))
        })
    }

    /// Every slot of the event, in time order.
    pub fn grid(&self) -> Grid {
        let mut grid = Grid::default();
        for date in self.dates() {
            for local_start in self.local_starts() {
                match resolve(self.zone, date.and_time(local_start)) {
                    Some(starts_at) => grid.slots.push(Slot {
                        starts_at,
                        ends_at: starts_at + self.slot_length(),
                    }),
                    None => grid.skipped.push(SkippedSlot { date, local_start }),
                }
            }
        }
        grid.slots.sort();
        grid
    }
}

/// The instant a local clock time names in `zone`: `None` when the clocks
/// skip it, the first occurrence when they pass it twice.
pub fn resolve(zone: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(at) => Some(at.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Some(first.with_timezone(&Utc)),
        LocalResult::None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn schedule(zone: Tz, first_day: NaiveDate, days: u32, window: (NaiveTime, NaiveTime)) -> EventSchedule {
        EventSchedule {
            zone,
            first_day,
            days,
            window: LocalSpan::new(window.0, window.1).unwrap_or(LocalSpan {
                start: window.0,
                end: window.1,
            }),
            breaks: Vec::new(),
            slot_minutes: 20,
            gap_minutes: 10,
        }
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn slots_step_by_length_and_gap_and_skip_breaks() {
        let mut event = schedule(
            chrono_tz::Asia::Kolkata,
            date(2027, 2, 3),
            1,
            (time(10, 0), time(12, 0)),
        );
        event.breaks = vec![LocalSpan::new(time(11, 0), time(11, 30)).unwrap_or(event.window)];
        let grid = event.grid();
        let starts: Vec<_> = grid.slots.iter().map(|s| s.starts_at).collect();
        // 10:00, 10:30, (11:00 in the break), 11:30 IST = UTC+05:30.
        assert_eq!(
            starts,
            [
                utc("2027-02-03T04:30:00Z"),
                utc("2027-02-03T05:00:00Z"),
                utc("2027-02-03T06:00:00Z")
            ]
        );
        assert!(
            grid.slots
                .iter()
                .all(|s| s.ends_at - s.starts_at == Duration::minutes(20))
        );
    }

    #[test]
    fn a_london_event_across_the_last_sunday_of_march_keeps_local_hours() {
        // Clocks go forward at 01:00 UTC on Sunday 28 March 2027.
        let event = schedule(
            chrono_tz::Europe::London,
            date(2027, 3, 27),
            2,
            (time(9, 0), time(10, 0)),
        );
        let grid = event.grid();
        let firsts: Vec<_> = grid
            .slots
            .iter()
            .map(|s| s.starts_at)
            .filter(|s| s.format("%M").to_string() == "00")
            .collect();
        assert_eq!(firsts, [utc("2027-03-27T09:00:00Z"), utc("2027-03-28T08:00:00Z")]);
        assert!(grid.skipped.is_empty());
    }

    #[test]
    fn a_slot_the_clocks_skip_is_left_out_and_reported() {
        // 01:00–02:00 does not exist in London on 28 March 2027.
        let event = schedule(
            chrono_tz::Europe::London,
            date(2027, 3, 28),
            1,
            (time(0, 30), time(2, 30)),
        );
        let grid = event.grid();
        let skipped: Vec<_> = grid.skipped.iter().map(|s| s.local_start).collect();
        assert_eq!(skipped, [time(1, 0), time(1, 30)]);
        // 00:30 GMT, then 02:00 BST = 01:00 UTC.
        assert_eq!(grid.slots[0].starts_at, utc("2027-03-28T00:30:00Z"));
        assert_eq!(grid.slots[1].starts_at, utc("2027-03-28T01:00:00Z"));
    }

    #[test]
    fn a_slot_the_clocks_pass_twice_is_taken_once_at_its_first_occurrence() {
        // 01:00–02:00 happens twice in London on 31 October 2027.
        let event = schedule(
            chrono_tz::Europe::London,
            date(2027, 10, 31),
            1,
            (time(1, 0), time(1, 30)),
        );
        let grid = event.grid();
        assert_eq!(grid.slots.len(), 1);
        assert_eq!(grid.slots[0].starts_at, utc("2027-10-31T00:00:00Z"), "01:00 BST");
    }

    #[test]
    fn bad_choices_are_refused_with_their_reason() {
        let mut event = schedule(
            chrono_tz::Asia::Kolkata,
            date(2027, 2, 3),
            1,
            (time(10, 0), time(12, 0)),
        );
        assert_eq!(event.validate(), Ok(()));
        event.slot_minutes = 5;
        assert_eq!(event.validate(), Err(ScheduleError::SlotLength));
        event.slot_minutes = 20;
        event.days = 15;
        assert_eq!(event.validate(), Err(ScheduleError::Days));
        event.days = 1;
        event.breaks = vec![LocalSpan {
            start: time(9, 0),
            end: time(10, 30),
        }];
        assert_eq!(event.validate(), Err(ScheduleError::BreakOutsideWindow));
        event.breaks.clear();
        event.window = LocalSpan {
            start: time(10, 0),
            end: time(10, 15),
        };
        assert_eq!(event.validate(), Err(ScheduleError::NoSlots));
        assert_eq!(
            LocalSpan::new(time(12, 0), time(9, 0)),
            Err(ScheduleError::EndsBeforeStart)
        );
    }

    #[test]
    fn a_window_to_midnight_ends_without_wrapping() {
        let event = schedule(
            chrono_tz::Asia::Kolkata,
            date(2027, 2, 3),
            1,
            (time(23, 0), time(23, 59)),
        );
        assert_eq!(event.grid().slots.len(), 2, "23:00 and 23:30");
    }
}
