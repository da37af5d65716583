//! What the pages and the API show of conversations and buy requests: one
//! serialisable shape each, built here so HTML and JSON always agree.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::error::EnquiryError;
use super::model::{Enquiry, Quote, Rfq};
use super::notify::{
    Parties, country_name, country_names_of, country_words, date_words, destination_words, money,
    quote_price, quote_total,
};
use super::rfq_matching::{self, Recipient};
use super::rfqs::{self, RfqNames};
use super::values::{CloseReason, EnquiryStatus, Outcome, QuoteStatus, RfqStatus, Side};
use super::{repo, threads};
use crate::accounts::{Role, User};
use crate::catalogue::repo as catalogue_repo;
use crate::catalogue::values::PhoneNumber;
use crate::currency::display::Converted;
use crate::db::DbConnection;
use crate::format::{per_unit, quantity};
use crate::i18n::Message;

/// Most conversations listed at once.
const INBOX_LIMIT: i64 = 200;

/// The party a user is in conversations, with that party's id.
fn party(conn: &mut DbConnection, user: &User) -> Result<Option<(Side, String)>, EnquiryError> {
    Ok(match user.role() {
        Role::Buyer => Some((Side::Buyer, user.id.to_string())),
        Role::Producer => {
            catalogue_repo::producer_by_user(conn, &user.id)?.map(|p| (Side::Producer, p.id.to_string()))
        }
        _ => None,
    })
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ThreadSummary {
    pub id: String,
    pub subject: String,
    /// The other party's name.
    pub counterpart: String,
    pub status: &'static str,
    pub status_label: &'static str,
    pub unread: i32,
    pub from_buy_request: bool,
    pub last_activity_at: NaiveDateTime,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Inbox {
    pub side: Option<Side>,
    pub unread_total: i64,
    pub threads: Vec<ThreadSummary>,
}

fn status_of(enquiry: &Enquiry) -> EnquiryStatus {
    enquiry.status
}

/// A user's conversations, newest activity first.
pub fn inbox(conn: &mut DbConnection, user: &User) -> Result<Inbox, EnquiryError> {
    let Some((side, party_id)) = party(conn, user)? else {
        return Ok(Inbox {
            side: None,
            unread_total: 0,
            threads: Vec::new(),
        });
    };
    let enquiries = repo::enquiries_of(conn, side, &party_id, INBOX_LIMIT)?;
    let counterparts = match side {
        Side::Buyer => {
            let ids: Vec<&str> = enquiries.iter().map(|e| e.producer_id.as_str()).collect();
            repo::producer_names(conn, &ids)?
        }
        Side::Producer => {
            let ids: Vec<&str> = enquiries.iter().map(|e| e.buyer_id.as_str()).collect();
            repo::buyer_names(conn, &ids)?
        }
    };
    let threads = enquiries
        .into_iter()
        .map(|enquiry| {
            let (counterpart_id, unread) = match side {
                Side::Buyer => (enquiry.producer_id.as_str(), enquiry.buyer_unread),
                Side::Producer => (enquiry.buyer_id.as_str(), enquiry.producer_unread),
            };
            let status = status_of(&enquiry);
            ThreadSummary {
                counterpart: counterparts.get(counterpart_id).cloned().unwrap_or_default(),
                unread,
                status: status.as_str(),
                status_label: status.label(),
                from_buy_request: enquiry.rfq_id.is_some(),
                last_activity_at: enquiry.last_activity_at,
                id: enquiry.id.to_string(),
                subject: enquiry.subject,
            }
        })
        .collect();
    Ok(Inbox {
        side: Some(side),
        unread_total: repo::unread_total(conn, side, &party_id)?,
        threads,
    })
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct QuoteView {
    pub id: String,
    /// "US$11.80 per piece".
    pub price: String,
    /// "US$5,900 for 500 pieces", in the reader's language.
    #[schema(value_type = Option<String>)]
    pub total: Option<Message>,
    pub unit_price: i64,
    pub currency: String,
    /// "500 pieces", in the reader's language.
    #[schema(value_type = String)]
    pub moq: Message,
    pub moq_unit: String,
    pub lead_time_days: i32,
    pub incoterm: String,
    pub valid_until: NaiveDate,
    /// `valid_until` in words and in the reader's language, as `price` and
    /// `total` are ("14 February 2030"); programs read `valid_until`.
    pub valid_until_words: String,
    pub notes: String,
    pub status: &'static str,
    pub status_label: &'static str,
    pub expired: bool,
    /// The price and total in the reader's currency, on pages; the API
    /// leaves them out.
    #[serde(skip_serializing_if = "ConvertedQuote::hidden")]
    #[schema(ignore)]
    pub converted: ConvertedQuote,
}

/// A quote's price and total in the reader's currency, written when the
/// page is (`currency::display`).
#[derive(Debug, Serialize)]
pub struct ConvertedQuote {
    pub price: Converted,
    /// `None` where the quote has no total.
    pub total: Option<Converted>,
}

impl ConvertedQuote {
    fn of(quote: &Quote, enquiry: &Enquiry, digits: u32) -> Self {
        let converted = |amount| Converted::single(&quote.currency, amount, digits);
        Self {
            price: converted(quote.unit_price),
            total: quote.total_for(enquiry).map(converted),
        }
    }

    /// The total is in the price's currency, so it shows exactly when the price does.
    fn hidden(&self) -> bool {
        self.price.hidden()
    }
}

fn quote_view(
    conn: &mut DbConnection,
    quote: &Quote,
    enquiry: &Enquiry,
    today: NaiveDate,
) -> Result<QuoteView, EnquiryError> {
    let status = quote.status;
    let digits = catalogue_repo::currency_digits(conn, &quote.currency)?.unwrap_or(2);
    Ok(QuoteView {
        id: quote.id.to_string(),
        converted: ConvertedQuote::of(quote, enquiry, digits),
        price: quote_price(conn, quote)?,
        total: quote_total(conn, quote, enquiry)?,
        unit_price: quote.unit_price,
        currency: quote.currency.clone(),
        moq: quantity(quote.moq, &quote.moq_unit),
        moq_unit: quote.moq_unit.clone(),
        lead_time_days: quote.lead_time_days,
        incoterm: quote.incoterm.clone(),
        valid_until: quote.valid_until,
        valid_until_words: date_words(quote.valid_until),
        notes: quote.notes.clone(),
        status: status.as_str(),
        status_label: status.label(),
        expired: quote.valid_until < today,
    })
}

/// One step of a conversation: a message or a quote.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Entry {
    pub kind: &'static str,
    pub author_side: Side,
    pub author_name: String,
    pub created_at: NaiveDateTime,
    pub body: Option<String>,
    pub quote: Option<QuoteView>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct BuyerCard {
    pub name: String,
    pub company: Option<String>,
    pub country: String,
    pub buyer_type: Option<&'static str>,
    /// The stored name of `buyer_type`, which pages word in the reader's language.
    pub buyer_kind: Option<&'static str>,
    pub website: Option<String>,
    /// Shown to the producer only once the producer has replied.
    pub email: Option<String>,
    pub phone: Option<String>,
    pub contacts_hidden: bool,
}

/// How to reach the producer, for the buyer once the producer has answered:
/// the rule that shows the buyer's own address to the producer.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ProducerContacts {
    pub email: String,
    /// "+91 98765 43210", for reading.
    pub phone: Option<String>,
    /// The number in international form, for `tel:` links.
    pub phone_dial: Option<String>,
    pub whatsapp_url: Option<String>,
}

impl ProducerContacts {
    pub(super) fn of(parties: &Parties) -> Self {
        let phone = parties
            .producer
            .phone
            .as_deref()
            .and_then(|kept| PhoneNumber::parse(kept).ok());
        Self {
            email: parties.producer_user.email.clone(),
            phone: phone.as_ref().map(PhoneNumber::display),
            phone_dial: phone.as_ref().map(|p| p.as_str().to_owned()),
            whatsapp_url: phone
                .filter(|_| parties.producer.whatsapp)
                .map(|p| p.whatsapp_url()),
        }
    }
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Terms {
    /// "1,000 pieces": the quantity asked for, in the reader's digits and unit words.
    pub quantity: String,
    /// The order unit as stored ("pieces"), one of the listing units.
    pub unit: String,
    /// The quantity as a number, for the quote form's default minimum order.
    #[serde(skip)]
    pub count: i64,
    pub target_price: Option<String>,
    /// The target price's currency: what a quote most likely uses.
    pub currency: Option<String>,
    pub incoterm: Option<String>,
    pub destination: String,
    pub required_by: Option<String>,
    pub sample_wanted: bool,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ThreadView {
    pub id: String,
    pub side: Side,
    pub subject: String,
    pub status: &'static str,
    pub status_label: &'static str,
    pub outcome: Option<&'static str>,
    pub outcome_label: Option<&'static str>,
    pub product: Option<serde_json::Value>,
    pub rfq_id: Option<String>,
    pub producer_name: String,
    pub producer_slug: String,
    /// For the buyer, once the producer has answered.
    pub producer_contacts: Option<ProducerContacts>,
    pub buyer: BuyerCard,
    pub terms: Terms,
    pub entries: Vec<Entry>,
    pub can_reply: bool,
    pub can_quote: bool,
    pub can_close: bool,
    pub can_report: bool,
    /// The quote the buyer accepted last, which the order summary
    /// (`/dashboard/enquiries/{id}/order`) sets out.
    pub accepted_quote_id: Option<String>,
    /// Messages the viewer has not read yet: the page marks them read.
    pub unread: bool,
    /// How many: the header's badge goes down by as many once they are.
    pub unread_count: i32,
    pub created_at: NaiveDateTime,
}

/// Conversation `id` as `user` sees it. Reading changes nothing: a link
/// scanner or prefetch opening the page must not mark it read
/// ([`threads::mark_read`] does, on the page's own request).
pub fn thread(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    today: NaiveDate,
) -> Result<ThreadView, EnquiryError> {
    let access = threads::open(conn, user, id)?;
    let enquiry = &access.enquiry;
    let parties = &access.parties;
    let status = status_of(enquiry);
    let mut entries = Vec::new();
    let author = |author_id: &str| {
        if parties.buyer.id == author_id {
            (Side::Buyer, parties.buyer.name.clone())
        } else {
            (Side::Producer, parties.producer.business_name.clone())
        }
    };
    for message in repo::messages_of(conn, id)? {
        let (author_side, author_name) = author(&message.author_id);
        entries.push(Entry {
            kind: "message",
            author_side,
            author_name,
            created_at: message.created_at,
            body: Some(message.body),
            quote: None,
        });
    }
    let mut accepted: Option<(NaiveDateTime, String)> = None;
    for quote in repo::quotes_of(conn, id)? {
        if quote.status == QuoteStatus::Accepted {
            let decided = quote.decided_at.unwrap_or(quote.created_at);
            if accepted.as_ref().is_none_or(|(latest, _)| decided >= *latest) {
                accepted = Some((decided, quote.id.to_string()));
            }
        }
        let (author_side, author_name) = author(&quote.author_id);
        entries.push(Entry {
            kind: "quote",
            author_side,
            author_name,
            created_at: quote.created_at,
            body: None,
            quote: Some(quote_view(conn, &quote, enquiry, today)?),
        });
    }
    entries.sort_by_key(|e| e.created_at);

    let profile = repo::buyer_profile(conn, &parties.buyer.id)?;
    let reveal = access.side == Side::Buyer || enquiry.first_reply_at.is_some();
    let buyer = BuyerCard {
        name: parties.buyer.name.clone(),
        company: parties.buyer.company.clone(),
        country: country_name(conn, parties.buyer.country_code.as_deref())?,
        buyer_type: profile.as_ref().map(|p| p.buyer_type.label()),
        buyer_kind: profile.as_ref().map(|p| p.buyer_type.as_str()),
        website: profile
            .as_ref()
            .map(|p| p.website.clone())
            .filter(|w| !w.is_empty()),
        email: reveal.then(|| parties.buyer.email.clone()),
        phone: profile
            .as_ref()
            .map(|p| p.phone.clone())
            .filter(|p| reveal && !p.is_empty()),
        contacts_hidden: !reveal,
    };
    let target_price = match (enquiry.target_price, &enquiry.currency) {
        (Some(amount), Some(currency)) => Some(per_unit(&money(conn, amount, currency)?, &enquiry.unit)),
        _ => None,
    };
    let terms = Terms {
        quantity: quantity(enquiry.quantity, &enquiry.unit).to_string(),
        unit: enquiry.unit.clone(),
        count: enquiry.quantity,
        target_price,
        currency: enquiry.currency.clone(),
        incoterm: enquiry.incoterm.clone(),
        destination: destination_words(conn, enquiry)?,
        required_by: enquiry.required_by.map(date_words),
        sample_wanted: enquiry.sample_wanted,
    };
    let product = match &enquiry.product_id {
        Some(product_id) => catalogue_repo::find_product(conn, product_id)?
            .map(|p| serde_json::json!({ "title": p.title, "slug": p.slug })),
        None => None,
    };
    let open = status.is_open();
    let unread_count = match access.side {
        Side::Buyer => enquiry.buyer_unread,
        Side::Producer => enquiry.producer_unread,
    };
    Ok(ThreadView {
        id: enquiry.id.to_string(),
        side: access.side,
        subject: enquiry.subject.clone(),
        status: status.as_str(),
        status_label: status.label(),
        outcome: enquiry.outcome.map(Outcome::as_str),
        outcome_label: enquiry.outcome.map(Outcome::label),
        product,
        rfq_id: enquiry.rfq_id.as_deref().map(str::to_owned),
        producer_name: parties.producer.business_name.clone(),
        producer_slug: parties.producer.slug.clone(),
        producer_contacts: (access.side == Side::Buyer && enquiry.first_reply_at.is_some())
            .then(|| ProducerContacts::of(parties)),
        buyer,
        terms,
        entries,
        can_reply: open,
        can_quote: open && access.side == Side::Producer,
        can_close: open,
        can_report: access.side == Side::Producer,
        accepted_quote_id: accepted.map(|(_, id)| id),
        unread: unread_count > 0,
        unread_count,
        created_at: enquiry.created_at,
    })
}

#[derive(Debug, Serialize)]
pub struct RfqView {
    pub id: String,
    pub title: String,
    pub details: String,
    /// "1,000 pieces", in the reader's digits and unit words.
    pub quantity: String,
    pub unit: String,
    /// The quantity as a number, for the quote form's default minimum order.
    #[serde(skip)]
    pub count: i64,
    pub sector: String,
    pub category: String,
    pub places: String,
    pub hs_code: Option<String>,
    pub deadline: NaiveDate,
    /// "US$ 12.50 per piece", when the buyer named a target.
    pub target_price: Option<String>,
    pub incoterm: Option<String>,
    /// "Hamburg, Germany"; `None` on requests posted before it was asked.
    pub destination: Option<String>,
    pub samples_wanted: bool,
    pub status: &'static str,
    pub status_label: &'static str,
    pub close_reason: Option<&'static str>,
    pub close_reason_label: Option<&'static str>,
    pub review_note: Option<String>,
    pub created_at: NaiveDateTime,
}

pub fn rfq_view(names: &RfqNames, rfq: &Rfq) -> RfqView {
    let status = rfq.status;
    RfqView {
        id: rfq.id.to_string(),
        title: rfq.title.clone(),
        details: rfq.details.clone(),
        quantity: quantity(rfq.quantity, &rfq.unit).to_string(),
        unit: rfq.unit.clone(),
        count: rfq.quantity,
        sector: rfq.sector_words(),
        category: rfq.category.clone(),
        places: names.words(rfq),
        hs_code: rfq.hs_code.clone(),
        deadline: rfq.deadline,
        target_price: names.target_price(rfq),
        incoterm: rfq.incoterm.clone(),
        destination: names.destination(rfq),
        samples_wanted: rfq.samples_wanted,
        status: status.as_str(),
        status_label: status.label(),
        close_reason: rfq.close_reason.map(CloseReason::as_str),
        close_reason_label: rfq.close_reason.map(CloseReason::label),
        review_note: rfq.review_note.clone(),
        created_at: rfq.created_at,
    }
}

/// A producer's answer to a buy request, as its buyer sees it.
#[derive(Debug, Serialize)]
pub struct ResponseSummary {
    pub thread_id: String,
    pub producer_name: String,
    pub status: &'static str,
    pub status_label: &'static str,
    pub unread: i32,
}

#[derive(Debug, Serialize)]
pub struct BuyerRfqPage {
    pub rfq: RfqView,
    pub recipients: i64,
    pub quotes: i64,
    pub responses: Vec<ResponseSummary>,
    pub can_close: bool,
}

pub fn buyer_rfqs(conn: &mut DbConnection, buyer: &User) -> Result<Vec<RfqView>, EnquiryError> {
    let rfqs = repo::rfqs_of_buyer(conn, &buyer.id)?;
    let places = RfqNames::of(conn, &rfqs)?;
    Ok(rfqs.iter().map(|r| rfq_view(&places, r)).collect())
}

pub fn buyer_rfq(conn: &mut DbConnection, buyer: &User, id: &str) -> Result<BuyerRfqPage, EnquiryError> {
    let rfq = rfqs::own_rfq(conn, buyer, id)?;
    let answers = repo::responses_to(conn, id)?;
    let ids: Vec<&str> = answers.iter().map(|e| e.producer_id.as_str()).collect();
    let names = repo::producer_names(conn, &ids)?;
    let responses = answers
        .into_iter()
        .map(|enquiry| ResponseSummary {
            status: status_of(&enquiry).as_str(),
            status_label: status_of(&enquiry).label(),
            unread: enquiry.buyer_unread,
            producer_name: names
                .get(enquiry.producer_id.as_str())
                .cloned()
                .unwrap_or_default(),
            thread_id: enquiry.id.to_string(),
        })
        .collect();
    Ok(BuyerRfqPage {
        recipients: repo::recipient_count(conn, id)?,
        quotes: repo::quote_count_of_rfq(conn, id)?,
        can_close: rfq.status == RfqStatus::Open,
        rfq: rfq_view(&RfqNames::of(conn, [&rfq])?, &rfq),
        responses,
    })
}

#[derive(Debug, Serialize)]
pub struct ReceivedRfq {
    pub rfq: RfqView,
    pub buyer_country: String,
    /// The producer's conversation with the buyer about it, once answered.
    pub response_id: Option<String>,
    pub can_respond: bool,
}

/// Buy requests as the producer who received them sees them, with a
/// handful of queries however many there are.
fn received(
    conn: &mut DbConnection,
    rfqs: &[Rfq],
    producer_id: &str,
) -> Result<Vec<ReceivedRfq>, EnquiryError> {
    let places = RfqNames::of(conn, rfqs)?;
    let buyer_ids: Vec<&str> = rfqs.iter().map(|r| r.buyer_id.as_str()).collect();
    let buyer_countries = repo::buyer_country_codes(conn, &buyer_ids)?;
    let countries = country_names_of(conn, buyer_countries.values().map(Option::as_deref))?;
    let rfq_ids: Vec<&str> = rfqs.iter().map(|r| r.id.as_str()).collect();
    let responses = repo::responses_of_producer(conn, &rfq_ids, producer_id)?;
    Ok(rfqs
        .iter()
        .map(|rfq| {
            let response_id = responses.get(rfq.id.as_str()).cloned();
            let country = buyer_countries.get(rfq.buyer_id.as_str()).cloned().flatten();
            ReceivedRfq {
                buyer_country: country_words(&countries, country.as_deref()),
                can_respond: response_id.is_none() && rfq.status == RfqStatus::Open,
                response_id,
                rfq: rfq_view(&places, rfq),
            }
        })
        .collect())
}

/// Buy requests a producer received, newest first.
pub fn producer_rfqs(conn: &mut DbConnection, user: &User) -> Result<Vec<ReceivedRfq>, EnquiryError> {
    let Some(producer) = catalogue_repo::producer_by_user(conn, &user.id)? else {
        return Ok(Vec::new());
    };
    let rfqs = repo::rfqs_for_producer(conn, &producer.id, INBOX_LIMIT)?;
    received(conn, &rfqs, &producer.id)
}

pub fn producer_rfq(conn: &mut DbConnection, user: &User, id: &str) -> Result<ReceivedRfq, EnquiryError> {
    let (rfq, producer_id) = rfqs::received_rfq(conn, user, id)?;
    received(conn, std::slice::from_ref(&rfq), &producer_id)?
        .pop()
        .ok_or(EnquiryError::NotFound)
}

/// Who sent a buy request, as the admins reviewing it see them.
#[derive(Debug, Serialize)]
pub struct ReviewBuyer {
    pub name: String,
    pub email: String,
    pub company: Option<String>,
    pub country: String,
}

/// A producer a request would go to, and why.
#[derive(Debug, Serialize)]
pub struct RecipientView {
    pub business_name: String,
    pub slug: String,
    pub district: String,
    pub reason: Message,
}

impl RecipientView {
    pub fn of(recipient: &Recipient) -> Self {
        Self {
            business_name: recipient.producer.business_name.clone(),
            slug: recipient.producer.slug.clone(),
            district: recipient.district.clone(),
            reason: recipient.fit.words(),
        }
    }
}

/// A pending buy request with its buyer and the producers approving it
/// would send it to — the same list [`rfqs::review`] sends to.
#[derive(Debug, Serialize)]
pub struct RfqReview {
    pub rfq: RfqView,
    pub buyer: ReviewBuyer,
    pub recipients: Vec<RecipientView>,
}

/// Pending buy requests with their buyers and recipients, for the admin queue.
pub fn review_queue(conn: &mut DbConnection) -> Result<Vec<RfqReview>, EnquiryError> {
    let pending = repo::rfqs_in_status(conn, RfqStatus::Pending, 200)?;
    let names = RfqNames::of(conn, pending.iter().map(|(rfq, _)| rfq))?;
    let countries = country_names_of(conn, pending.iter().map(|(_, b)| b.country_code.as_deref()))?;
    let odop = rfq_matching::OdopList::load(conn)?;
    let mut queue = Vec::with_capacity(pending.len());
    for (rfq, buyer) in &pending {
        let recipients = rfq_matching::recipients(conn, &odop, rfq)?;
        queue.push(RfqReview {
            rfq: rfq_view(&names, rfq),
            buyer: ReviewBuyer {
                name: buyer.name.clone(),
                email: buyer.email.clone(),
                company: buyer.company.clone(),
                country: country_words(&countries, buyer.country_code.as_deref()),
            },
            recipients: recipients.iter().map(RecipientView::of).collect(),
        });
    }
    Ok(queue)
}

/// Buyers producers reported as spam, for the admins.
pub fn reported_buyers(conn: &mut DbConnection) -> Result<Vec<serde_json::Value>, EnquiryError> {
    let reported = repo::reported_buyers(conn)?;
    let countries = country_names_of(conn, reported.iter().map(|(b, _)| b.country_code.as_deref()))?;
    let mut rows = Vec::new();
    for (buyer, reports) in reported {
        let country = country_words(&countries, buyer.country_code.as_deref());
        rows.push(serde_json::json!({
            "id": buyer.id,
            "name": buyer.name,
            "email": buyer.email,
            "company": buyer.company,
            "country": country,
            "reports": reports,
            "suspended": buyer.is_suspended(),
        }));
    }
    Ok(rows)
}
