//! Video rooms for accepted meetings. A room's address comes from a pattern
//! (`MEETING_URL_TEMPLATE`, or the event's own base) with an unguessable
//! name put in for `{room}`: whoever has the link can join, so the name must
//! not be guessed from anything public.

use url::Url;

use super::model::Event;

/// The pattern used when the site sets none: a Jitsi Meet room.
pub const DEFAULT_TEMPLATE: &str = "https://meet.jit.si/OdopBazaar-{room}";
const ROOM: &str = "{room}";

/// Where the site's video rooms are made.
#[derive(Debug, Clone)]
pub struct VideoRooms {
    template: String,
}

impl Default for VideoRooms {
    fn default() -> Self {
        Self {
            template: DEFAULT_TEMPLATE.to_owned(),
        }
    }
}

/// A room pattern that is not an https address.
#[derive(Debug, thiserror::Error)]
#[error("expected an https:// address, optionally with {{room}} where the room's name goes; got '{0}'")]
pub struct BadPattern(String);

impl VideoRooms {
    pub fn new(template: &str) -> Result<Self, BadPattern> {
        check_pattern(template)?;
        Ok(Self {
            template: template.trim().to_owned(),
        })
    }

    /// A new room for one meeting of `event`: in the event's own base when
    /// its organisers set one, else in the site's.
    pub fn room_for(&self, event: &Event) -> String {
        let pattern = event.video_base.as_deref().unwrap_or(&self.template);
        // 122 random bits: no one finds a room by trying names.
        let room = fill(pattern, &uuid::Uuid::new_v4().simple().to_string());
        // Normalised, so what is stored and shown is percent-encoded where it must be.
        Url::parse(&room).map_or(room, String::from)
    }
}

/// `pattern` with `name` in place of `{room}`, or after it when it has none.
fn fill(pattern: &str, name: &str) -> String {
    if pattern.contains(ROOM) {
        pattern.replace(ROOM, name)
    } else {
        format!("{}/{name}", pattern.trim_end_matches('/'))
    }
}

/// Whether `pattern` makes https addresses.
pub fn check_pattern(pattern: &str) -> Result<(), BadPattern> {
    let example = fill(pattern.trim(), "room");
    match Url::parse(&example) {
        Ok(url) if url.scheme() == "https" && url.host_str().is_some() => Ok(()),
        _ => Err(BadPattern(pattern.to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_room_goes_where_the_pattern_says_or_after_a_plain_base() {
        assert_eq!(fill(DEFAULT_TEMPLATE, "x1"), "https://meet.jit.si/OdopBazaar-x1");
        assert_eq!(
            fill("https://video.example.org/rooms/", "x1"),
            "https://video.example.org/rooms/x1"
        );
        assert_eq!(
            fill("https://video.example.org/r?name={room}&lobby=1", "x1"),
            "https://video.example.org/r?name=x1&lobby=1"
        );
    }

    #[test]
    fn only_https_patterns_are_taken() {
        assert!(VideoRooms::new("https://meet.example.org/{room}").is_ok());
        for bad in [
            "http://meet.example.org/{room}",
            "meet.example.org",
            "javascript:alert(1)//{room}",
            "",
        ] {
            assert!(VideoRooms::new(bad).is_err(), "{bad}");
        }
    }
}
