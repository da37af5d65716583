//! Suggested matches worded for the side reading them: a buyer reads why a
//! producer suits them ("HS 500720 matches your 5007"), a producer why a
//! buyer is worth meeting ("they source HS 5007, your 500720").

use serde::Serialize;

use crate::directory::Sector;
use crate::format::group_thousands;
use crate::meetings::matching::{Reason, Suggestion};
use crate::meetings::model::Side;
use crate::meetings::views::{EventSummary, ParticipantCard};

fn sector_name(slug: &str) -> String {
    Sector::from_slug(slug).map_or_else(|| slug.to_owned(), |s| s.name().to_owned())
}

fn quantity(n: impl Into<i64>) -> String {
    group_thousands(n.into())
}

/// A reason in words, for a viewer on `side`.
pub fn reason_text(reason: &Reason, side: Side) -> String {
    match (reason, side) {
        (Reason::HsCode { listed, sought }, Side::Buyer) => format!("HS {listed} matches your {sought}"),
        (Reason::HsCode { listed, sought }, Side::Producer) => {
            format!("they source HS {sought}, your {listed}")
        }
        (Reason::HsChapter { chapter }, Side::Buyer) => format!("HS chapter {chapter}, which you source"),
        (Reason::HsChapter { chapter }, Side::Producer) => format!("they source HS chapter {chapter}"),
        (Reason::Sector { sector }, Side::Buyer) => format!("{}, a sector you buy in", sector_name(sector)),
        (Reason::Sector { sector }, Side::Producer) => format!("they buy {}", sector_name(sector)),
        (Reason::GiTagged { name }, Side::Buyer) => format!("GI-tagged {name}"),
        (Reason::GiTagged { name }, Side::Producer) => format!("your GI-tagged {name}"),
        (Reason::Odop { name }, Side::Buyer) => format!("{name}, their district's ODOP product"),
        (Reason::Odop { name }, Side::Producer) => format!("{name}, your district's ODOP product"),
        (
            Reason::Capacity {
                capacity,
                unit,
                volume,
            },
            Side::Buyer,
        ) => format!(
            "capacity {} {unit}/month covers your {}",
            quantity(*capacity),
            quantity(i64::try_from(*volume).unwrap_or(i64::MAX))
        ),
        (
            Reason::Capacity {
                capacity,
                unit,
                volume,
            },
            Side::Producer,
        ) => format!(
            "your capacity {} {unit}/month covers their {}",
            quantity(*capacity),
            quantity(i64::try_from(*volume).unwrap_or(i64::MAX))
        ),
        (Reason::Certified { certifications }, Side::Buyer) => format!("certified: {certifications}"),
        (Reason::Certified { certifications }, Side::Producer) => {
            format!("your certifications: {certifications}")
        }
        (Reason::ExportReady, Side::Buyer) => "export-ready".into(),
        (Reason::ExportReady, Side::Producer) => "your listing is export-ready".into(),
        (Reason::Verified, Side::Buyer) => "verified producer".into(),
        (Reason::Verified, Side::Producer) => "you are a verified producer".into(),
    }
}

/// One counterpart suggested to the viewer.
#[derive(Debug, Serialize)]
pub struct SuggestionView {
    pub card: ParticipantCard,
    /// The producer's listing that fits best.
    pub listing: String,
    pub reasons: Vec<String>,
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
            reason_text(&capacity, Side::Buyer),
            "capacity 2,000 m/month covers your 1,500"
        );
        assert_eq!(
            reason_text(&capacity, Side::Producer),
            "your capacity 2,000 m/month covers their 1,500"
        );
        let hs = Reason::HsCode {
            listed: "5007".into(),
            sought: "5007".into(),
        };
        assert_eq!(reason_text(&hs, Side::Buyer), "HS 5007 matches your 5007");
        assert_eq!(
            reason_text(
                &Reason::GiTagged {
                    name: "Banarasi silk".into()
                },
                Side::Buyer
            ),
            "GI-tagged Banarasi silk"
        );
        assert_eq!(reason_text(&Reason::Verified, Side::Buyer), "verified producer");
    }
}
