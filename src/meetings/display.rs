//! A meeting time as each party reads it: the viewer's zone first, the other
//! party's after, each with its UTC offset, and the date repeated only where
//! it differs — "Tue, 3 Mar 2027, 14:30 IST (UTC+05:30) · 10:00 CET
//! (UTC+01:00)".

use crate::format::dates;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// One instant on one party's clock, e.g. "14:30 IST (UTC+05:30)".
pub fn clock_time(at: DateTime<Utc>, zone: Tz) -> String {
    let local = at.with_timezone(&zone);
    let offset = local.format("%:z").to_string();
    let abbreviation = local.format("%Z").to_string();
    // UTC is its own offset; zones without a letter abbreviation
    // (Asia/Kathmandu's is "+0545") show the offset alone.
    if abbreviation == "UTC" {
        format!("{} UTC", local.format("%H:%M"))
    } else if abbreviation.starts_with(['+', '-']) {
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
        dates::weekday_short(at.with_timezone(&zone).date_naive()),
        clock_time(at, zone)
    )
}

/// The instant in the viewer's zone with its date, then in the other
/// party's zone (with its own date when that differs).
pub fn in_both_zones(at: DateTime<Utc>, viewer: Tz, other: Tz) -> String {
    format!(
        "{}, {}",
        dates::weekday_day(at.with_timezone(&viewer).date_naive()),
        time_in_both_zones(at, viewer, other)
    )
}

/// [`in_both_zones`] without the viewer's date, for a list under a
/// heading that names the day: "14:30 IST (UTC+05:30) · 10:00 CET
/// (UTC+01:00)", the other party's day named where it differs.
pub fn time_in_both_zones(at: DateTime<Utc>, viewer: Tz, other: Tz) -> String {
    let mine = clock_time(at, viewer);
    if viewer == other {
        return mine;
    }
    if at.with_timezone(&viewer).date_naive() == at.with_timezone(&other).date_naive() {
        format!("{mine} · {}", clock_time(at, other))
    } else {
        format!("{mine} · {}", day_and_time(at, other))
    }
}

/// A span of one day (a day's meeting hours) on the viewer's clock with its
/// date, then on the other party's, e.g. "Sat, 26 Dec 2026, 09:00–20:50 IST
/// (UTC+05:30) · 03:30–15:20 UTC". The end is named with its own day or
/// offset where a night or a clock change lies between.
pub fn span_in_both_zones(start: DateTime<Utc>, end: DateTime<Utc>, viewer: Tz, other: Tz) -> String {
    let mine = start.with_timezone(&viewer);
    let first = format!(
        "{}, {}",
        dates::weekday_day(mine.date_naive()),
        span_on_clock(start, end, viewer)
    );
    if viewer == other {
        return first;
    }
    let theirs = start.with_timezone(&other);
    if theirs.date_naive() == mine.date_naive() {
        format!("{first} · {}", span_on_clock(start, end, other))
    } else {
        format!(
            "{first} · {}, {}",
            dates::weekday_short(theirs.date_naive()),
            span_on_clock(start, end, other)
        )
    }
}

fn span_on_clock(start: DateTime<Utc>, end: DateTime<Utc>, zone: Tz) -> String {
    let (from, to) = (start.with_timezone(&zone), end.with_timezone(&zone));
    let from_text = if from.offset() == to.offset() {
        from.format("%H:%M").to_string()
    } else {
        clock_time(start, zone)
    };
    let to_text = if from.date_naive() == to.date_naive() {
        clock_time(end, zone)
    } else {
        day_and_time(end, zone)
    };
    format!("{from_text}–{to_text}")
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
            "Tue, 2 Mar 2027, 14:30 IST (UTC+05:30) · 10:00 CET (UTC+01:00)"
        );
    }

    #[test]
    fn a_days_hours_on_both_clocks() {
        let (start, end) = (utc("2026-12-26T03:30:00Z"), utc("2026-12-26T15:20:00Z"));
        assert_eq!(
            span_in_both_zones(start, end, chrono_tz::Asia::Kolkata, chrono_tz::UTC),
            "Sat, 26 Dec 2026, 09:00–20:50 IST (UTC+05:30) · 03:30–15:20 UTC"
        );
        // Seen from Los Angeles the day starts the evening before and ends after midnight.
        assert_eq!(
            span_in_both_zones(
                start,
                end,
                chrono_tz::Asia::Kolkata,
                chrono_tz::America::Los_Angeles
            ),
            "Sat, 26 Dec 2026, 09:00–20:50 IST (UTC+05:30) · Fri 25 Dec, 19:30–Sat 26 Dec, 07:20 PST (UTC-08:00)"
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
            "Tue, 2 Mar 2027, 09:30 IST (UTC+05:30) · Mon 1 Mar, 23:00 EST (UTC-05:00)"
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
            "Tue, 16 Mar 2027, 10:00 EDT (UTC-04:00) · 14:00 GMT (UTC+00:00)"
        );
    }
}
