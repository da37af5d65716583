//! The few ways a date or time is written. Times are stored in UTC and say so.

use chrono::{NaiveDate, NaiveDateTime, SecondsFormat};
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    /// "22 Nov 2026": tables and lists.
    Day,
    /// "22 November 2026": sentences ("verified on …", "valid until …").
    LongDay,
    /// "22 Nov 2026, 09:05 UTC": when something happened, to the minute.
    DateTime,
}

impl DateStyle {
    fn pattern(self) -> &'static str {
        match self {
            DateStyle::Day => "%-d %b %Y",
            DateStyle::LongDay => "%-d %B %Y",
            DateStyle::DateTime => "%-d %b %Y, %H:%M UTC",
        }
    }

    pub fn date(self, date: NaiveDate) -> String {
        self.time(date.and_time(chrono::NaiveTime::MIN))
    }

    /// A stored UTC time in this style (a day style drops the time).
    pub fn time(self, time: NaiveDateTime) -> String {
        time.format(self.pattern()).to_string()
    }
}

/// "22 Nov 2026".
pub fn day(time: NaiveDateTime) -> String {
    DateStyle::Day.time(time)
}

/// "22 November 2026".
pub fn long_day(date: NaiveDate) -> String {
    DateStyle::LongDay.date(date)
}

/// "22 Nov 2026, 09:05 UTC".
pub fn date_time(time: NaiveDateTime) -> String {
    DateStyle::DateTime.time(time)
}

/// "2026-11-22T09:05:00Z": for machines (feeds, sitemaps, JSON-LD), the
/// W3C datetime profile of RFC 3339 that Atom and the sitemap protocol read.
pub fn machine(time: NaiveDateTime) -> String {
    time.and_utc().to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// How long someone must wait before trying again: "45 seconds", "12 minutes".
pub fn wait(seconds: i64) -> String {
    match seconds {
        s if s < 90 => format!("{s} seconds"),
        s => format!("{} minutes", (s + 59) / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_style_reads_as_documented() {
        let time = NaiveDate::from_ymd_opt(2026, 11, 2)
            .and_then(|d| d.and_hms_opt(9, 5, 7))
            .unwrap();
        assert_eq!(day(time), "2 Nov 2026");
        assert_eq!(long_day(time.date()), "2 November 2026");
        assert_eq!(date_time(time), "2 Nov 2026, 09:05 UTC");
        assert_eq!(DateStyle::Day.date(time.date()), "2 Nov 2026");
    }
}
