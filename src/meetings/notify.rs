//! The e-mails of events and meetings, queued in the caller's transaction.
//! Every time in them is shown on the recipient's clock and the other
//! party's; accepted and cancelled meetings carry the calendar invitation.
//! Links open pages that ask for confirmation: following a link (as mail
//! scanners do) decides nothing.

use chrono::NaiveDateTime;
use chrono_tz::Tz;
use serde_json::{Value, json};
use url::Url;

use super::error::MeetingError;
use super::invite::{Invite, InviteMethod, Party};
use super::model::{Event, Meeting, Participant, ParticipantStatus};
use super::video::VideoRooms;
use super::{display, repo, views};
use crate::accounts::User;
use crate::accounts::repo as accounts_repo;
use crate::db::DbConnection;
use crate::i18n::{self, Message};
use crate::mail::{self, Attachment, OutgoingEmail};
use crate::settings::Settings;

/// The addresses meetings hand out: absolute links into the site, the
/// site's host for calendar UIDs, and where video rooms are made.
#[derive(Debug, Clone)]
pub struct Links {
    base: String,
    host: String,
    rooms: VideoRooms,
}

impl Links {
    /// Links into the site at `base_url`, with the default video rooms.
    pub fn new(base_url: &Url) -> Self {
        Self {
            base: base_url.as_str().trim_end_matches('/').to_owned(),
            host: base_url.host_str().unwrap_or("localhost").to_owned(),
            rooms: VideoRooms::default(),
        }
    }

    pub fn from_settings(settings: &Settings) -> Self {
        Self {
            rooms: settings.video_rooms.clone(),
            ..Self::new(&settings.base_url)
        }
    }

    pub fn rooms(&self) -> &VideoRooms {
        &self.rooms
    }

    /// The meeting's own page.
    pub fn meeting(&self, meeting: &Meeting) -> String {
        format!("{}/dashboard/meetings/{}", self.base, meeting.id)
    }

    /// The page where a side says what came of the meeting.
    pub fn outcome(&self, meeting: &Meeting) -> String {
        format!("{}/dashboard/meetings/{}/outcome", self.base, meeting.id)
    }

    /// The page of the follow-up 90 days after the meeting.
    pub fn follow_up(&self, meeting: &Meeting) -> String {
        format!("{}/dashboard/meetings/{}/follow-up", self.base, meeting.id)
    }

    pub fn host(&self) -> &str {
        &self.host
    }

    pub fn event(&self, slug: &str) -> String {
        format!("{}/events/{slug}", self.base)
    }

    pub fn agenda(&self) -> String {
        format!("{}/dashboard/meetings", self.base)
    }

    /// The private calendar feed that `secret` opens.
    pub fn feed(&self, secret: &str) -> String {
        format!("{}{}?token={secret}", self.base, super::feed::FEED_PATH)
    }

    /// The page that asks before `action` (accept, decline, cancel) is done.
    pub fn confirm(&self, meeting: &Meeting, action: &str) -> String {
        format!("{}/dashboard/meetings/{}/{action}", self.base, meeting.id)
    }
}

/// One side of a meeting as the e-mails name it.
pub(super) struct Person {
    pub(super) user: User,
    /// The business for a producer, the company (or name) for a buyer.
    pub(super) name: String,
    pub(super) zone: Tz,
}

impl Person {
    /// Runs `write` in this person's locale: what an e-mail or invitation to
    /// them words when it is queued (times, dates, labels) reads like the
    /// rest of it, whoever's request caused it.
    pub(super) fn in_own_language<T>(&self, write: impl FnOnce() -> T) -> T {
        i18n::scoped(self.user.locale(), write)
    }
}

pub(super) fn person(conn: &mut DbConnection, participant: &Participant) -> Result<Person, MeetingError> {
    let user = accounts_repo::find_user(conn, &participant.user_id)?.ok_or(MeetingError::NotFound)?;
    let name = views::participant_name(conn, participant)?;
    let zone = participant.zone().unwrap_or(Tz::UTC);
    Ok(Person { user, name, zone })
}

pub(super) fn sides(conn: &mut DbConnection, meeting: &Meeting) -> Result<(Person, Person), MeetingError> {
    let requester = repo::find_participant(conn, &meeting.requester_id)?.ok_or(MeetingError::NotFound)?;
    let recipient = repo::find_participant(conn, &meeting.recipient_id)?.ok_or(MeetingError::NotFound)?;
    Ok((person(conn, &requester)?, person(conn, &recipient)?))
}

/// The e-mail `template` to `to`, greeting them by name, with the context
/// `write` builds in their locale.
pub(super) fn email_to(to: &Person, template: &str, write: impl FnOnce() -> Value) -> OutgoingEmail {
    let mut context = to.in_own_language(write);
    if let Some(map) = context.as_object_mut() {
        map.insert("name".into(), json!(to.user.name));
    }
    OutgoingEmail::new(&to.user.email, template, context)
        .to_name(&to.user.name)
        .in_language(to.user.language)
}

fn send(
    conn: &mut DbConnection,
    to: &Person,
    template: &str,
    write: impl FnOnce() -> Value,
    attachment: Option<Attachment>,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let mut email = email_to(to, template, write);
    if let Some(attachment) = attachment {
        email = email.attach(attachment);
    }
    mail::enqueue(conn, email, now)?;
    Ok(())
}

/// What every meeting e-mail says, worded for `to` meeting `other` (in
/// their locale: built inside [`email_to`]).
pub(super) fn meeting_context(
    event: &Event,
    meeting: &Meeting,
    to: &Person,
    other: &Person,
    links: &Links,
) -> Value {
    json!({
        "event_title": event.title,
        "event_url": links.event(&event.slug),
        "other_name": other.name,
        "when": display::in_both_zones(meeting.starts_at.and_utc(), to.zone, other.zone),
        "minutes": (meeting.ends_at - meeting.starts_at).num_minutes(),
        "message": meeting.message,
        "cancelled": views::cancellation(event, meeting).map(|m| m.to_string()),
        "reason": meeting.reason,
        "video_url": meeting.video_url,
        "agenda_url": links.agenda(),
        "meeting_url": links.meeting(meeting),
        "accept_url": links.confirm(meeting, "accept"),
        "decline_url": links.confirm(meeting, "decline"),
        "cancel_url": links.confirm(meeting, "cancel"),
    })
}

/// The invitation to `meeting` for both parties, written at `stamp`; its
/// description (both sides' times, the video room, the meeting's page) is
/// worded in the locale being written in, its reader's.
fn invite(
    event: &Event,
    meeting: &Meeting,
    (first, second): (&Person, &Person),
    method: InviteMethod,
    links: &Links,
    stamp: NaiveDateTime,
) -> Invite {
    let at = meeting.starts_at.and_utc();
    let video_url = meeting.video_url.clone().unwrap_or_default();
    Invite {
        method,
        uid: meeting.uid.clone(),
        sequence: meeting.sequence.unsigned_abs(),
        starts_at: at,
        ends_at: meeting.ends_at.and_utc(),
        stamp: stamp.and_utc(),
        summary: format!("{}: {} × {}", event.title, first.name, second.name),
        organizer: Party {
            name: "ODOP Bazaar".into(),
            email: format!("meetings@{}", links.host()),
        },
        attendees: [first, second]
            .iter()
            .map(|p| Party {
                name: p.name.clone(),
                email: p.user.email.clone(),
            })
            .collect(),
        description: format!(
            "{}: {}\n{}: {}\n{} {video_url}\n{} {}",
            first.name,
            display::in_both_zones(at, first.zone, second.zone),
            second.name,
            display::in_both_zones(at, second.zone, first.zone),
            Message::new("email-meeting-video-room"),
            Message::new("email-meeting-invite-page"),
            links.meeting(meeting),
        ),
        video_url,
    }
}

/// The invitation the last change to `meeting` e-mailed `reader` (a change
/// stamps the meeting with the time it e-mails), for fetching it again.
pub(super) fn last_invite(
    conn: &mut DbConnection,
    event: &Event,
    meeting: &Meeting,
    method: InviteMethod,
    (reader, links): (&User, &Links),
) -> Result<Invite, MeetingError> {
    let (requester, recipient) = sides(conn, meeting)?;
    Ok(i18n::scoped(reader.locale(), || {
        invite(
            event,
            meeting,
            (&requester, &recipient),
            method,
            links,
            meeting.updated_at,
        )
    }))
}

/// The `.ics` of `meeting` for both parties, as an attachment to `reader`.
fn invitation(
    event: &Event,
    meeting: &Meeting,
    (parties, reader): ((&Person, &Person), &Person),
    method: InviteMethod,
    links: &Links,
    now: NaiveDateTime,
) -> Attachment {
    let invite = reader.in_own_language(|| invite(event, meeting, parties, method, links, now));
    Attachment {
        filename: "meeting.ics".into(),
        content_type: invite.content_type(),
        content: invite.to_ics(),
    }
}

/// An organiser's decision on a participation (or the automatic approval).
pub fn participant_decided(
    conn: &mut DbConnection,
    event: &Event,
    participant: &Participant,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let to = person(conn, participant)?;
    let context = || {
        json!({
            "event_title": event.title,
            "event_url": links.event(&event.slug),
            "approved": participant.status == ParticipantStatus::Approved,
            "note": participant.decision_note,
        })
    };
    send(conn, &to, "event_participation", context, None, now)
}

/// A new request, to the side that answers it.
pub fn meeting_requested(
    conn: &mut DbConnection,
    event: &Event,
    meeting: &Meeting,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let (requester, recipient) = sides(conn, meeting)?;
    let context = || meeting_context(event, meeting, &recipient, &requester, links);
    send(conn, &recipient, "meeting_requested", context, None, now)
}

/// An accepted meeting: both sides get the invitation.
pub fn meeting_accepted(
    conn: &mut DbConnection,
    event: &Event,
    meeting: &Meeting,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let (requester, recipient) = sides(conn, meeting)?;
    for (to, other) in [(&requester, &recipient), (&recipient, &requester)] {
        let parties = ((&requester, &recipient), to);
        let ics = invitation(event, meeting, parties, InviteMethod::Request, links, now);
        let context = || meeting_context(event, meeting, to, other, links);
        send(conn, to, "meeting_accepted", context, Some(ics), now)?;
    }
    Ok(())
}

/// A declined request, to the side that asked.
pub fn meeting_declined(
    conn: &mut DbConnection,
    event: &Event,
    meeting: &Meeting,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let (requester, recipient) = sides(conn, meeting)?;
    let context = || meeting_context(event, meeting, &requester, &recipient, links);
    send(conn, &requester, "meeting_declined", context, None, now)
}

/// A cancelled meeting or withdrawn request, to both sides; an accepted
/// meeting's calendar entry is withdrawn (`METHOD:CANCEL`, same UID).
pub fn meeting_cancelled(
    conn: &mut DbConnection,
    event: &Event,
    meeting: &Meeting,
    was_accepted: bool,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let (requester, recipient) = sides(conn, meeting)?;
    for (to, other) in [(&requester, &recipient), (&recipient, &requester)] {
        let parties = ((&requester, &recipient), to);
        let ics = was_accepted.then(|| invitation(event, meeting, parties, InviteMethod::Cancel, links, now));
        let context = || meeting_context(event, meeting, to, other, links);
        send(conn, to, "meeting_cancelled", context, ics, now)?;
    }
    Ok(())
}

/// A move proposed for an accepted meeting, to the side that answers it.
pub fn move_proposed(
    conn: &mut DbConnection,
    event: &Event,
    meeting: &Meeting,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let Some(at) = meeting.proposed_starts_at else {
        return Ok(());
    };
    let (requester, recipient) = sides(conn, meeting)?;
    let proposer_is_requester = meeting.proposed_by.as_ref() == Some(&meeting.requester_id);
    let (to, other) = if proposer_is_requester {
        (&recipient, &requester)
    } else {
        (&requester, &recipient)
    };
    let context = || {
        let mut context = meeting_context(event, meeting, to, other, links);
        context["proposed_when"] = json!(display::in_both_zones(at.and_utc(), to.zone, other.zone));
        context["move_url"] = json!(links.confirm(meeting, "accept-move"));
        context
    };
    send(conn, to, "meeting_move_proposed", context, None, now)
}

/// What changed in an accepted meeting that calendars must see.
#[derive(Debug, Clone, Copy)]
pub enum Change {
    Time,
    VideoRoom,
}

/// A moved meeting or a new video room: both sides get the updated
/// invitation, with the same UID and a higher SEQUENCE.
pub fn meeting_updated(
    conn: &mut DbConnection,
    event: &Event,
    meeting: &Meeting,
    change: Change,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let (requester, recipient) = sides(conn, meeting)?;
    let change = match change {
        Change::Time => "time",
        Change::VideoRoom => "video",
    };
    for (to, other) in [(&requester, &recipient), (&recipient, &requester)] {
        let parties = ((&requester, &recipient), to);
        let ics = invitation(event, meeting, parties, InviteMethod::Request, links, now);
        let context = || {
            let mut context = meeting_context(event, meeting, to, other, links);
            context["change"] = json!(change);
            context
        };
        send(conn, to, "meeting_updated", context, Some(ics), now)?;
    }
    Ok(())
}

/// A proposed move not taken, to the side that did not decide it.
pub fn time_kept(
    conn: &mut DbConnection,
    event: &Event,
    meeting: &Meeting,
    decided_by: &Participant,
    links: &Links,
    now: NaiveDateTime,
) -> Result<(), MeetingError> {
    let (requester, recipient) = sides(conn, meeting)?;
    let (to, other) = if decided_by.id == meeting.requester_id {
        (&recipient, &requester)
    } else {
        (&requester, &recipient)
    };
    let context = || meeting_context(event, meeting, to, other, links);
    send(conn, to, "meeting_time_kept", context, None, now)
}
