//! A buy request's quotes side by side, for the buyer who owns it: each
//! answering producer's current quote (the newest one not replaced) with
//! what buyers weigh — unit price, MOQ, lead time, Incoterm, validity,
//! verified, typical reply time — sorted by the column the buyer chose.
//! Unit prices in different currencies compare at the day's reference
//! rates when every one has a rate, and are grouped by currency otherwise.

use std::cmp::Ordering;
use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::error::EnquiryError;
use super::model::Quote;
use super::repo;
use super::rfqs::{self, RfqNames};
use super::threads::reply_time_words;
use super::values::QuoteStatus;
use super::views::{RfqView, rfq_view};
use crate::accounts::User;
use crate::catalogue::repo as catalogue_repo;
use crate::catalogue::values::Minor;
use crate::currency::display::Converted;
use crate::currency::{Currency, RateTable};
use crate::db::DbConnection;
use crate::format::{Amount, money, per_unit, quantity};
use crate::i18n::Message;

crate::text_enum!(
    /// A column of the comparison the buyer may sort by.
    pub QuoteColumn {
        UnitPrice => "price", "Unit price";
        Moq => "moq", "Minimum order";
        LeadTime => "lead_time", "Lead time";
        Incoterm => "incoterm", "Incoterm";
        ValidUntil => "valid_until", "Valid until";
        Verified => "verified", "Verified";
        ReplyTime => "reply_time", "Typical reply";
    }
);

impl QuoteColumn {
    /// How the rows run when sorted by this column, as the `order` the
    /// message `rfqs-compare-sorted` words ("lowest first").
    fn order(self, descending: bool) -> &'static str {
        match (self, descending) {
            (QuoteColumn::Incoterm, false) => "a-z",
            (QuoteColumn::Incoterm, true) => "z-a",
            (QuoteColumn::ValidUntil, false) => "soonest",
            (QuoteColumn::ValidUntil, true) => "latest",
            (QuoteColumn::Verified, false) => "verified",
            (QuoteColumn::Verified, true) => "unverified",
            (_, false) => "lowest",
            (_, true) => "highest",
        }
    }
}

/// One producer's current quote, worded for the page and kept sortable.
#[derive(Debug, Serialize)]
pub struct ComparedQuote {
    pub thread_id: String,
    pub producer_name: String,
    pub producer_slug: String,
    pub verified: bool,
    /// "within 2 days", once the producer has answered enough to say.
    pub reply_time: Option<crate::i18n::Message>,
    #[serde(skip)]
    reply_minutes: Option<i64>,
    /// "US$ 6.40 per piece".
    pub unit_price: String,
    /// The unit price in the reader's currency, written when the page is.
    pub converted: Converted,
    pub currency: String,
    #[serde(skip)]
    amount: i64,
    /// The unit price in euros at the day's rates, if its currency has one.
    #[serde(skip)]
    euros: Option<f64>,
    /// "200 pieces", in the reader's digits and words.
    pub moq: Message,
    #[serde(skip)]
    moq_count: i64,
    pub lead_time_days: i32,
    pub incoterm: String,
    pub valid_until: NaiveDate,
    /// Its validity ended before today.
    pub lapsed: bool,
    pub status: &'static str,
    pub status_label: &'static str,
}

/// A sortable column heading: the link that sorts by it, and whether (and
/// which way) the table is sorted by it now.
#[derive(Debug, Serialize)]
pub struct ColumnHead {
    pub key: &'static str,
    pub label: &'static str,
    pub href: String,
    /// "ascending" or "descending" for the column sorted by (`aria-sort`).
    pub sorted: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct QuoteComparison {
    pub rfq: RfqView,
    pub columns: Vec<ColumnHead>,
    pub quotes: Vec<ComparedQuote>,
    /// Producers who answered without a quote yet, by name.
    pub without_quote: Vec<(String, String)>,
    /// How prices in several currencies compare, when there are several.
    pub currencies_note: Option<Message>,
    /// "Sorted by unit price, lowest first."
    pub sorted_by: Message,
}

/// The comparison of `rfq_id`'s quotes for its buyer, sorted by `sort`
/// (default: unit price), lowest first unless `descending`; prices in
/// different currencies compare at `rates` when every one has a rate.
pub fn compare_quotes(
    conn: &mut DbConnection,
    buyer: &User,
    rfq_id: &str,
    sort: Option<&str>,
    descending: bool,
    today: NaiveDate,
    rates: Option<&RateTable>,
) -> Result<QuoteComparison, EnquiryError> {
    let rfq = rfqs::own_rfq(conn, buyer, rfq_id)?;
    let answers = repo::responses_to(conn, rfq_id)?;
    let mut current: HashMap<String, Quote> = HashMap::new();
    for quote in repo::quotes_of_rfq(conn, rfq_id)? {
        if quote.status != QuoteStatus::Superseded {
            current.insert(quote.enquiry_id.to_string(), quote);
        }
    }
    let ids: Vec<&str> = answers.iter().map(|e| e.producer_id.as_str()).collect();
    let standing: HashMap<String, repo::ProducerStanding> = repo::producer_standing(conn, &ids)?
        .into_iter()
        .map(|p| (p.id.clone(), p))
        .collect();
    let digits = catalogue_repo::currency_digits_of(conn, current.values().map(|q| q.currency.as_str()))?;

    let mut quotes = Vec::new();
    let mut without_quote = Vec::new();
    for enquiry in &answers {
        let Some(producer) = standing.get(enquiry.producer_id.as_str()).cloned() else {
            continue;
        };
        let (name, minutes) = (producer.business_name, producer.reply_minutes);
        let Some(quote) = current.remove(enquiry.id.as_str()) else {
            without_quote.push((name, enquiry.id.to_string()));
            continue;
        };
        let digits = digits.get(&quote.currency).copied().unwrap_or(2);
        let price = money(Amount::from_minor(quote.unit_price, digits), &quote.currency);
        let euros = rates
            .zip(Currency::parse(&quote.currency))
            .and_then(|(rates, currency)| rates.to_eur(Minor(quote.unit_price).as_major(digits), currency));
        quotes.push(ComparedQuote {
            thread_id: enquiry.id.to_string(),
            producer_name: name,
            producer_slug: producer.slug,
            verified: producer.verified_at.is_some(),
            reply_time: minutes.map(reply_time_words),
            reply_minutes: minutes,
            unit_price: per_unit(&price, &quote.moq_unit),
            converted: Converted::single(&quote.currency, quote.unit_price, digits),
            currency: quote.currency.clone(),
            amount: quote.unit_price,
            euros,
            moq: quantity(quote.moq, &quote.moq_unit),
            moq_count: quote.moq,
            lead_time_days: quote.lead_time_days,
            incoterm: quote.incoterm.clone(),
            lapsed: quote.valid_until < today,
            valid_until: quote.valid_until,
            status: quote.status.as_str(),
            status_label: quote.status.label(),
        });
    }
    let column = sort
        .and_then(QuoteColumn::parse)
        .unwrap_or(QuoteColumn::UnitPrice);
    let at_rates = quotes.iter().all(|q| q.euros.is_some());
    sort_quotes(&mut quotes, column, descending, at_rates);
    let mixed_currencies = quotes.windows(2).any(|pair| pair[0].currency != pair[1].currency);
    let currencies_note = mixed_currencies.then(|| {
        if at_rates {
            Message::new("rfqs-compare-currencies-at-rates")
        } else {
            Message::new("rfqs-compare-currencies")
        }
    });
    let columns = QuoteColumn::ALL
        .iter()
        .map(|&c| {
            let now_sorted = c == column;
            // A second press on the sorted column turns the order round.
            let flip = now_sorted && !descending;
            ColumnHead {
                key: c.as_str(),
                label: c.label(),
                href: format!("?sort={}{}", c.as_str(), if flip { "&order=desc" } else { "" }),
                sorted: now_sorted.then_some(if descending { "descending" } else { "ascending" }),
            }
        })
        .collect();
    Ok(QuoteComparison {
        rfq: rfq_view(&RfqNames::of(conn, [&rfq])?, &rfq),
        columns,
        quotes,
        without_quote,
        currencies_note,
        sorted_by: Message::new("rfqs-compare-sorted")
            .with("column", column.as_str())
            .with("order", column.order(descending)),
    })
}

/// Sorts by `column`, ties by producer name. "Ascending" is what a buyer
/// reads as best first where that is clear: lowest price, smallest MOQ,
/// shortest lead time, verified first, fastest reply; a reply time not yet
/// known goes last either way. Prices compare in euros `at_rates` (every
/// quote has a rate), else by currency first.
fn sort_quotes(quotes: &mut [ComparedQuote], column: QuoteColumn, descending: bool, at_rates: bool) {
    quotes.sort_by(|a, b| {
        let order = match column {
            QuoteColumn::UnitPrice => {
                let as_listed = (&a.currency, a.amount).cmp(&(&b.currency, b.amount));
                match (a.euros, b.euros) {
                    (Some(x), Some(y)) if at_rates => x.total_cmp(&y).then(as_listed),
                    _ => as_listed,
                }
            }
            QuoteColumn::Moq => a.moq_count.cmp(&b.moq_count),
            QuoteColumn::LeadTime => a.lead_time_days.cmp(&b.lead_time_days),
            QuoteColumn::Incoterm => a.incoterm.cmp(&b.incoterm),
            QuoteColumn::ValidUntil => a.valid_until.cmp(&b.valid_until),
            QuoteColumn::Verified => b.verified.cmp(&a.verified),
            QuoteColumn::ReplyTime => match (a.reply_minutes, b.reply_minutes) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => return Ordering::Less,
                (None, Some(_)) => return Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
        };
        let order = if descending { order.reverse() } else { order };
        order.then_with(|| a.producer_name.cmp(&b.producer_name))
    });
}
