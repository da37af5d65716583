//! An event's approved participants with what each side seeks and brings,
//! read in a fixed number of queries however many take part.

use std::collections::{BTreeMap, HashMap};

use super::{Interests, Offer, OfferedListing, Suggestion, score};
use crate::catalogue::repo as catalogue_repo;
use crate::catalogue::values::ProductStatus;
use crate::db::DbConnection;
use crate::directory::repo as directory_repo;
use crate::enquiries::repo as enquiries_repo;
use crate::meetings::MeetingError;
use crate::meetings::model::{Event, Participant, ParticipantId, ParticipantStatus, Side};
use crate::meetings::repo;

/// Both sides of an event and what they seek and bring, in id order.
pub struct EventMatches {
    pub buyers: Vec<Participant>,
    pub producers: Vec<Participant>,
    interests: BTreeMap<ParticipantId, Interests>,
    offers: BTreeMap<ParticipantId, Offer>,
}

/// The ids as the queries take them.
fn strs(ids: &[String]) -> Vec<&str> {
    ids.iter().map(String::as_str).collect()
}

impl EventMatches {
    /// Reads the approved participants of `event`: six queries.
    pub fn load(conn: &mut DbConnection, event: &Event) -> Result<Self, MeetingError> {
        let mut approved = repo::participants_of(conn, &event.id, None, Some(ParticipantStatus::Approved))?;
        approved.sort_by(|a, b| a.id.cmp(&b.id));
        let (producers, buyers): (Vec<Participant>, Vec<Participant>) =
            approved.into_iter().partition(|p| p.side == Side::Producer);
        let accounts =
            |side: &[Participant]| -> Vec<String> { side.iter().map(|p| p.user_id.to_string()).collect() };
        let (producer_accounts, buyer_accounts) = (accounts(&producers), accounts(&buyers));
        let sectors: HashMap<String, String> =
            enquiries_repo::buyer_profiles_of(conn, &strs(&buyer_accounts))?
                .into_iter()
                .map(|p| (p.user_id.to_string(), p.sectors))
                .collect();
        let interests = buyers
            .iter()
            .map(|b| {
                let sectors = sectors.get(b.user_id.as_str()).map_or("", String::as_str);
                (b.id.clone(), Interests::read(&b.hs_codes, &b.volumes, sectors))
            })
            .collect();

        let verified: HashMap<String, bool> =
            catalogue_repo::producers_of_users(conn, &strs(&producer_accounts))?
                .into_iter()
                .map(|p| (p.user_id.to_string(), p.is_verified()))
                .collect();
        let listing_ids: Vec<&str> = producers.iter().flat_map(Participant::product_ids).collect();
        let products: HashMap<String, _> = catalogue_repo::products_by_ids(conn, &listing_ids)?
            .into_iter()
            .filter(|p| p.status == ProductStatus::Published)
            .map(|p| (p.id.to_string(), p))
            .collect();
        let slugs: Vec<&str> = products
            .values()
            .filter_map(|p| p.odop_product_slug.as_deref())
            .collect();
        let odop = directory_repo::odop_names(conn, &slugs)?;
        let gi: HashMap<i32, String> = directory_repo::all_gi_products(conn)?
            .into_iter()
            .map(|g| (g.id, g.name))
            .collect();
        let offers = producers
            .iter()
            .map(|p| {
                let listings = p
                    .product_ids()
                    .filter_map(|id| products.get(id))
                    .map(|product| OfferedListing {
                        title: product.title.clone(),
                        sector: product.sector.clone(),
                        hs_code: product.hs_code.clone(),
                        gi: product.gi_product_id.and_then(|id| gi.get(&id).cloned()),
                        odop: product
                            .odop_product_slug
                            .as_ref()
                            .and_then(|slug| odop.get(slug).cloned()),
                        monthly_capacity: product.monthly_capacity,
                        unit: product.moq_unit.clone(),
                        certifications: product.certifications.clone(),
                        export_ready: product.export_ready,
                    })
                    .collect();
                let offer = Offer {
                    listings,
                    verified: verified.get(p.user_id.as_str()).copied().unwrap_or(false),
                };
                (p.id.clone(), offer)
            })
            .collect();
        Ok(Self {
            buyers,
            producers,
            interests,
            offers,
        })
    }

    /// How well producer `producer` suits buyer `buyer`, if at all.
    pub fn suggestion(&self, buyer: &ParticipantId, producer: &ParticipantId) -> Option<Suggestion> {
        score(self.interests.get(buyer)?, self.offers.get(producer)?)
    }

    /// Whether `buyer` said what they seek (sectors or HS codes).
    pub fn seeks_anything(&self, buyer: &ParticipantId) -> bool {
        self.interests.get(buyer).is_some_and(|i| !i.is_empty())
    }

    /// The counterparts suggested to `me`, best first (ties by id).
    pub fn suggestions_for(&self, me: &Participant) -> Vec<(&Participant, Suggestion)> {
        let mut found: Vec<(&Participant, Suggestion)> = match me.side {
            Side::Buyer => self
                .producers
                .iter()
                .filter_map(|p| Some((p, self.suggestion(&me.id, &p.id)?)))
                .collect(),
            Side::Producer => self
                .buyers
                .iter()
                .filter_map(|b| Some((b, self.suggestion(&b.id, &me.id)?)))
                .collect(),
        };
        found.sort_by(|(a, x), (b, y)| y.score.cmp(&x.score).then_with(|| a.id.cmp(&b.id)));
        found
    }
}
