//! Rows of the showcases area and the values a showcase is made of: its
//! status, how its products are grouped into pavilions, and its publish
//! window, whose days are read on India's clock.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use chrono_tz::Tz;
use diesel::prelude::*;
use serde::Serialize;

use crate::accounts::model::UserId;
use crate::catalogue::model::ProductId;
use crate::meetings::model::EventId;
use crate::schema::{showcase_banners, showcase_items, showcase_sections, showcases};

crate::id_type!(
    /// A curated collection of published listings.
    pub ShowcaseId
);

crate::id_type!(
    /// A pavilion named by hand inside one showcase.
    pub SectionId
);

crate::text_enum!(
    /// Where a showcase stands as its curator set it; [`Phase`] adds what
    /// follows from its window.
    pub ShowcaseStatus {
        Draft => "draft", "Draft";
        Published => "published", "Published";
    }
);

crate::text_enum!(
    /// How the public page groups a showcase's products.
    pub Pavilions {
        None => "none", "One list, no pavilions";
        State => "state", "A pavilion per state";
        District => "district", "A pavilion per district";
        Gi => "gi", "A pavilion per Geographical Indication";
        Named => "named", "Pavilions named by hand";
    }
);

/// The zone a showcase's days are read in. Its organisers are India's
/// export councils and missions, and India keeps one offset all year, so a
/// day always starts and ends at a single instant.
pub const WINDOW_ZONE: Tz = chrono_tz::Asia::Kolkata;

/// The instant (UTC) at which `day` begins in India.
pub fn start_of_day(day: NaiveDate) -> NaiveDateTime {
    // India has no daylight saving time, so midnight exists exactly once.
    let midnight = day.and_time(NaiveTime::MIN);
    midnight
        .and_local_timezone(WINDOW_ZONE)
        .earliest()
        .map_or(midnight, |at| at.naive_utc())
}

/// The day in India at the instant `at` (UTC).
pub fn day_in_india(at: NaiveDateTime) -> NaiveDate {
    at.and_utc().with_timezone(&WINDOW_ZONE).date_naive()
}

/// Where a showcase stands at a given instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Draft,
    /// Published; its first day has not come.
    Scheduled,
    Live,
    /// Published; its last day has passed.
    Ended,
}

#[derive(
    Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Identifiable, AsChangeset, Serialize,
)]
#[diesel(table_name = showcases, treat_none_as_default_value = false, treat_none_as_null = true)]
pub struct Showcase {
    pub id: ShowcaseId,
    /// The curator: the organiser (or admin) who made it, told when a product leaves.
    pub owner_id: UserId,
    pub slug: String,
    pub title: String,
    pub theme: String,
    pub pavilions: Pavilions,
    pub event_id: Option<EventId>,
    /// Shown from this instant (the start of its first day in India)…
    pub live_from: Option<NaiveDateTime>,
    /// …until just before this one (the end of its last day); `None`: no end.
    pub live_until: Option<NaiveDateTime>,
    pub featured: bool,
    pub status: ShowcaseStatus,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Showcase {
    pub fn phase(&self, now: NaiveDateTime) -> Phase {
        if self.status == ShowcaseStatus::Draft {
            return Phase::Draft;
        }
        match (self.live_from, self.live_until) {
            (Some(from), _) if now < from => Phase::Scheduled,
            (_, Some(until)) if now >= until => Phase::Ended,
            (Some(_), _) => Phase::Live,
            // A published showcase always has a first day (see `service::publish`).
            (None, _) => Phase::Scheduled,
        }
    }

    /// When the showcase last changed as its readers see it: an edit, or the
    /// day it went live.
    pub fn last_change(&self) -> NaiveDateTime {
        self.live_from
            .map_or(self.updated_at, |from| from.max(self.updated_at))
    }

    /// The first day shown, in India.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.live_from.map(day_in_india)
    }

    /// The last day shown, in India (`live_until` is the start of the day after).
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.live_until
            .map(|until| day_in_india(until - TimeDelta::seconds(1)))
    }
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = showcase_items, treat_none_as_default_value = false)]
pub struct ShowcaseItem {
    pub showcase_id: ShowcaseId,
    pub product_id: ProductId,
    /// Lower first; unique within a showcase only by convention (moves swap two).
    pub position: i32,
    /// The curator's note beside the product.
    pub note: String,
    pub section_id: Option<SectionId>,
    pub added_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = showcase_sections)]
pub struct Section {
    pub id: SectionId,
    pub showcase_id: ShowcaseId,
    pub position: i32,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = showcase_banners)]
pub struct Banner {
    pub showcase_id: ShowcaseId,
    /// Content hash naming the stored variants (see `media`).
    pub hash: String,
    pub width: i32,
    pub height: i32,
    pub alt_text: String,
    pub created_at: NaiveDateTime,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn a_day_in_india_starts_at_half_past_six_the_evening_before_in_utc() {
        let day = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        assert_eq!(start_of_day(day), at("2027-02-28 18:30"));
        assert_eq!(day_in_india(at("2027-02-28 18:29")), day.pred_opt().unwrap());
        assert_eq!(day_in_india(at("2027-02-28 18:30")), day);
    }

    #[test]
    fn the_phase_follows_the_window() {
        let showcase = Showcase {
            id: ShowcaseId::new(),
            owner_id: UserId::new(),
            slug: "silk".into(),
            title: "Silk".into(),
            theme: "Silk".into(),
            pavilions: Pavilions::None,
            event_id: None,
            live_from: Some(at("2027-02-28 18:30")),
            live_until: Some(at("2027-03-31 18:30")),
            featured: false,
            status: ShowcaseStatus::Published,
            created_at: at("2027-01-01 00:00"),
            updated_at: at("2027-01-01 00:00"),
        };
        assert_eq!(showcase.phase(at("2027-02-28 18:29")), Phase::Scheduled);
        assert_eq!(showcase.phase(at("2027-02-28 18:30")), Phase::Live);
        assert_eq!(showcase.phase(at("2027-03-31 18:29")), Phase::Live);
        assert_eq!(showcase.phase(at("2027-03-31 18:30")), Phase::Ended);
        assert_eq!(showcase.last_day(), NaiveDate::from_ymd_opt(2027, 3, 31));
        let draft = Showcase {
            status: ShowcaseStatus::Draft,
            ..showcase
        };
        assert_eq!(draft.phase(at("2027-03-10 00:00")), Phase::Draft);
    }
}
