//! A meeting time as each party reads it: the viewer's zone first, the other
//! party's after, each with its UTC offset, and the date repeated only where
//! it differs — "Tue 3 Mar 2027, 14:30 IST (UTC+05:30) · 10:00 CET
//! (UTC+01:00)".

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// One instant on one party's clock, e.g. "14:30 IST (UTC+05:30)".
pub fn clock_time(at: DateTime<Utc>, zone: Tz) -> String {
    let local = at.with_timezone(&zone);
    let offset = local.format("%:z").to_string();
    let abbreviation = local.format("%Z").to_string();
    // Zones without a letter abbreviation (Asia/Kathmandu's is "+0545") show the offset alone.
    if abbreviation.starts_with(['+', '-']) {
        format!("{} (UTC{offset})", local.format("%H:%M"))
    } else {
        format!("{} {abbreviation} (UTC{offset})", local.format("%H:%M"))
    }
}

/// One instant on one party's clock with its day, e.g. "Tue 3 Mar, 14:30
/// IST (UTC+05:30)".
pub fn day_and_time(at: DateTime<Utc>, zone: Tz) -> String {
    format!(
        "{}, {}",
        at.with_timezone(&zone).format("%a %-d %b"),
        clock_time(at, zone)
    )
}

/// The instant in the viewer's zone with its date, then in the other
/// party's zone (with its own date when that differs).
pub fn in_both_zones(at: DateTime<Utc>, viewer: Tz, other: Tz) -> String {
    let (mine, theirs) = (at.with_timezone(&viewer), at.with_timezone(&other));
    let first = format!("{}, {}", mine.format("%a %-d %b %Y"), clock_time(at, viewer));
    if viewer == other {
        return first;
    }
    if mine.date_naive() == theirs.date_naive() {
        format!("{first} · {}", clock_time(at, other))
    } else {
        format!("{first} · {}", day_and_time(at, other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn both_zones_with_offsets() {
        let at = utc("2027-03-02T09:00:00Z");
        assert_eq!(
            in_both_zones(at, chrono_tz::Asia::Kolkata, chrono_tz::Europe::Berlin),
            "Tue 2 Mar 2027, 14:30 IST (UTC+05:30) · 10:00 CET (UTC+01:00)"
        );
    }

    #[test]
    fn a_quarter_hour_offset_shows_without_a_made_up_abbreviation() {
        let at = utc("2027-03-02T09:00:00Z");
        assert_eq!(clock_time(at, chrono_tz::Asia::Kathmandu), "14:45 (UTC+05:45)");
    }

    #[test]
    fn the_other_partys_date_is_named_when_it_differs() {
        // 04:00 UTC: Tuesday morning in India, Monday evening in New York (EST).
        let at = utc("2027-03-02T04:00:00Z");
        assert_eq!(
            in_both_zones(at, chrono_tz::Asia::Kolkata, chrono_tz::America::New_York),
            "Tue 2 Mar 2027, 09:30 IST (UTC+05:30) · Mon 1 Mar, 23:00 EST (UTC-05:00)"
        );
    }

    #[test]
    fn one_partys_day_and_time() {
        // 04:00 UTC: Monday evening in New York.
        let at = utc("2027-03-02T04:00:00Z");
        assert_eq!(
            day_and_time(at, chrono_tz::America::New_York),
            "Mon 1 Mar, 23:00 EST (UTC-05:00)"
        );
    }

    #[test]
    fn summer_time_shows_its_own_abbreviation_and_offset() {
        // 16 March 2027: New York on EDT, London still on GMT.
        let at = utc("2027-03-16T14:00:00Z");
        assert_eq!(
            in_both_zones(at, chrono_tz::America::New_York, chrono_tz::Europe::London),
            "Tue 16 Mar 2027, 10:00 EDT (UTC-04:00) · 14:00 GMT (UTC+00:00)"
        );
    }
}
