//! Suggested matches worded for the side reading them: a buyer reads why a
//! producer suits them ("HS 500720 matches your 5007"), a producer why a
//! buyer is worth meeting ("they source HS 5007, your 500720").

use serde::Serialize;

use crate::directory::Sector;
use crate::i18n::Message;
use crate::meetings::matching::{Reason, Suggestion};
use crate::meetings::model::Side;
use crate::meetings::views::{EventSummary, ParticipantCard};

fn sector_name(slug: &str) -> String {
    Sector::from_slug(slug).map_or_else(|| slug.to_owned(), |s| s.name().to_owned())
}

/// A reason in words, for a viewer on `side` (each message selects on it).
pub fn reason_text(reason: &Reason, side: Side) -> Message {
    let message = match reason {
        Reason::HsCode { listed, sought } => Message::new("meetings-reason-hs-code")
            .with("listed", listed.as_str())
            .with("sought", sought.as_str()),
        Reason::HsChapter { chapter } => {
            Message::new("meetings-reason-hs-chapter").with("chapter", chapter.as_str())
        }
        Reason::Sector { sector } => {
            Message::new("meetings-reason-sector").with("sector", sector_name(sector))
        }
        Reason::GiTagged { name } => Message::new("meetings-reason-gi").with("name", name.as_str()),
        Reason::Odop { name } => Message::new("meetings-reason-odop").with("name", name.as_str()),
        Reason::Capacity {
            capacity,
            unit,
            volume,
        } => Message::new("meetings-reason-capacity")
            .with("capacity", i64::from(*capacity))
            .with("unit", unit.as_str())
            .with("volume", i64::try_from(*volume).unwrap_or(i64::MAX)),
        Reason::Certified { certifications } => {
            Message::new("meetings-reason-certified").with("certifications", certifications.as_str())
        }
        Reason::ExportReady => Message::new("meetings-reason-export-ready"),
        Reason::Verified => Message::new("meetings-reason-verified"),
    };
    message.with("side", side.as_str())
}

/// One counterpart suggested to the viewer.
#[derive(Debug, Serialize)]
pub struct SuggestionView {
    pub card: ParticipantCard,
    /// The producer's listing that fits best.
    pub listing: String,
    pub reasons: Vec<Message>,
    pub must_meet: bool,
}

impl SuggestionView {
    pub fn new(card: ParticipantCard, suggestion: &Suggestion, viewer: Side, must_meet: bool) -> Self {
        Self {
            card,
            listing: suggestion.listing.clone(),
            reasons: suggestion
                .reasons
                .iter()
                .map(|r| reason_text(r, viewer))
                .collect(),
            must_meet,
        }
    }
}

/// `/events/{slug}/suggestions`.
#[derive(Debug, Serialize)]
pub struct SuggestionsPage {
    pub event: EventSummary,
    /// The viewer's side: "buyer" sees producers, "producer" sees buyers.
    pub side: Side,
    /// Whether the buyers concerned said what they seek (for a buyer, themselves).
    pub seeks_anything: bool,
    pub suggestions: Vec<SuggestionView>,
    /// Counterparts the viewer marked who are not among the suggestions.
    pub other_marks: Vec<ParticipantCard>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_read_from_each_side() {
        let capacity = Reason::Capacity {
            capacity: 2000,
            unit: "m".into(),
            volume: 1500,
        };
        assert_eq!(
            reason_text(&capacity, Side::Buyer).to_string(),
            "capacity 2,000 m/month covers your 1,500"
        );
        assert_eq!(
            reason_text(&capacity, Side::Producer).to_string(),
            "your capacity 2,000 m/month covers their 1,500"
        );
        let hs = Reason::HsCode {
            listed: "5007".into(),
            sought: "5007".into(),
        };
        assert_eq!(
            reason_text(&hs, Side::Buyer).to_string(),
            "HS 5007 matches your 5007"
        );
        assert_eq!(
            reason_text(
                &Reason::GiTagged {
                    name: "Banarasi silk".into()
                },
                Side::Buyer
            )
            .to_string(),
            "GI-tagged Banarasi silk"
        );
        assert_eq!(
            reason_text(&Reason::Verified, Side::Buyer).to_string(),
            "verified producer"
        );
    }
}
