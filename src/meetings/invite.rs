//! Calendar invitations (RFC 5545 / iTIP RFC 5546) for a meeting, written
//! with the `icalendar` crate, which escapes text and folds lines at 75
//! octets without splitting a character.
//!
//! A meeting keeps one UID for its whole life and raises SEQUENCE on every
//! change, so calendar apps update the event they have instead of adding a
//! second one after a move; a cancellation is `METHOD:CANCEL` with the same
//! UID. Times are written in UTC, which every calendar app converts for its
//! owner. A participant's calendar feed ([`feed`]) carries the same events,
//! so an app that has both the invitation and the feed sees one meeting.

use chrono::{DateTime, Duration, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, EventStatus, Property, Trigger};

/// Whether the invitation asks for a place in the calendar or withdraws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteMethod {
    Request,
    Cancel,
}

impl InviteMethod {
    /// The iTIP method's name, as `METHOD:` and the MIME type write it.
    pub fn as_str(self) -> &'static str {
        match self {
            InviteMethod::Request => "REQUEST",
            InviteMethod::Cancel => "CANCEL",
        }
    }
}

/// Someone named in an invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub name: String,
    pub email: String,
}

/// Everything one version of a meeting's invitation says.
#[derive(Debug, Clone, PartialEq)]
pub struct Invite {
    pub method: InviteMethod,
    /// Stable for the meeting's life, e.g. `meeting-<id>@bazaar.example.org`.
    pub uid: String,
    /// 0 for the first invitation, one more for each change after.
    pub sequence: u32,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// When this version was written.
    pub stamp: DateTime<Utc>,
    pub summary: String,
    /// The site, which sends the invitations.
    pub organizer: Party,
    pub attendees: Vec<Party>,
    /// The video room; `LOCATION` and `URL` both carry it.
    pub video_url: String,
    /// Both parties' local times and the meeting page, as the caller words them.
    pub description: String,
}

/// Reminder shown by calendar apps before the start.
const ALARM_BEFORE: i64 = 15;

impl Invite {
    /// This version of the meeting as a calendar event.
    fn event(&self) -> Event {
        let mut event = Event::new();
        event
            .uid(&self.uid)
            .sequence(self.sequence)
            .timestamp(self.stamp)
            .starts(self.starts_at)
            .ends(self.ends_at)
            .summary(&self.summary)
            .description(&self.description)
            .location(&self.video_url)
            .url(&self.video_url)
            .status(match self.method {
                InviteMethod::Request => EventStatus::Confirmed,
                InviteMethod::Cancel => EventStatus::Cancelled,
            })
            .append_property(
                Property::new("ORGANIZER", format!("mailto:{}", self.organizer.email))
                    .add_parameter("CN", &self.organizer.name)
                    .done(),
            );
        for attendee in &self.attendees {
            event.append_multi_property(
                Property::new("ATTENDEE", format!("mailto:{}", attendee.email))
                    .add_parameter("CN", &attendee.name)
                    .add_parameter("ROLE", "REQ-PARTICIPANT")
                    .add_parameter("PARTSTAT", "ACCEPTED")
                    .done(),
            );
        }
        if self.method == InviteMethod::Request {
            event.alarm(Alarm::display(
                &self.summary,
                Trigger::before_start(Duration::minutes(ALARM_BEFORE)),
            ));
        }
        event.done()
    }

    /// The `text/calendar` body.
    pub fn to_ics(&self) -> String {
        let mut calendar = calendar();
        calendar
            .append_property(("METHOD", self.method.as_str()))
            .push(self.event());
        calendar.done().to_string()
    }

    /// The MIME type of [`Invite::to_ics`], with the method that iTIP asks
    /// mail and calendar programs to read from it.
    pub fn content_type(&self) -> String {
        format!("text/calendar; method={}; charset=UTF-8", self.method.as_str())
    }
}

fn calendar() -> Calendar {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("PRODID", "-//ODOP Bazaar//Meetings//EN"))
        .append_property(("VERSION", "2.0"))
        .append_property(("CALSCALE", "GREGORIAN"));
    calendar
}

/// How often calendar apps are asked to fetch a feed again.
const FEED_REFRESH: i64 = 60;

/// A calendar to subscribe to, named `name`, holding each meeting as its
/// latest invitation says it (same UID and SEQUENCE; a cancelled one with
/// `STATUS:CANCELLED`). A published calendar, not a message: no `METHOD`
/// (RFC 5545 §3.7.2), so apps show the events rather than ask for replies.
pub fn feed(name: &str, invites: &[Invite]) -> String {
    let mut calendar = calendar();
    calendar.name(name).ttl(&Duration::minutes(FEED_REFRESH));
    for invite in invites {
        calendar.push(invite.event());
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use icalendar::{CalendarComponent, DatePerhapsTime};

    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap_or_default()
    }

    fn invite(method: InviteMethod, sequence: u32) -> Invite {
        Invite {
            method,
            uid: "meeting-0190aa00@bazaar.example.org".into(),
            sequence,
            starts_at: utc("2027-03-02T09:00:00Z"),
            ends_at: utc("2027-03-02T09:20:00Z"),
            stamp: utc("2027-02-20T12:00:00Z"),
            summary: "Meeting: Kashi Weaves × Müller Handel GmbH".into(),
            organizer: Party {
                name: "ODOP Bazaar".into(),
                email: "meetings@bazaar.example.org".into(),
            },
            attendees: vec![
                Party {
                    name: "Kashi Weaves, Varanasi".into(),
                    email: "rani@kashiweaves.in".into(),
                },
                Party {
                    name: "Jan Müller".into(),
                    email: "jan@mueller-handel.de".into(),
                },
            ],
            video_url: "https://meet.jit.si/odop-7f3a9c2e4b1d".into(),
            description: "Tue, 2 Mar 2027, 14:30 IST (UTC+05:30) · 10:00 CET (UTC+01:00)\n\
                          Products: बनारसी रेशमी साड़ी; silk stoles, scarves\n\
                          Meeting page: https://bazaar.example.org/dashboard/meetings/0190aa00"
                .into(),
        }
    }

    fn event_of(ics: &str) -> Event {
        let calendar: Calendar = ics.parse().unwrap_or_else(|e| panic!("{e}\n{ics}"));
        calendar
            .components
            .into_iter()
            .find_map(|c| match c {
                CalendarComponent::Event(event) => Some(event),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no event in\n{ics}"))
    }

    #[test]
    fn a_request_reads_back_with_every_field() {
        let sent = invite(InviteMethod::Request, 0);
        let ics = sent.to_ics();
        assert!(ics.contains("\r\nMETHOD:REQUEST\r\n"), "{ics}");
        let event = event_of(&ics);
        assert_eq!(event.get_uid(), Some(sent.uid.as_str()));
        assert_eq!(event.get_sequence(), Some(0));
        assert_eq!(
            event.get_start(),
            Some(DatePerhapsTime::DateTime(sent.starts_at.into()))
        );
        assert_eq!(
            event.get_end(),
            Some(DatePerhapsTime::DateTime(sent.ends_at.into()))
        );
        assert_eq!(event.get_summary(), Some(sent.summary.as_str()));
        assert_eq!(
            event.get_description(),
            Some(sent.description.as_str()),
            "escaped and folded, read back whole"
        );
        assert_eq!(event.get_location(), Some(sent.video_url.as_str()));
        assert_eq!(event.get_url(), Some(sent.video_url.as_str()));
        assert!(ics.contains("DTSTART:20270302T090000Z") && ics.contains("DTEND:20270302T092000Z"));
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("ORGANIZER;CN=ODOP Bazaar:mailto:meetings@bazaar.example.org"));
        assert!(unfolded.contains("CN=\"Kashi Weaves, Varanasi\""), "{unfolded}");
        assert!(
            unfolded.contains("mailto:rani@kashiweaves.in")
                && unfolded.contains("mailto:jan@mueller-handel.de")
        );
        // 15 minutes before the start.
        assert!(
            unfolded.contains("BEGIN:VALARM") && unfolded.contains("TRIGGER;RELATED=START:-PT900S"),
            "{unfolded}"
        );
    }

    #[test]
    fn lines_are_folded_at_75_octets_without_splitting_a_character() {
        let ics = invite(InviteMethod::Request, 0).to_ics();
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert!(ics.contains("\r\n "), "the long description is folded");
    }

    #[test]
    fn a_feed_holds_every_meeting_as_its_invitation_says_it_without_a_method() {
        let confirmed = invite(InviteMethod::Request, 1);
        let mut cancelled = invite(InviteMethod::Cancel, 2);
        cancelled.uid = "meeting-0190bb00@bazaar.example.org".into();
        let ics = feed("ODOP Bazaar meetings", &[confirmed.clone(), cancelled.clone()]);
        assert!(!ics.contains("METHOD:"), "{ics}");
        assert!(ics.contains("\r\nX-WR-CALNAME:ODOP Bazaar meetings\r\n"), "{ics}");
        let calendar: Calendar = ics.parse().unwrap_or_else(|e| panic!("{e}\n{ics}"));
        let events: Vec<&Event> = calendar.events().collect();
        assert_eq!(events.len(), 2);
        assert_eq!(
            (
                events[0].get_uid(),
                events[0].get_sequence(),
                events[0].get_status()
            ),
            (
                Some(confirmed.uid.as_str()),
                Some(1),
                Some(EventStatus::Confirmed)
            )
        );
        assert_eq!(
            (
                events[1].get_uid(),
                events[1].get_sequence(),
                events[1].get_status()
            ),
            (
                Some(cancelled.uid.as_str()),
                Some(2),
                Some(EventStatus::Cancelled)
            )
        );
    }

    #[test]
    fn a_move_keeps_the_uid_and_raises_the_sequence_and_a_cancel_withdraws_it() {
        let first = event_of(&invite(InviteMethod::Request, 0).to_ics());
        let mut moved = invite(InviteMethod::Request, 1);
        moved.starts_at = utc("2027-03-02T10:00:00Z");
        moved.ends_at = utc("2027-03-02T10:20:00Z");
        let moved = event_of(&moved.to_ics());
        assert_eq!(moved.get_uid(), first.get_uid());
        assert_eq!(moved.get_sequence(), Some(1));

        let cancel = invite(InviteMethod::Cancel, 2).to_ics();
        assert!(cancel.contains("\r\nMETHOD:CANCEL\r\n"));
        let cancelled = event_of(&cancel);
        assert_eq!(cancelled.get_uid(), first.get_uid());
        assert_eq!(cancelled.get_sequence(), Some(2));
        assert_eq!(cancelled.get_status(), Some(EventStatus::Cancelled));
        assert!(!cancel.contains("VALARM"), "no reminder for a cancelled meeting");
    }
}
