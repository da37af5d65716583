//! Rows of the enquiries area: buyer profiles, buy requests (RFQs),
//! conversations with their messages and quotes, and spam reports.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use super::values::{BuyerType, CloseReason, EnquiryStatus, Outcome, QuoteStatus, RfqStatus};
use crate::accounts::model::UserId;
use crate::catalogue::model::{ProducerId, ProductId};
use crate::schema::{buyer_profiles, enquiries, enquiry_messages, quotes, rfqs, spam_reports};

crate::id_type!(
    /// A buy request.
    pub RfqId
);

crate::id_type!(
    /// A conversation between a buyer and a producer.
    pub EnquiryId
);

crate::id_type!(
    /// One message of a conversation.
    pub MessageId
);

crate::id_type!(
    /// A producer's quote in a conversation.
    pub QuoteId
);

crate::id_type!(
    /// A producer's report of a conversation as spam.
    pub SpamReportId
);

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset, Serialize)]
#[diesel(table_name = buyer_profiles, primary_key(user_id), treat_none_as_default_value = false)]
pub struct BuyerProfile {
    pub user_id: UserId,
    pub buyer_type: BuyerType,
    pub website: String,
    pub phone: String,
    /// Sector slugs, comma-separated.
    pub sectors: String,
    /// An IANA time zone name, e.g. `Europe/Amsterdam`.
    pub time_zone: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A buy request: a requirement not tied to one product.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Identifiable, Serialize)]
#[diesel(table_name = rfqs, treat_none_as_default_value = false)]
pub struct Rfq {
    pub id: RfqId,
    pub buyer_id: UserId,
    pub title: String,
    pub details: String,
    pub quantity: i64,
    pub unit: String,
    /// A sector slug.
    pub sector: String,
    pub category: String,
    /// LGD state codes, comma-separated; empty means anywhere.
    pub state_codes: String,
    /// LGD district codes, comma-separated; empty means anywhere.
    pub district_codes: String,
    pub hs_code: Option<String>,
    pub deadline: NaiveDate,
    /// The end of the deadline day in the buyer's time zone, in UTC.
    pub closes_at: NaiveDateTime,
    pub status: RfqStatus,
    pub close_reason: Option<CloseReason>,
    pub review_note: Option<String>,
    pub reviewed_by: Option<UserId>,
    pub reviewed_at: Option<NaiveDateTime>,
    pub closed_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Per unit, in the currency's minor units; with `currency`, or neither.
    pub target_price: Option<i64>,
    pub currency: Option<String>,
    pub incoterm: Option<String>,
    /// An ISO 3166 alpha-2 code; `None` only on requests posted before it was asked.
    pub destination_country: Option<String>,
    pub destination_port: String,
    pub samples_wanted: bool,
}

impl Rfq {
    /// The buy request's sector in the reader's language (as stored, should
    /// it be no sector the site knows).
    pub fn sector_words(&self) -> String {
        crate::directory::Sector::from_slug(&self.sector)
            .map_or_else(|| self.sector.clone(), |s| s.words().to_string())
    }
}

/// A conversation between one buyer and one producer, about a product,
/// a buy request, or neither.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Identifiable, Serialize)]
#[diesel(table_name = enquiries, treat_none_as_default_value = false)]
pub struct Enquiry {
    pub id: EnquiryId,
    pub buyer_id: UserId,
    pub producer_id: ProducerId,
    pub product_id: Option<ProductId>,
    pub rfq_id: Option<RfqId>,
    pub subject: String,
    pub quantity: i64,
    pub unit: String,
    /// Per unit, in the currency's minor units.
    pub target_price: Option<i64>,
    pub currency: Option<String>,
    pub incoterm: Option<String>,
    pub destination_country: String,
    pub destination_port: String,
    pub required_by: Option<NaiveDate>,
    pub sample_wanted: bool,
    pub status: EnquiryStatus,
    pub outcome: Option<Outcome>,
    pub buyer_unread: i32,
    pub producer_unread: i32,
    pub first_reply_at: Option<NaiveDateTime>,
    pub reported_spam_at: Option<NaiveDateTime>,
    pub last_activity_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Enquiry {
    /// A new conversation about `subject`: nothing read, answered or priced
    /// yet. Callers set what their kind of conversation adds.
    pub fn begin(
        buyer_id: &str,
        producer_id: &str,
        subject: &str,
        (quantity, unit): (i64, &str),
        destination_country: &str,
        now: NaiveDateTime,
    ) -> Self {
        Self {
            id: EnquiryId::new(),
            buyer_id: buyer_id.into(),
            producer_id: producer_id.into(),
            product_id: None,
            rfq_id: None,
            subject: subject.to_owned(),
            quantity,
            unit: unit.to_owned(),
            target_price: None,
            currency: None,
            incoterm: None,
            destination_country: destination_country.to_owned(),
            destination_port: String::new(),
            required_by: None,
            sample_wanted: false,
            status: EnquiryStatus::New,
            outcome: None,
            buyer_unread: 0,
            producer_unread: 0,
            first_reply_at: None,
            reported_spam_at: None,
            last_activity_at: now,
            created_at: now,
            updated_at: now,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = enquiry_messages)]
pub struct Message {
    pub id: MessageId,
    pub enquiry_id: EnquiryId,
    pub author_id: UserId,
    pub body: String,
    pub created_at: NaiveDateTime,
}

impl Message {
    pub fn new(enquiry_id: &str, author_id: &str, body: String, now: NaiveDateTime) -> Self {
        Self {
            id: MessageId::new(),
            enquiry_id: enquiry_id.into(),
            author_id: author_id.into(),
            body,
            created_at: now,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = quotes, treat_none_as_default_value = false)]
pub struct Quote {
    pub id: QuoteId,
    pub enquiry_id: EnquiryId,
    pub author_id: UserId,
    /// Per unit, in the currency's minor units.
    pub unit_price: i64,
    pub currency: String,
    pub moq: i64,
    pub moq_unit: String,
    pub lead_time_days: i32,
    pub incoterm: String,
    pub valid_until: NaiveDate,
    pub notes: String,
    pub status: QuoteStatus,
    pub decided_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

impl Quote {
    /// What the quote is for: the quantity the buyer asked about (`true`),
    /// or the quote's minimum order when that is more or counted in another
    /// unit (`false`).
    pub fn quantity_for(&self, enquiry: &Enquiry) -> (i64, bool) {
        if enquiry.unit == self.moq_unit && enquiry.quantity >= self.moq {
            (enquiry.quantity, true)
        } else {
            (self.moq, false)
        }
    }

    /// What the quote comes to for [`Quote::quantity_for`], in minor units;
    /// `None` past what an amount can hold.
    pub fn total_for(&self, enquiry: &Enquiry) -> Option<i64> {
        self.unit_price.checked_mul(self.quantity_for(enquiry).0)
    }
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = spam_reports, treat_none_as_default_value = false)]
pub struct SpamReport {
    pub id: SpamReportId,
    pub enquiry_id: EnquiryId,
    pub buyer_id: UserId,
    pub reporter_id: UserId,
    pub resolved_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}
