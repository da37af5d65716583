//! Whom an event is for and who stands behind it: the sectors it covers,
//! the buyers' countries it looks for, the states and districts it features,
//! how many take part on each side, the missions and councils co-hosting it,
//! and where its video rooms are made. Part of the event form; checked
//! against the directory, so only real countries and places are saved.

use std::collections::HashSet;

use url::Url;

use super::error::MeetingError;
use super::model::{Event, ParticipantStatus, Side};
use super::{repo, video};
use crate::db::DbConnection;
use crate::directory::{Sector, repo as directory_repo};
use crate::domain::Checks;
use crate::i18n::Message;

/// Co-hosts an event may name.
const MAX_CO_HOSTS: usize = 8;
/// Participants on one side at most, when the organisers set a limit.
pub const CAPACITY: std::ops::RangeInclusive<i32> = 1..=10_000;

/// A mission or council behind an event, with its web address.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CoHost {
    pub name: String,
    pub url: String,
}

/// The audience fields of the event form that passed their checks.
#[derive(Debug, Clone, Default)]
pub struct Audience {
    pub sectors: Vec<String>,
    pub buyer_countries: Vec<String>,
    pub focus_states: Vec<i32>,
    pub focus_districts: Vec<i32>,
    pub producer_capacity: Option<i32>,
    pub buyer_capacity: Option<i32>,
    pub video_base: Option<String>,
    pub co_hosts: Vec<CoHost>,
}

/// What the form sends for these fields (lists come comma-separated).
pub struct AudienceText<'a> {
    pub sectors: &'a str,
    pub buyer_countries: &'a str,
    pub focus_states: &'a str,
    pub focus_districts: &'a str,
    pub producer_capacity: &'a str,
    pub buyer_capacity: &'a str,
    pub video_base: &'a str,
    /// One per line: the name, then its web address.
    pub co_hosts: &'a str,
}

fn items(text: &str) -> impl Iterator<Item = &str> {
    text.split(',').map(str::trim).filter(|item| !item.is_empty())
}

/// "Embassy of India, Berlin https://indianembassyberlin.gov.in" → the name and the address.
fn co_host_line(line: &str) -> Option<CoHost> {
    let (name, url) = line.trim().rsplit_once(char::is_whitespace)?;
    let url = Url::parse(url)
        .ok()
        .filter(|u| matches!(u.scheme(), "https" | "http"))?;
    let name = name.trim().trim_end_matches([',', '-', '–', '|', ':']).trim();
    (!name.is_empty() && name.chars().count() <= 120).then(|| CoHost {
        name: name.to_owned(),
        url: url.to_string(),
    })
}

/// Checks the audience fields; each problem is named by its field.
pub fn read_audience(conn: &mut DbConnection, text: &AudienceText) -> Result<Audience, MeetingError> {
    let mut checks = Checks::new();
    let sectors: Vec<String> = items(text.sectors).map(str::to_owned).collect();
    if sectors.iter().any(|s| Sector::from_slug(s).is_none()) {
        checks.fail("sectors", Message::new("meeting-sectors-choose-among-sectors"));
    }
    let known: HashSet<String> = directory_repo::all_countries(conn)?
        .into_iter()
        .map(|c| c.code)
        .collect();
    let buyer_countries: Vec<String> = items(text.buyer_countries).map(str::to_uppercase).collect();
    if buyer_countries.iter().any(|c| !known.contains(c)) {
        checks.fail(
            "buyer_countries",
            Message::new("meeting-buyer-countries-choose-among-countries"),
        );
    }
    let states: HashSet<i32> = directory_repo::all_states(conn)?
        .iter()
        .map(|s| s.lgd_code)
        .collect();
    let districts: HashSet<i32> = directory_repo::all_districts(conn)?
        .iter()
        .map(|d| d.lgd_code)
        .collect();
    let codes = |checks: &mut Checks, field, typed: &str, known: &HashSet<i32>| {
        let codes: Vec<i32> = items(typed).filter_map(|c| c.parse().ok()).collect();
        if codes.len() != items(typed).count() || codes.iter().any(|c| !known.contains(c)) {
            checks.fail(field, Message::new("meeting-choose-among-places-listed"));
        }
        codes
    };
    let focus_states = codes(&mut checks, "focus_states", text.focus_states, &states);
    let focus_districts = codes(&mut checks, "focus_districts", text.focus_districts, &districts);
    let producer_capacity = checks.optional_whole("producer_capacity", text.producer_capacity, CAPACITY);
    let buyer_capacity = checks.optional_whole("buyer_capacity", text.buyer_capacity, CAPACITY);
    let video_base = Some(text.video_base.trim()).filter(|base| !base.is_empty());
    if video_base.is_some_and(|base| video::check_pattern(base).is_err()) {
        checks.fail("video_base", Message::new("meeting-video-base-invalid"));
    }
    let lines: Vec<&str> = text.co_hosts.lines().filter(|l| !l.trim().is_empty()).collect();
    let co_hosts: Vec<CoHost> = lines.iter().filter_map(|line| co_host_line(line)).collect();
    if co_hosts.len() != lines.len() {
        checks.fail("co_hosts", Message::new("meeting-co-hosts-write-each-co"));
    } else if co_hosts.len() > MAX_CO_HOSTS {
        checks.fail(
            "co_hosts",
            Message::new("meeting-co-hosts-too-many").with("max", MAX_CO_HOSTS),
        );
    }
    checks.finish()?;
    Ok(Audience {
        sectors,
        buyer_countries,
        focus_states,
        focus_districts,
        producer_capacity,
        buyer_capacity,
        video_base: video_base.map(str::to_owned),
        co_hosts,
    })
}

impl Audience {
    pub fn apply_to(&self, event: &mut Event) {
        let join = |items: &[String]| items.join(",");
        let codes = |codes: &[i32]| codes.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
        event.sectors = join(&self.sectors);
        event.buyer_countries = join(&self.buyer_countries);
        event.focus_states = codes(&self.focus_states);
        event.focus_districts = codes(&self.focus_districts);
        event.producer_capacity = self.producer_capacity;
        event.buyer_capacity = self.buyer_capacity;
        event.video_base.clone_from(&self.video_base);
    }
}

/// The co-hosts as the form's textarea shows them.
pub fn co_hosts_text(co_hosts: &[CoHost]) -> String {
    co_hosts
        .iter()
        .map(|c| format!("{} {}", c.name, c.url))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Refuses one more approved participant on `side` when the event has as
/// many as it takes.
pub fn require_room(conn: &mut DbConnection, event: &Event, side: Side) -> Result<(), MeetingError> {
    let capacity = match side {
        Side::Producer => event.producer_capacity,
        Side::Buyer => event.buyer_capacity,
    };
    let Some(capacity) = capacity else {
        return Ok(());
    };
    let approved =
        repo::participants_of(conn, &event.id, Some(side), Some(ParticipantStatus::Approved))?.len();
    if approved >= usize::try_from(capacity).unwrap_or(0) {
        return Err(MeetingError::NotAllowed(
            Message::new("refusal-event-full")
                .with("side", side.as_str())
                .with("capacity", capacity),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_co_host_line_is_a_name_then_an_address() {
        assert_eq!(
            co_host_line("Embassy of India, Berlin https://indianembassyberlin.gov.in"),
            Some(CoHost {
                name: "Embassy of India, Berlin".into(),
                url: "https://indianembassyberlin.gov.in/".into()
            })
        );
        assert_eq!(
            co_host_line("EPCH – https://epch.in/").map(|c| c.name),
            Some("EPCH".into())
        );
        assert_eq!(co_host_line("EPCH"), None);
        assert_eq!(co_host_line("https://epch.in"), None);
        assert_eq!(co_host_line("EPCH javascript:alert(1)"), None);
    }
}
