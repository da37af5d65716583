//! The few ways a date or time is written. Times are stored in UTC and say so.

use std::cell::RefCell;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use chrono::{Datelike, NaiveDate, NaiveDateTime, SecondsFormat, Timelike};
use icu_calendar::Gregorian;
use icu_datetime::fieldsets::enums::DateFieldSet;
use icu_datetime::fieldsets::{MDE, YMD, YMDE, YMDT};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::options::TimePrecision;
use icu_datetime::{DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter};
use icu_locale_core::Locale as IcuLocale;
use serde::Deserialize;

use crate::i18n::{Language, Message};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    /// "22 Nov 2026": tables and lists.
    Day,
    /// "22 November 2026": sentences ("verified on …", "valid until …").
    LongDay,
    /// "22 Nov 2026, 09:05 UTC": when something happened, to the minute.
    DateTime,
    /// "Sun, 22 Nov 2026": a meeting's day, where the weekday helps plan.
    WeekdayDay,
    /// "Sun 22 Nov": a day of an event whose year is plain from the page.
    WeekdayShort,
}

impl DateStyle {
    pub fn date(self, date: NaiveDate) -> String {
        self.time(date.and_time(chrono::NaiveTime::MIN))
    }

    /// A stored UTC time in this style (a day style drops the time), in the
    /// language being rendered, by CLDR's patterns (ICU4X) and always on the
    /// Gregorian calendar that trade documents use.
    pub fn time(self, time: NaiveDateTime) -> String {
        let language = crate::i18n::current().language;
        let Some(at) = icu_time(time) else {
            return time.to_string();
        };
        let formatted = match self {
            DateStyle::DateTime => with_time_formatter(language, |f| format!("{} UTC", f.format(&at))),
            day_style => with_day_formatter(language, day_style, |f| f.format(&at.date).to_string()),
        };
        formatted.unwrap_or_else(|| time.to_string())
    }
}

type DayFormatter = FixedCalendarDateTimeFormatter<Gregorian, DateFieldSet>;
type TimeFormatter = FixedCalendarDateTimeFormatter<Gregorian, YMDT>;

thread_local! {
    /// Formatters per language and style, built on first use: building one
    /// loads CLDR patterns, formatting with it is cheap, and a page formats
    /// dozens of dates.
    static DAY_FORMATTERS: RefCell<HashMap<(Language, DateStyle), DayFormatter>> = RefCell::new(HashMap::new());
    static TIME_FORMATTERS: RefCell<HashMap<Language, TimeFormatter>> = RefCell::new(HashMap::new());
}

fn with_day_formatter<T>(
    language: Language,
    style: DateStyle,
    write: impl FnOnce(&DayFormatter) -> T,
) -> Option<T> {
    DAY_FORMATTERS.with(|formatters| {
        let mut formatters = formatters.borrow_mut();
        if let Entry::Vacant(slot) = formatters.entry((language, style)) {
            let fields = match style {
                DateStyle::LongDay => DateFieldSet::YMD(YMD::long()),
                DateStyle::WeekdayDay => DateFieldSet::YMDE(YMDE::medium()),
                DateStyle::WeekdayShort => DateFieldSet::MDE(MDE::medium()),
                DateStyle::Day | DateStyle::DateTime => DateFieldSet::YMD(YMD::medium()),
            };
            slot.insert(DayFormatter::try_new(preferences(language), fields).ok()?);
        }
        formatters.get(&(language, style)).map(write)
    })
}

fn with_time_formatter<T>(language: Language, write: impl FnOnce(&TimeFormatter) -> T) -> Option<T> {
    TIME_FORMATTERS.with(|formatters| {
        let mut formatters = formatters.borrow_mut();
        if let Entry::Vacant(slot) = formatters.entry(language) {
            let fields = YMDT::medium().with_time_precision(TimePrecision::Minute);
            slot.insert(TimeFormatter::try_new(preferences(language), fields).ok()?);
        }
        formatters.get(&language).map(write)
    })
}

/// English dates are written the international way ("2 Nov 2026", 24-hour
/// clock) whatever the reader's region: buyers on every continent read them,
/// and "11/2" means two different days to two of them.
fn preferences(language: Language) -> DateTimeFormatterPreferences {
    let tag = match language {
        Language::En => "en-GB",
        other => other.as_str(),
    };
    IcuLocale::try_from_str(tag).unwrap_or(IcuLocale::UNKNOWN).into()
}

fn icu_time(time: NaiveDateTime) -> Option<DateTime<Gregorian>> {
    let narrow = |n: u32| u8::try_from(n).ok();
    let date = Date::try_new_gregorian(time.year(), narrow(time.month())?, narrow(time.day())?).ok()?;
    let time = Time::try_new(
        narrow(time.hour())?,
        narrow(time.minute())?,
        narrow(time.second())?,
        0,
    )
    .ok()?;
    Some(DateTime { date, time })
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

/// "Sun, 22 Nov 2026".
pub fn weekday_day(date: NaiveDate) -> String {
    DateStyle::WeekdayDay.date(date)
}

/// "Sun 22 Nov".
pub fn weekday_short(date: NaiveDate) -> String {
    DateStyle::WeekdayShort.date(date)
}

/// "2026-11-22T09:05:00Z": for machines (feeds, sitemaps, JSON-LD), the
/// W3C datetime profile of RFC 3339 that Atom and the sitemap protocol read.
pub fn machine(time: NaiveDateTime) -> String {
    time.and_utc().to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `message` told how long someone must wait before trying again: `$count`
/// `$unit`s, in "seconds" below a minute and a half ("45 seconds"), else in
/// whole "minutes", rounded up ("12 minutes").
pub fn with_wait(message: Message, seconds: i64) -> Message {
    match seconds {
        s if s < 90 => message.with("unit", "seconds").with("count", s),
        s => message.with("unit", "minutes").with("count", (s + 59) / 60),
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
        assert_eq!(DateStyle::WeekdayDay.time(time), "Mon, 2 Nov 2026");
        assert_eq!(DateStyle::WeekdayShort.date(time.date()), "Mon 2 Nov");
    }

    #[test]
    fn weekdays_and_months_are_named_in_the_reader_s_language() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        let in_language = |language| {
            crate::i18n::scoped(crate::i18n::Locale::new(language), || {
                DateStyle::WeekdayDay.date(date)
            })
        };
        assert!(
            in_language(Language::Hi).contains("नव॰"),
            "{}",
            in_language(Language::Hi)
        );
        assert!(
            in_language(Language::Ar).contains("الاثنين"),
            "{}",
            in_language(Language::Ar)
        );
    }
}
