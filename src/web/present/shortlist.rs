//! The shortlist page: saved listings as cards with what buyers compare
//! (price with unit, MOQ, producer, verified, typical reply time) and the
//! way to enquire; saved producers with their place and listings.

use serde::Serialize;

use super::cards::CardView;
use super::links;
use crate::catalogue::values::ProductStatus;
use crate::shortlist::service::Shortlist;

#[derive(Debug, Serialize)]
pub struct SavedListingView {
    pub card: CardView,
    pub slug: String,
    /// Still published: it can be enquired about.
    pub listed: bool,
    pub enquire_href: String,
}

#[derive(Debug, Serialize)]
pub struct SavedProducerView {
    pub name: String,
    pub slug: String,
    pub href: String,
    pub district: String,
    pub state: String,
    pub verified: bool,
    /// Suspended since it was saved: the page is gone.
    pub withdrawn: bool,
    pub published_listings: i64,
    pub reply_time: Option<crate::i18n::Message>,
}

#[derive(Debug, Serialize)]
pub struct ShortlistPage {
    pub products: Vec<SavedListingView>,
    pub producers: Vec<SavedProducerView>,
}

impl ShortlistPage {
    pub fn new(list: Shortlist) -> Self {
        let Shortlist {
            products,
            producers,
            reply_times,
        } = list;
        let products = products
            .into_iter()
            .map(|card| {
                let listed = card.status == ProductStatus::Published.as_str();
                let slug = card.slug.clone();
                let reply_time = reply_times.get(&card.producer_slug).cloned();
                SavedListingView {
                    enquire_href: format!("{}/enquire", links::product(&slug)),
                    card: CardView::from(card).with_reply_time(reply_time),
                    slug,
                    listed,
                }
            })
            .collect();
        let producers = producers
            .into_iter()
            .map(|row| SavedProducerView {
                href: links::producer(&row.producer.slug),
                reply_time: reply_times.get(&row.producer.slug).cloned(),
                verified: row.producer.is_verified(),
                name: row.producer.business_name,
                slug: row.producer.slug,
                district: row.district,
                state: row.state,
                withdrawn: row.suspended,
                published_listings: row.published_listings,
            })
            .collect();
        Self { products, producers }
    }
}

/// What the Save button on a listing or producer shows this viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SaveState {
    Saved,
    Unsaved,
    /// Not signed in: offered to sign in to keep a shortlist.
    SignIn,
}

impl SaveState {
    /// `saved` is known for signed-in buyers only; visitors are offered to
    /// sign in; producers, organisers and admins keep no shortlist (`None`).
    pub fn for_viewer(signed_in: bool, saved: Option<bool>) -> Option<Self> {
        match (signed_in, saved) {
            (false, _) => Some(SaveState::SignIn),
            (true, Some(true)) => Some(SaveState::Saved),
            (true, Some(false)) => Some(SaveState::Unsaved),
            (true, None) => None,
        }
    }
}

/// Which cards of a page of results a buyer has saved, and the page the
/// Save buttons return to.
#[derive(Debug, Serialize)]
pub struct ShortlistMarks {
    pub saved: Vec<String>,
    pub back: String,
}
