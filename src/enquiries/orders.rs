//! The order summary of a conversation whose quote the buyer accepted: what
//! was agreed (product, quantity, price with its unit and the total,
//! Incoterm, destination, lead time, validity) and who agreed it, with the
//! contacts each side may see, on one page both can print. Accepting is an
//! intent to order, not a contract or a payment: the summary is what the
//! proforma invoice and the payment terms are then agreed from.

use chrono::NaiveDateTime;
use serde::Serialize;

use super::error::EnquiryError;
use super::model::{Enquiry, Quote};
use super::notify::{Parties, country_name, date_words, destination_words, money, quote_price};
use super::values::Side;
use super::views::ProducerContacts;
use super::{repo, threads};
use crate::accounts::{Role, User};
use crate::catalogue::repo as catalogue_repo;
use crate::catalogue::values::INCOTERMS;
use crate::db::DbConnection;
use crate::directory::repo as directory_repo;
use crate::format;
use crate::i18n::Message;

#[derive(Debug, Serialize)]
pub struct OrderProduct {
    pub title: String,
    pub slug: String,
    /// The listing says samples can be had.
    pub samples_available: bool,
}

#[derive(Debug, Serialize)]
pub struct OrderBuyer {
    pub name: String,
    pub company: Option<String>,
    pub country: String,
    /// `None` until the producer has answered (the conversations' rule).
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct OrderProducer {
    pub name: String,
    pub slug: String,
    /// "Varanasi, Uttar Pradesh".
    pub place: String,
    pub address: String,
    pub gstin: Option<String>,
    pub iec: Option<String>,
    /// `None` until the producer has answered (the conversations' rule).
    pub contacts: Option<ProducerContacts>,
}

#[derive(Debug, Serialize)]
pub struct OrderSummary {
    pub thread_id: String,
    /// "Q-3F2A9C1B", from the accepted quote's id: what both name on the
    /// proforma invoice and in payments.
    pub reference: String,
    /// The reader's side; `None` for an administrator.
    pub side: Option<Side>,
    pub subject: String,
    pub product: Option<OrderProduct>,
    /// "500 pieces", in the reader's digits and words.
    pub quantity: Message,
    /// The quote's minimum order rather than the quantity the buyer asked about.
    pub quantity_is_minimum: bool,
    /// "US$11.80 per piece".
    pub unit_price: String,
    /// "US$5,900.00"; `None` past what an amount can hold.
    pub total: Option<String>,
    pub currency: String,
    /// "US Dollar".
    pub currency_name: Option<String>,
    pub incoterm: String,
    /// "Free On Board: loaded on the ship at the Indian port", for the
    /// Incoterms 2020 rules.
    pub incoterm_meaning: Option<Message>,
    /// "Hamburg, Germany".
    pub destination: String,
    pub lead_time_days: i32,
    /// The day the quote was open until.
    pub valid_until: String,
    pub notes: String,
    pub sample_wanted: bool,
    pub accepted_at: NaiveDateTime,
    pub buyer: OrderBuyer,
    pub producer: OrderProducer,
}

/// The order summary of conversation `id` for `user`: one of its two
/// parties, or an administrator. Anyone else, and a conversation without an
/// accepted quote, gets "not found".
pub fn order_summary(conn: &mut DbConnection, user: &User, id: &str) -> Result<OrderSummary, EnquiryError> {
    let (enquiry, parties, side) = if user.role() == Role::Admin {
        let enquiry = repo::find_enquiry(conn, id)?.ok_or(EnquiryError::NotFound)?;
        let producer =
            catalogue_repo::producer_by_id(conn, &enquiry.producer_id)?.ok_or(EnquiryError::NotFound)?;
        let parties = threads::parties_of(conn, &enquiry, producer)?;
        (enquiry, parties, None)
    } else {
        let access = threads::open(conn, user, id)?;
        (access.enquiry, access.parties, Some(access.side))
    };
    let quote = repo::accepted_quote(conn, id)?.ok_or(EnquiryError::NotFound)?;
    summarise(conn, &enquiry, &parties, &quote, side)
}

fn summarise(
    conn: &mut DbConnection,
    enquiry: &Enquiry,
    parties: &Parties,
    quote: &Quote,
    side: Option<Side>,
) -> Result<OrderSummary, EnquiryError> {
    let (quantity, asked) = quote.quantity_for(enquiry);
    let total = match quote.total_for(enquiry) {
        Some(total) => Some(money(conn, total, &quote.currency)?),
        None => None,
    };
    let product = match &enquiry.product_id {
        Some(product_id) => catalogue_repo::find_product(conn, product_id)?.map(|p| OrderProduct {
            title: p.title,
            slug: p.slug,
            samples_available: p.samples_available,
        }),
        None => None,
    };
    // Contacts follow the conversations' rule: shared once the producer has
    // answered, which a quote is, so an accepted quote always shows them.
    let shared = enquiry.first_reply_at.is_some();
    let buyer_phone = repo::buyer_profile(conn, &parties.buyer.id)?
        .map(|p| p.phone)
        .filter(|p| shared && !p.is_empty());
    let producer = &parties.producer;
    Ok(OrderSummary {
        thread_id: enquiry.id.to_string(),
        reference: reference_of(&quote.id),
        side,
        subject: enquiry.subject.clone(),
        product,
        quantity: format::quantity(quantity, &quote.moq_unit),
        quantity_is_minimum: !asked,
        unit_price: quote_price(conn, quote)?,
        total,
        currency: quote.currency.clone(),
        currency_name: directory_repo::currency_name(conn, &quote.currency)?,
        incoterm: quote.incoterm.clone(),
        incoterm_meaning: INCOTERMS
            .contains(&quote.incoterm.as_str())
            .then(|| Message::new("enquiries-incoterm-meaning").with("code", quote.incoterm.as_str())),
        destination: destination_words(conn, enquiry)?,
        lead_time_days: quote.lead_time_days,
        valid_until: date_words(quote.valid_until),
        notes: quote.notes.clone(),
        sample_wanted: enquiry.sample_wanted,
        accepted_at: quote.decided_at.unwrap_or(quote.created_at),
        buyer: OrderBuyer {
            name: parties.buyer.name.clone(),
            company: parties.buyer.company.clone().filter(|c| !c.is_empty()),
            country: country_name(conn, parties.buyer.country_code.as_deref())?,
            email: shared.then(|| parties.buyer.email.clone()),
            phone: buyer_phone,
        },
        producer: OrderProducer {
            name: producer.business_name.clone(),
            slug: producer.slug.clone(),
            place: place_of(conn, producer.district_code)?,
            address: producer.address.clone(),
            gstin: producer.gstin.clone().filter(|g| !g.is_empty()),
            iec: producer.iec.clone().filter(|i| !i.is_empty()),
            contacts: shared.then(|| ProducerContacts::of(parties)),
        },
    })
}

/// "Q-" and the last eight hex digits of a quote's id: the random part of a
/// UUIDv7 (its first digits are the time, shared by quotes made together).
fn reference_of(quote_id: &str) -> String {
    let hex: String = quote_id.chars().filter(char::is_ascii_hexdigit).collect();
    let tail = hex.get(hex.len().saturating_sub(8)..).unwrap_or(&hex);
    format!("Q-{}", tail.to_uppercase())
}

/// "Varanasi, Uttar Pradesh".
fn place_of(conn: &mut DbConnection, district_code: i32) -> Result<String, EnquiryError> {
    Ok(catalogue_repo::district(conn, district_code)?
        .map(|(district, state)| format!("{}, {}", district.name, state.name))
        .unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::reference_of;

    #[test]
    fn a_reference_is_the_random_end_of_the_quote_id() {
        assert_eq!(reference_of("01890a5d-ac96-774b-bcce-b302099a8057"), "Q-099A8057");
    }
}
