//! The e-mails of conversations and buy requests, queued in the caller's
//! transaction. Addresses never appear in them: contacts are revealed only
//! inside the conversation.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{Value, json};
use url::Url;

use super::model::{Enquiry, Quote, Rfq};
use super::rfq_matching::Recipient;
use super::rfqs::RfqNames;
use super::values::Outcome;
use crate::accounts::User;
use crate::catalogue::model::Producer;
use crate::catalogue::repo as catalogue_repo;
use crate::db::{DbConnection, DbResult};
use crate::format::{self, Amount};
use crate::i18n::{self, Message};
use crate::mail::{self, OutgoingEmail};

/// Absolute links into the site for e-mails.
#[derive(Debug, Clone)]
pub struct Links {
    base: String,
}

impl Links {
    pub fn new(base_url: &Url) -> Self {
        Self {
            base: base_url.as_str().trim_end_matches('/').to_owned(),
        }
    }

    pub fn thread(&self, enquiry_id: &str) -> String {
        format!("{}/dashboard/enquiries/{enquiry_id}", self.base)
    }

    /// The order summary of a conversation whose quote was accepted.
    pub fn order(&self, enquiry_id: &str) -> String {
        format!("{}/order", self.thread(enquiry_id))
    }

    pub fn buyer_rfq(&self, rfq_id: &str) -> String {
        format!("{}/dashboard/rfqs/{rfq_id}", self.base)
    }

    pub fn producer_rfq(&self, rfq_id: &str) -> String {
        format!("{}/dashboard/buy-requests/{rfq_id}", self.base)
    }

    pub fn rfq_review(&self) -> String {
        format!("{}/admin/rfqs", self.base)
    }
}

/// The people of one conversation.
pub struct Parties {
    pub buyer: User,
    pub producer: Producer,
    pub producer_user: User,
}

pub fn date_words(date: NaiveDate) -> String {
    format::dates::long_day(date)
}

/// "US$12.50", "AED 40".
pub fn money(conn: &mut DbConnection, amount: i64, currency: &str) -> DbResult<String> {
    let digits = catalogue_repo::currency_digits(conn, currency)?.unwrap_or(2);
    Ok(format::money(Amount::from_minor(amount, digits), currency))
}

/// Queues `template` to `to`, with the context `context` builds in the
/// recipient's locale: the figures, dates and words it writes read like the
/// rest of their e-mail, whichever side's request caused it.
fn send(
    conn: &mut DbConnection,
    to: &User,
    template: &str,
    context: impl FnOnce(&mut DbConnection) -> DbResult<Value>,
    now: NaiveDateTime,
) -> DbResult<()> {
    let mut context = i18n::scoped(to.locale(), || context(conn))?;
    if let Some(map) = context.as_object_mut() {
        map.insert("name".into(), json!(to.name));
    }
    mail::enqueue(
        conn,
        OutgoingEmail::new(&to.email, template, context)
            .to_name(&to.name)
            .in_language(to.language),
        now,
    )?;
    Ok(())
}

/// A new enquiry: the producer is told, the buyer gets a copy.
pub fn enquiry_sent(
    conn: &mut DbConnection,
    parties: &Parties,
    enquiry: &Enquiry,
    message: &str,
    product_title: Option<&str>,
    links: &Links,
    now: NaiveDateTime,
) -> DbResult<()> {
    let common = |conn: &mut DbConnection| -> DbResult<Value> {
        let target_price = match (enquiry.target_price, &enquiry.currency) {
            (Some(amount), Some(currency)) => {
                Some(format::per_unit(&money(conn, amount, currency)?, &enquiry.unit))
            }
            _ => None,
        };
        Ok(json!({
            "subject": enquiry.subject,
            "product_title": product_title,
            "quantity": format::quantity(enquiry.quantity, &enquiry.unit),
            "incoterm": enquiry.incoterm,
            "destination": destination_words(conn, enquiry)?,
            "required_by": enquiry.required_by.map(date_words),
            "sample_wanted": enquiry.sample_wanted,
            "target_price": target_price,
            "message": message,
            "thread_url": links.thread(&enquiry.id),
        }))
    };
    let to_producer = |conn: &mut DbConnection| -> DbResult<Value> {
        let mut context = common(conn)?;
        extend(
            &mut context,
            json!({
                "buyer_name": parties.buyer.name,
                "buyer_company": parties.buyer.company,
                "buyer_country": country_name(conn, parties.buyer.country_code.as_deref())?,
            }),
        );
        Ok(context)
    };
    send(conn, &parties.producer_user, "enquiry_received", to_producer, now)?;
    let copy = |conn: &mut DbConnection| -> DbResult<Value> {
        let mut context = common(conn)?;
        extend(
            &mut context,
            json!({ "producer_name": parties.producer.business_name }),
        );
        Ok(context)
    };
    send(conn, &parties.buyer, "enquiry_copy", copy, now)
}

pub fn new_message(
    conn: &mut DbConnection,
    recipient: &User,
    from_name: &str,
    enquiry: &Enquiry,
    message: &str,
    links: &Links,
    now: NaiveDateTime,
) -> DbResult<()> {
    let context = |_: &mut DbConnection| -> DbResult<Value> {
        Ok(json!({
            "from_name": from_name,
            "subject": enquiry.subject,
            "message": message,
            "thread_url": links.thread(&enquiry.id),
        }))
    };
    send(conn, recipient, "enquiry_message", context, now)
}

/// "US$11.80 per piece".
pub fn quote_price(conn: &mut DbConnection, quote: &Quote) -> DbResult<String> {
    Ok(format::per_unit(
        &money(conn, quote.unit_price, &quote.currency)?,
        &quote.moq_unit,
    ))
}

/// "US$5,900 for 500 pieces": what the quote comes to for the quantity the
/// buyer asked about, or for the quote's minimum order when that is more or
/// counted in another unit, written in the reader's language. `None` past
/// what an amount can hold.
pub fn quote_total(conn: &mut DbConnection, quote: &Quote, enquiry: &Enquiry) -> DbResult<Option<Message>> {
    let (quantity, asked) = quote.quantity_for(enquiry);
    let Some(total) = quote.total_for(enquiry) else {
        return Ok(None);
    };
    let id = if asked {
        "enquiries-quote-total-for"
    } else {
        "enquiries-quote-total-for-minimum"
    };
    Ok(Some(
        format::with_quantity(id, quantity, &quote.moq_unit)
            .with("total", money(conn, total, &quote.currency)?),
    ))
}

pub fn new_quote(
    conn: &mut DbConnection,
    parties: &Parties,
    enquiry: &Enquiry,
    quote: &Quote,
    links: &Links,
    now: NaiveDateTime,
) -> DbResult<()> {
    let context = |conn: &mut DbConnection| -> DbResult<Value> {
        Ok(json!({
            "producer_name": parties.producer.business_name,
            "subject": enquiry.subject,
            "price": quote_price(conn, quote)?,
            "total": quote_total(conn, quote, enquiry)?,
            "moq": format::quantity(quote.moq, &quote.moq_unit),
            "lead_time_days": quote.lead_time_days,
            "incoterm": quote.incoterm,
            "valid_until": date_words(quote.valid_until),
            "notes": (!quote.notes.is_empty()).then_some(&quote.notes),
            "thread_url": links.thread(&enquiry.id),
        }))
    };
    send(conn, &parties.buyer, "enquiry_quote", context, now)
}

pub fn quote_decided(
    conn: &mut DbConnection,
    parties: &Parties,
    enquiry: &Enquiry,
    quote: &Quote,
    accepted: bool,
    links: &Links,
    now: NaiveDateTime,
) -> DbResult<()> {
    let context = |conn: &mut DbConnection| -> DbResult<Value> {
        Ok(json!({
            "buyer_name": parties.buyer.name,
            "subject": enquiry.subject,
            "accepted": accepted,
            "price": quote_price(conn, quote)?,
            "thread_url": links.thread(&enquiry.id),
            "order_url": accepted.then(|| links.order(&enquiry.id)),
        }))
    };
    send(
        conn,
        &parties.producer_user,
        "enquiry_quote_decision",
        context,
        now,
    )
}

pub fn closed(
    conn: &mut DbConnection,
    recipient: &User,
    closed_by: &str,
    enquiry: &Enquiry,
    outcome: Outcome,
    links: &Links,
    now: NaiveDateTime,
) -> DbResult<()> {
    let context = |_: &mut DbConnection| -> DbResult<Value> {
        Ok(json!({
            "closed_by": closed_by,
            "subject": enquiry.subject,
            "outcome": outcome.as_str(),
            "thread_url": links.thread(&enquiry.id),
        }))
    };
    send(conn, recipient, "enquiry_closed", context, now)
}

pub fn reminder(
    conn: &mut DbConnection,
    parties: &Parties,
    enquiry: &Enquiry,
    links: &Links,
    now: NaiveDateTime,
) -> DbResult<()> {
    let context = |conn: &mut DbConnection| -> DbResult<Value> {
        Ok(json!({
            "buyer_name": parties.buyer.name,
            "buyer_country": country_name(conn, parties.buyer.country_code.as_deref())?,
            "subject": enquiry.subject,
            "received_on": date_words(enquiry.created_at.date()),
            "thread_url": links.thread(&enquiry.id),
        }))
    };
    send(conn, &parties.producer_user, "enquiry_reminder", context, now)
}

pub fn rfq_waiting(
    conn: &mut DbConnection,
    admins: &[User],
    buyer: &User,
    rfq: &Rfq,
    links: &Links,
    now: NaiveDateTime,
) -> DbResult<()> {
    let buyer_country = country_name(conn, buyer.country_code.as_deref())?;
    let context = |_: &mut DbConnection| -> DbResult<Value> {
        Ok(json!({
            "buyer_name": buyer.name,
            "buyer_company": buyer.company,
            "buyer_country": buyer_country,
            "title": rfq.title,
            "quantity": format::quantity(rfq.quantity, &rfq.unit),
            "review_url": links.rfq_review(),
        }))
    };
    for admin in admins {
        send(conn, admin, "rfq_review", context, now)?;
    }
    Ok(())
}

pub fn rfq_approved(
    conn: &mut DbConnection,
    buyer: &User,
    rfq: &Rfq,
    recipients: usize,
    links: &Links,
    now: NaiveDateTime,
) -> DbResult<()> {
    let context = |_: &mut DbConnection| -> DbResult<Value> {
        Ok(json!({
            "title": rfq.title,
            "recipients": recipients,
            "closes_on": date_words(rfq.deadline),
            "rfq_url": links.buyer_rfq(&rfq.id),
        }))
    };
    send(conn, buyer, "rfq_approved", context, now)
}

pub fn rfq_rejected(
    conn: &mut DbConnection,
    buyer: &User,
    rfq: &Rfq,
    note: &str,
    links: &Links,
    now: NaiveDateTime,
) -> DbResult<()> {
    let context = |_: &mut DbConnection| -> DbResult<Value> {
        Ok(json!({ "title": rfq.title, "note": note, "rfq_url": links.buyer_rfq(&rfq.id) }))
    };
    send(conn, buyer, "rfq_rejected", context, now)
}

/// One e-mail to each matching producer.
pub fn rfq_matched(
    conn: &mut DbConnection,
    recipients: &[Recipient],
    buyer: &User,
    rfq: &Rfq,
    names: &RfqNames,
    links: &Links,
    now: NaiveDateTime,
) -> DbResult<()> {
    let buyer_country = country_name(conn, buyer.country_code.as_deref())?;
    let context = |_: &mut DbConnection| -> DbResult<Value> {
        Ok(json!({
            "title": rfq.title,
            "quantity": format::quantity(rfq.quantity, &rfq.unit),
            "sector": rfq.sector_words(),
            "places": Some(names.words(rfq)).filter(|p| !p.is_empty()),
            "hs_code": rfq.hs_code,
            "target_price": names.target_price(rfq),
            "incoterm": rfq.incoterm,
            "destination": names.destination(rfq),
            "samples_wanted": rfq.samples_wanted,
            "closes_on": date_words(rfq.deadline),
            "details": rfq.details,
            "buyer_country": buyer_country,
            "rfq_url": links.producer_rfq(&rfq.id),
        }))
    };
    for recipient in recipients {
        send(conn, &recipient.user, "rfq_match", context, now)?;
    }
    Ok(())
}

pub fn rfq_closed(
    conn: &mut DbConnection,
    buyer: &User,
    rfq: &Rfq,
    reason: &str,
    quotes: i64,
    links: &Links,
    now: NaiveDateTime,
) -> DbResult<()> {
    let context = |_: &mut DbConnection| -> DbResult<Value> {
        Ok(json!({
            "title": rfq.title,
            "reason": reason,
            "quotes": quotes,
            "rfq_url": links.buyer_rfq(&rfq.id),
        }))
    };
    send(conn, buyer, "rfq_closed", context, now)
}

fn extend(target: &mut Value, more: Value) {
    if let (Some(target), Value::Object(more)) = (target.as_object_mut(), more) {
        target.extend(more);
    }
}

/// A country's name for people, its code when unknown, empty when there is none.
pub fn country_name(conn: &mut DbConnection, code: Option<&str>) -> DbResult<String> {
    Ok(country_words(&country_names_of(conn, [code])?, code))
}

/// The names of these countries (codes; `None` for none), in one query, for [`country_words`].
pub fn country_names_of<'a>(
    conn: &mut DbConnection,
    codes: impl IntoIterator<Item = Option<&'a str>>,
) -> DbResult<HashMap<String, String>> {
    let codes: Vec<&str> = codes.into_iter().flatten().collect();
    crate::directory::repo::country_names(conn, &codes)
}

/// [`country_name`] from names read beforehand with [`country_names_of`].
pub fn country_words(names: &HashMap<String, String>, code: Option<&str>) -> String {
    code.map(|code| names.get(code).cloned().unwrap_or_else(|| code.to_owned()))
        .unwrap_or_default()
}

/// "Rotterdam, Netherlands".
pub fn destination_words(conn: &mut DbConnection, enquiry: &Enquiry) -> DbResult<String> {
    let country = country_name(conn, Some(&enquiry.destination_country))?;
    Ok(if enquiry.destination_port.is_empty() {
        country
    } else {
        format!("{}, {country}", enquiry.destination_port)
    })
}
