//! Who can meet when: each participant's hours in their own zone, and the
//! slots a pair can be offered — inside the event's grid, inside both
//! parties' hours and free for both — or, where there are none, the nearest
//! ones with how far outside each party's hours they fall.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use super::schedule::{LocalSpan, Slot};

/// The hours a participant can meet, in their zone: a default for every day,
/// replaced on the dates they set otherwise (an empty list: not that day).
#[derive(Debug, Clone, PartialEq)]
pub struct Availability {
    pub zone: Tz,
    pub default_hours: Vec<LocalSpan>,
    pub by_date: BTreeMap<NaiveDate, Vec<LocalSpan>>,
}

fn span(start: (u32, u32), end: (u32, u32)) -> LocalSpan {
    let at = |(h, m): (u32, u32)| NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN);
    LocalSpan {
        start: at(start),
        end: at(end),
    }
}

impl Availability {
    /// Producers meet 10:00–19:00 India time unless they say otherwise.
    pub fn producer_default() -> Self {
        Self::daily(chrono_tz::Asia::Kolkata, span((10, 0), (19, 0)))
    }

    /// Buyers meet 09:00–17:00 in their profile's zone unless they say otherwise.
    pub fn buyer_default(zone: Tz) -> Self {
        Self::daily(zone, span((9, 0), (17, 0)))
    }

    pub fn daily(zone: Tz, hours: LocalSpan) -> Self {
        Self {
            zone,
            default_hours: vec![hours],
            by_date: BTreeMap::new(),
        }
    }

    fn hours_on(&self, date: NaiveDate) -> &[LocalSpan] {
        self.by_date.get(&date).unwrap_or(&self.default_hours)
    }

    fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        at.with_timezone(&self.zone).naive_local()
    }

    /// Whether the whole slot lies inside one span of this participant's
    /// hours, read on their own clock.
    pub fn covers(&self, slot: &Slot) -> bool {
        self.outside_by(slot) == Duration::zero()
    }

    /// How far the slot falls outside this participant's hours: zero when it
    /// is inside, otherwise how early it starts plus how late it ends against
    /// the nearest span of the local day it starts on.
    pub fn outside_by(&self, slot: &Slot) -> Duration {
        let start = self.local(slot.starts_at);
        let begins = start.time() - NaiveTime::MIN;
        let ends = begins + (slot.ends_at - slot.starts_at);
        self.hours_on(start.date())
            .iter()
            .map(|hours| {
                let early = (hours.start - NaiveTime::MIN) - begins;
                let late = ends - (hours.end - NaiveTime::MIN);
                early.max(Duration::zero()) + late.max(Duration::zero())
            })
            .min()
            .unwrap_or(Duration::days(1))
    }
}

/// A slot offered to a pair that lies outside someone's hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NearSlot {
    pub slot: Slot,
    /// How far outside the first party's hours (zero: inside).
    pub first_outside_by: Duration,
    pub second_outside_by: Duration,
}

/// What a pair can be offered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PairSlots {
    /// Slots inside both parties' hours, in time order.
    Common(Vec<Slot>),
    /// None are; the nearest free slots instead, least inconvenient first.
    Nearest(Vec<NearSlot>),
}

/// The free slots of `grid` for two participants. `taken` says whether a
/// slot is already booked, held by a pending request or blocked for either.
pub fn pair_slots(
    grid: &[Slot],
    first: &Availability,
    second: &Availability,
    taken: impl Fn(&Slot) -> bool,
    nearest: usize,
) -> PairSlots {
    let free: Vec<&Slot> = grid.iter().filter(|slot| !taken(slot)).collect();
    let common: Vec<Slot> = free
        .iter()
        .filter(|slot| first.covers(slot) && second.covers(slot))
        .map(|slot| **slot)
        .collect();
    if !common.is_empty() {
        return PairSlots::Common(common);
    }
    let mut near: Vec<NearSlot> = free
        .iter()
        .map(|slot| NearSlot {
            slot: **slot,
            first_outside_by: first.outside_by(slot),
            second_outside_by: second.outside_by(slot),
        })
        .collect();
    // Least time outside anyone's hours first; among equals, the fairest split.
    near.sort_by_key(|n| {
        let (a, b) = (n.first_outside_by, n.second_outside_by);
        (a + b, a.max(b), n.slot)
    });
    near.truncate(nearest);
    PairSlots::Nearest(near)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::meetings::schedule::EventSchedule;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap_or_default()
    }

    /// A one-day event in the given zone from 06:00 to 22:00 local, 30-minute slots.
    fn long_day(zone: Tz, day: NaiveDate) -> Vec<Slot> {
        EventSchedule {
            zone,
            first_day: day,
            days: 1,
            window: span((6, 0), (22, 0)),
            breaks: Vec::new(),
            slot_minutes: 30,
            gap_minutes: 0,
        }
        .grid()
        .slots
    }

    fn common(slots: PairSlots) -> Vec<DateTime<Utc>> {
        match slots {
            PairSlots::Common(slots) => slots.iter().map(|s| s.starts_at).collect(),
            PairSlots::Nearest(near) => panic!("no common slots: {near:?}"),
        }
    }

    #[test]
    fn a_kolkata_producer_and_a_new_york_buyer_while_only_the_us_has_changed_clocks() {
        // 2027-03-16: New York is on EDT (UTC-4) since 14 March, London not yet on BST.
        let grid = long_day(chrono_tz::Europe::London, date(2027, 3, 16));
        let producer = Availability::daily(chrono_tz::Asia::Kolkata, span((10, 0), (21, 0)));
        let buyer = Availability::buyer_default(chrono_tz::America::New_York);
        // Buyer 09:00 EDT = 13:00 UTC = 18:30 IST; producer until 21:00 IST = 15:30 UTC.
        let starts = common(pair_slots(&grid, &producer, &buyer, |_| false, 3));
        assert_eq!(starts.first(), Some(&utc("2027-03-16T13:00:00Z")));
        assert_eq!(starts.last(), Some(&utc("2027-03-16T15:00:00Z")));
        assert_eq!(starts.len(), 5);
    }

    #[test]
    fn a_kathmandu_producer_and_a_kolkata_producer_differ_by_a_quarter_hour() {
        let grid = long_day(chrono_tz::Asia::Kolkata, date(2027, 2, 3));
        let kolkata = Availability::producer_default();
        let kathmandu = Availability::daily(chrono_tz::Asia::Kathmandu, span((10, 0), (19, 0)));
        // 10:00 NPT = 04:15 UTC = 09:45 IST: the Kolkata grid's first slot inside both
        // is 10:00 IST, and the last ends by 19:00 NPT = 18:45 IST.
        let starts = common(pair_slots(&grid, &kolkata, &kathmandu, |_| false, 3));
        assert_eq!(starts.first(), Some(&utc("2027-02-03T04:30:00Z")));
        assert_eq!(
            starts.last(),
            Some(&utc("2027-02-03T12:30:00Z")),
            "18:00–18:30 IST"
        );
    }

    #[test]
    fn taken_slots_are_not_offered() {
        let grid = long_day(chrono_tz::Asia::Kolkata, date(2027, 2, 3));
        let a = Availability::producer_default();
        let b = Availability::producer_default();
        let busy = utc("2027-02-03T04:30:00Z");
        let starts = common(pair_slots(&grid, &a, &b, |slot| slot.starts_at == busy, 3));
        assert!(!starts.contains(&busy));
        assert_eq!(starts.first(), Some(&utc("2027-02-03T05:00:00Z")));
    }

    #[test]
    fn with_no_common_hours_the_nearest_slots_say_how_far_outside_each_falls() {
        // A producer in Kolkata 10:00–19:00 and a buyer in Los Angeles 09:00–17:00 PST:
        // 09:00 PST = 17:00 UTC = 22:30 IST. No overlap.
        let grid = long_day(chrono_tz::Asia::Kolkata, date(2027, 2, 3));
        let producer = Availability::producer_default();
        let buyer = Availability::buyer_default(chrono_tz::America::Los_Angeles);
        let PairSlots::Nearest(near) = pair_slots(&grid, &producer, &buyer, |_| false, 2) else {
            panic!("there should be no common slot");
        };
        assert_eq!(near.len(), 2);
        // The fairest are two hours outside for each side: 08:00 IST (18:30 PST the
        // evening before) and 20:30 IST (07:00 PST).
        let starts: Vec<_> = near.iter().map(|n| n.slot.starts_at).collect();
        assert_eq!(starts, [utc("2027-02-03T02:30:00Z"), utc("2027-02-03T15:00:00Z")]);
        for n in &near {
            assert_eq!(
                (n.first_outside_by, n.second_outside_by),
                (Duration::hours(2), Duration::hours(2))
            );
        }
    }

    #[test]
    fn a_day_off_replaces_the_default_hours() {
        let grid = long_day(chrono_tz::Asia::Kolkata, date(2027, 2, 3));
        let mut producer = Availability::producer_default();
        producer.by_date.insert(date(2027, 2, 3), Vec::new());
        assert!(grid.iter().all(|slot| !producer.covers(slot)));
    }
}
