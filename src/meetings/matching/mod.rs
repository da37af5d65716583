//! Suggested matches: what a buyer seeks (their profile's sectors, the HS
//! codes and volumes of their registration) against what a producer brings
//! (the listings' sectors, HS codes, GI tags, their district's ODOP product,
//! capacity, certifications, export readiness, and the producer's
//! verification). [`score`] is a pure function over loaded data; each
//! suggestion carries its [`Reason`]s as values, which the presentation
//! layer words for the side reading them. [`load`] reads an event's
//! participants in a few queries; [`wishes`] are the "must meet" marks.

pub mod load;
pub mod wishes;

use std::collections::BTreeSet;

use serde::Serialize;

pub use load::EventMatches;

use super::booking::require_approved;
use super::error::MeetingError;
use super::model::{Event, EventStatus, Participant, ParticipantId, Side};
use super::participation::own_participation;
use crate::accounts::User;
use crate::db::DbConnection;

/// What a buyer seeks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Interests {
    /// Sector slugs.
    pub sectors: Vec<String>,
    /// HS codes of 2 to 8 digits.
    pub hs_codes: Vec<String>,
    /// The first quantity of their volumes, as typed ("1,500 m a month" → 1500).
    pub volume: Option<u64>,
}

impl Interests {
    /// A buyer's interests from their registration and their profile's sectors.
    pub fn read(hs_codes: &str, volumes: &str, sectors: &str) -> Self {
        let list = |text: &str| -> Vec<String> {
            text.split(',')
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .map(str::to_owned)
                .collect()
        };
        Self {
            sectors: list(sectors),
            hs_codes: list(hs_codes),
            volume: first_quantity(volumes),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.sectors.is_empty() && self.hs_codes.is_empty()
    }
}

/// Volumes are free text ("2,000 stoles a season"); the first number in it
/// is the quantity compared with a listing's monthly capacity.
fn first_quantity(text: &str) -> Option<u64> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let digits: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// One listing a producer brings, with the names its reasons need.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfferedListing {
    pub title: String,
    /// A sector slug.
    pub sector: String,
    pub hs_code: Option<String>,
    /// The GI's name, for a GI-tagged listing.
    pub gi: Option<String>,
    /// The name of the ODOP product of the producer's district it is linked to.
    pub odop: Option<String>,
    pub monthly_capacity: Option<i32>,
    /// The unit its quantities are counted in ("m", "pieces").
    pub unit: String,
    /// As the listing states them, comma-separated.
    pub certifications: String,
    pub export_ready: bool,
}

/// What a producer brings to an event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Offer {
    pub listings: Vec<OfferedListing>,
    pub verified: bool,
}

/// Why a producer suits a buyer, as a value; worded by the presentation layer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// The listing's HS code and one the buyer sources share their heading.
    HsCode {
        listed: String,
        sought: String,
    },
    /// Only the HS chapter (two digits) is shared.
    HsChapter {
        chapter: String,
    },
    /// A sector the buyer buys in (a slug).
    Sector {
        sector: String,
    },
    GiTagged {
        name: String,
    },
    /// The listing is its district's ODOP product.
    Odop {
        name: String,
    },
    /// The listing's monthly capacity covers the buyer's volume.
    Capacity {
        capacity: i32,
        unit: String,
        volume: u64,
    },
    Certified {
        certifications: String,
    },
    ExportReady,
    Verified,
}

impl Reason {
    /// The points a reason adds: what the buyer asked for weighs most.
    fn points(&self) -> u32 {
        match self {
            Reason::HsCode { .. } => 40,
            Reason::HsChapter { .. } => 20,
            Reason::Sector { .. } => 15,
            Reason::GiTagged { .. } | Reason::Capacity { .. } => 10,
            Reason::Odop { .. } => 8,
            Reason::ExportReady | Reason::Verified => 5,
            Reason::Certified { .. } => 4,
        }
    }
}

/// A producer suggested to a buyer (or a buyer to a producer): the score,
/// the listing that fits best and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub score: u32,
    pub listing: String,
    pub reasons: Vec<Reason>,
}

/// The digits two HS codes share from the start.
fn shared_digits(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// What the buyer asked for that the listing answers: an HS heading, else
/// an HS chapter, and the sector.
fn asked_for(interests: &Interests, listing: &OfferedListing) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if let Some(listed) = listing.hs_code.as_deref() {
        // A code matches a heading when one is the start of the other and
        // they share at least four digits; two shared digits are a chapter.
        let heading = interests.hs_codes.iter().find(|sought| {
            let shared = shared_digits(listed, sought);
            shared >= 4 && shared == listed.len().min(sought.len())
        });
        let chapter = interests
            .hs_codes
            .iter()
            .find(|sought| listed.len() >= 2 && sought.len() >= 2 && listed[..2] == sought[..2]);
        if let Some(sought) = heading {
            reasons.push(Reason::HsCode {
                listed: listed.to_owned(),
                sought: sought.clone(),
            });
        } else if let Some(sought) = chapter {
            reasons.push(Reason::HsChapter {
                chapter: sought[..2].to_owned(),
            });
        }
    }
    if interests.sectors.contains(&listing.sector) {
        reasons.push(Reason::Sector {
            sector: listing.sector.clone(),
        });
    }
    reasons
}

/// What makes a fitting listing stronger.
fn qualities(interests: &Interests, listing: &OfferedListing) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if let Some(name) = &listing.gi {
        reasons.push(Reason::GiTagged { name: name.clone() });
    }
    if let Some(name) = &listing.odop {
        reasons.push(Reason::Odop { name: name.clone() });
    }
    if let (Some(capacity), Some(volume)) = (listing.monthly_capacity, interests.volume)
        && u64::try_from(capacity).is_ok_and(|c| c >= volume)
    {
        reasons.push(Reason::Capacity {
            capacity,
            unit: listing.unit.clone(),
            volume,
        });
    }
    let certifications = listing.certifications.trim();
    if !certifications.is_empty() {
        reasons.push(Reason::Certified {
            certifications: certifications.to_owned(),
        });
    }
    if listing.export_ready {
        reasons.push(Reason::ExportReady);
    }
    reasons
}

/// How well `offer` answers `interests`: `None` unless a listing answers
/// something the buyer asked for (an HS code or chapter, a sector). The
/// best listing gives the reasons, in the order of their weight.
pub fn score(interests: &Interests, offer: &Offer) -> Option<Suggestion> {
    let best = offer
        .listings
        .iter()
        .filter_map(|listing| {
            let mut reasons = asked_for(interests, listing);
            if reasons.is_empty() {
                return None;
            }
            reasons.extend(qualities(interests, listing));
            let points: u32 = reasons.iter().map(Reason::points).sum();
            Some((points, listing, reasons))
        })
        // The first listing wins a tie, so the same input gives the same answer.
        .fold(
            None,
            |best: Option<(u32, &OfferedListing, Vec<Reason>)>, next| match best {
                Some(b) if b.0 >= next.0 => Some(b),
                _ => Some(next),
            },
        )?;
    let (mut points, listing, mut reasons) = best;
    if offer.verified {
        reasons.push(Reason::Verified);
        points += Reason::Verified.points();
    }
    Some(Suggestion {
        score: points,
        listing: listing.title.clone(),
        reasons,
    })
}

/// What `user` is suggested in an event.
pub struct Suggested {
    pub event: Event,
    pub me: Participant,
    /// For a buyer, whether they said what they seek; for a producer, whether any buyer did.
    pub seeks_anything: bool,
    /// Counterparts, best first.
    pub suggestions: Vec<(Participant, Suggestion)>,
    /// Whom `user` marked "must meet".
    pub marked: BTreeSet<ParticipantId>,
    /// Those marked who are not among the suggestions, in id order.
    pub marked_elsewhere: Vec<Participant>,
}

/// The counterparts suggested to `user`, an approved participant of the event `slug`.
pub fn suggested_to(conn: &mut DbConnection, user: &User, slug: &str) -> Result<Suggested, MeetingError> {
    let (event, me) = own_participation(conn, user, slug)?;
    if event.status == EventStatus::Draft {
        return Err(MeetingError::NotFound);
    }
    require_approved(&me)?;
    let matches = EventMatches::load(conn, &event)?;
    let marked = wishes::marked_by(conn, &me.id)?;
    let suggestions: Vec<(Participant, Suggestion)> = matches
        .suggestions_for(&me)
        .into_iter()
        .map(|(p, s)| (p.clone(), s))
        .collect();
    let others = match me.side {
        Side::Buyer => &matches.producers,
        Side::Producer => &matches.buyers,
    };
    let marked_elsewhere = others
        .iter()
        .filter(|o| marked.contains(&o.id) && !suggestions.iter().any(|(s, _)| s.id == o.id))
        .cloned()
        .collect();
    let seeks_anything = match me.side {
        Side::Buyer => matches.seeks_anything(&me.id),
        Side::Producer => matches.buyers.iter().any(|b| matches.seeks_anything(&b.id)),
    };
    Ok(Suggested {
        event,
        me,
        seeks_anything,
        suggestions,
        marked,
        marked_elsewhere,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn silk() -> OfferedListing {
        OfferedListing {
            title: "Banarasi silk saree".into(),
            sector: "textiles-handloom".into(),
            hs_code: Some("500720".into()),
            gi: Some("Banaras Brocades and Sarees".into()),
            odop: Some("Banarasi silk".into()),
            monthly_capacity: Some(2000),
            unit: "m".into(),
            certifications: "Silk Mark".into(),
            export_ready: true,
        }
    }

    #[test]
    fn volumes_are_read_from_the_first_number() {
        assert_eq!(first_quantity("1,500 m a month"), Some(1500));
        assert_eq!(first_quantity("about 20000 pieces, twice a year"), Some(20000));
        assert_eq!(first_quantity("samples first"), None);
    }

    #[test]
    fn a_silk_weaver_answers_a_silk_buyer_with_every_reason() {
        let buyer = Interests::read("5007", "1,500 m a month", "textiles-handloom");
        let offer = Offer {
            listings: vec![silk()],
            verified: true,
        };
        let suggestion = score(&buyer, &offer).expect("a match");
        assert_eq!(suggestion.listing, "Banarasi silk saree");
        assert_eq!(
            suggestion.reasons,
            [
                Reason::HsCode {
                    listed: "500720".into(),
                    sought: "5007".into()
                },
                Reason::Sector {
                    sector: "textiles-handloom".into()
                },
                Reason::GiTagged {
                    name: "Banaras Brocades and Sarees".into()
                },
                Reason::Odop {
                    name: "Banarasi silk".into()
                },
                Reason::Capacity {
                    capacity: 2000,
                    unit: "m".into(),
                    volume: 1500
                },
                Reason::Certified {
                    certifications: "Silk Mark".into()
                },
                Reason::ExportReady,
                Reason::Verified,
            ]
        );
        assert_eq!(suggestion.score, 40 + 15 + 10 + 8 + 10 + 4 + 5 + 5);
    }

    #[test]
    fn a_shared_chapter_counts_less_than_a_heading() {
        // Silk yarn (5004) and woven silk (500720) share chapter 50, not a heading.
        let buyer = Interests::read("5004", "", "");
        let offer = Offer {
            listings: vec![silk()],
            verified: false,
        };
        let suggestion = score(&buyer, &offer).expect("a chapter match");
        assert_eq!(suggestion.reasons[0], Reason::HsChapter { chapter: "50".into() });
        let cotton = Interests::read("52", "", "");
        assert!(score(&cotton, &offer).is_none(), "silk is chapter 50, not 52");
    }

    #[test]
    fn capacity_below_the_volume_is_no_reason_and_qualities_alone_are_no_match() {
        let buyer = Interests::read("", "5,000 m", "textiles-handloom");
        let offer = Offer {
            listings: vec![silk()],
            verified: true,
        };
        let reasons = score(&buyer, &offer).expect("a sector match").reasons;
        assert!(!reasons.iter().any(|r| matches!(r, Reason::Capacity { .. })));
        let elsewhere = Interests::read("0910", "", "spices");
        assert_eq!(score(&elsewhere, &offer), None);
        assert!(Interests::read("", "", "").is_empty());
    }

    #[test]
    fn the_best_listing_gives_the_reasons_and_the_first_wins_a_tie() {
        let plain = OfferedListing {
            title: "Plain stole".into(),
            sector: "textiles-handloom".into(),
            ..OfferedListing::default()
        };
        let buyer = Interests::read("5007", "", "textiles-handloom");
        let offer = Offer {
            listings: vec![plain.clone(), silk()],
            verified: false,
        };
        assert_eq!(
            score(&buyer, &offer).map(|s| s.listing),
            Some("Banarasi silk saree".into())
        );
        let twins = Offer {
            listings: vec![
                plain.clone(),
                OfferedListing {
                    title: "Another stole".into(),
                    ..plain
                },
            ],
            verified: false,
        };
        assert_eq!(
            score(&buyer, &twins).map(|s| s.listing),
            Some("Plain stole".into())
        );
    }
}
