//! Buy requests (RFQs): a buyer's requirement not tied to one product. An
//! admin approves it, then it reaches the verified producers in its places
//! who make what it asks for ([`rfq_matching`]). It closes at its deadline,
//! when the buyer closes it, or after [`rfq_closing::MAX_QUOTES`] quotes.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::checks::{EnquiryChecks, TermsInput};
use super::error::EnquiryError;
use super::model::{Enquiry, Message, Rfq};
use super::notify::{self, Links, Parties};
use super::rfq_closing::{self, close_and_tell};
use super::rfq_matching;
use super::threads::{self, MAX_MESSAGE, QuoteInput};
use super::values::{CloseReason, EnquiryStatus, RfqStatus, Side};
use super::{buyers, repo};
use crate::accounts::{RequestContext, Role, User};
use crate::catalogue::listings::{known_hs_code, ticked};
use crate::catalogue::repo as catalogue_repo;
use crate::db::{DbConnection, DbResult};
use crate::directory::Sector;
use crate::domain::Checks;
use crate::i18n;
use crate::jobs::{self, NewJob};
use crate::schema::{districts, states};

/// The job kind that closes a buy request at its deadline.
pub const CLOSE_AT_DEADLINE: &str = "rfqs.close_at_deadline";

/// What the buy-request form (or API) sends.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct RfqInput {
    pub title: String,
    pub details: String,
    pub quantity: String,
    pub unit: String,
    pub sector: String,
    pub category: String,
    /// LGD state codes, comma-separated.
    pub states: String,
    /// LGD district codes, comma-separated.
    pub districts: String,
    pub hs_code: String,
    pub deadline: String,
    /// Per unit, in `currency`; optional.
    pub target_price: String,
    pub currency: String,
    /// An Incoterms 2020 rule; optional.
    pub incoterm: String,
    /// ISO 3166 alpha-2.
    pub destination_country: String,
    pub destination_port: String,
    /// "on"/"yes"/"true" when ticked.
    pub samples_wanted: String,
    /// The honeypot: hidden from people, filled in by bots.
    #[serde(skip_serializing)]
    pub website: String,
}

/// What a producer sends to answer a buy request: a message, and a quote if ticked.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ResponseInput {
    pub message: String,
    /// "on"/"yes"/"true" when a quote is included.
    pub include_quote: String,
    #[serde(flatten)]
    pub quote: QuoteInput,
}

/// Names by LGD code, for the codes given that exist.
type NamesByCode = fn(&mut DbConnection, &[i32]) -> DbResult<HashMap<i32, String>>;

/// State names by LGD code, for the codes given that exist.
fn state_names(conn: &mut DbConnection, codes: &[i32]) -> DbResult<HashMap<i32, String>> {
    Ok(states::table
        .filter(states::lgd_code.eq_any(codes))
        .select((states::lgd_code, states::name))
        .load::<(i32, String)>(conn)?
        .into_iter()
        .collect())
}

/// District names by LGD code, for the codes given that exist.
fn district_names(conn: &mut DbConnection, codes: &[i32]) -> DbResult<HashMap<i32, String>> {
    Ok(districts::table
        .filter(districts::lgd_code.eq_any(codes))
        .select((districts::lgd_code, districts::name))
        .load::<(i32, String)>(conn)?
        .into_iter()
        .collect())
}

/// What the codes of some buy requests stand for — their places, destination
/// countries and currencies' decimals — read in four queries however many
/// requests there are.
pub struct RfqNames {
    states: HashMap<i32, String>,
    districts: HashMap<i32, String>,
    countries: HashMap<String, String>,
    digits: HashMap<String, u32>,
}

impl RfqNames {
    pub fn of<'a>(conn: &mut DbConnection, rfqs: impl IntoIterator<Item = &'a Rfq>) -> DbResult<Self> {
        let (mut state_codes, mut district_codes) = (Vec::new(), Vec::new());
        let (mut countries, mut currencies) = (Vec::new(), Vec::new());
        for rfq in rfqs {
            state_codes.extend(parse_codes(&rfq.state_codes));
            district_codes.extend(parse_codes(&rfq.district_codes));
            countries.extend(rfq.destination_country.as_deref());
            currencies.extend(rfq.currency.as_deref());
        }
        Ok(Self {
            states: state_names(conn, &state_codes)?,
            districts: district_names(conn, &district_codes)?,
            countries: notify::country_names_of(conn, countries.into_iter().map(Some))?,
            digits: catalogue_repo::currency_digits_of(conn, currencies)?,
        })
    }

    /// "Hamburg, Germany": the port or city, then the country.
    pub fn destination(&self, rfq: &Rfq) -> Option<String> {
        let country = notify::country_words(&self.countries, Some(rfq.destination_country.as_deref()?));
        Some(if rfq.destination_port.is_empty() {
            country
        } else {
            format!("{}, {country}", rfq.destination_port)
        })
    }

    /// "US$ 12.50 per piece".
    pub fn target_price(&self, rfq: &Rfq) -> Option<String> {
        let (amount, currency) = (rfq.target_price?, rfq.currency.as_deref()?);
        let digits = self.digits.get(currency).copied().unwrap_or(2);
        let price = crate::format::money(crate::format::Amount::from_minor(amount, digits), currency);
        Some(crate::format::per_unit(&price, &rfq.unit))
    }

    /// "Uttar Pradesh, Bhadohi, Varanasi": the states, then the districts,
    /// each alphabetically.
    pub fn words(&self, rfq: &Rfq) -> String {
        let named = |codes: &str, names: &HashMap<i32, String>| {
            let mut found: Vec<String> = parse_codes(codes)
                .iter()
                .filter_map(|code| names.get(code).cloned())
                .collect();
            found.sort_unstable();
            found
        };
        let mut words = named(&rfq.state_codes, &self.states);
        words.extend(named(&rfq.district_codes, &self.districts));
        words.join(", ")
    }
}

/// Comma-separated place codes from a form, each one known to `names`.
fn place_codes(
    checks: &mut Checks,
    conn: &mut DbConnection,
    field: &'static str,
    text: &str,
    names: NamesByCode,
) -> Result<Vec<i32>, EnquiryError> {
    let parts = text.split(',').filter(|p| !p.trim().is_empty()).count();
    let mut codes = parse_codes(text);
    let malformed = codes.len() != parts;
    codes.sort_unstable();
    codes.dedup();
    if malformed || names(conn, &codes)?.len() != codes.len() {
        checks.fail(field, i18n::Message::new("enquiry-choose-places-list"));
    }
    Ok(codes)
}

fn joined(codes: &[i32]) -> String {
    codes.iter().map(i32::to_string).collect::<Vec<_>>().join(",")
}

pub fn parse_codes(text: &str) -> Vec<i32> {
    text.split(',').filter_map(|p| p.trim().parse().ok()).collect()
}

/// The end of `deadline` in the buyer's time zone, as UTC.
fn end_of_day(deadline: NaiveDate, tz: chrono_tz::Tz) -> NaiveDateTime {
    let local = deadline.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN));
    tz.from_local_datetime(&local)
        .earliest()
        .map_or(local, |t| t.naive_utc())
}

/// A buyer posts a request; it waits for an admin.
pub fn post(
    conn: &mut DbConnection,
    buyer: &User,
    input: &RfqInput,
    ctx: &RequestContext,
) -> Result<Rfq, EnquiryError> {
    threads::require_verified_buyer(buyer)?;
    let mut checks = Checks::new();
    checks.honeypot(&input.website);
    let title = checks.text("title", &input.title, 1..=150);
    if !title.is_empty() && title.chars().count() < 5 {
        checks.fail("title", i18n::Message::new("enquiry-title-say-few-words"));
    }
    let details = checks.message("details", &input.details, MAX_MESSAGE, true);
    let quantity = checks.quantity("quantity", &input.quantity);
    let unit = checks.unit("unit", &input.unit);
    let sector = Sector::from_slug(input.sector.trim());
    if sector.is_none() {
        checks.fail("sector", i18n::Message::new("enquiry-sector-choose-sector"));
    }
    let category = checks.text("category", &input.category, 0..=100);
    let state_codes = place_codes(&mut checks, conn, "states", &input.states, state_names)?;
    let district_codes = place_codes(&mut checks, conn, "districts", &input.districts, district_names)?;
    let hs_code = match known_hs_code(conn, &input.hs_code)? {
        Ok(code) => code,
        Err(message) => {
            checks.fail("hs_code", message);
            None
        }
    };
    let profile = repo::buyer_profile(conn, &buyer.id)?;
    let tz = buyers::time_zone_of(profile.as_ref());
    let today = ctx.now.and_utc().with_timezone(&tz).date_naive();
    let deadline = checks.future_date("deadline", &input.deadline, today, true);
    let terms = checks.terms(
        conn,
        &TermsInput {
            target_price: &input.target_price,
            currency: &input.currency,
            incoterm: &input.incoterm,
            destination_country: &input.destination_country,
            destination_port: &input.destination_port,
        },
        false,
    )?;
    checks.finish()?;
    let (Some(quantity), Some(sector), Some(deadline)) = (quantity, sector, deadline) else {
        return Err(EnquiryError::field(
            "form",
            i18n::Message::new("enquiry-form-some-request-could"),
        ));
    };
    threads::count_hit(conn, buyer, ctx)?;
    let rfq = Rfq {
        id: super::model::RfqId::new(),
        buyer_id: buyer.id.clone(),
        title,
        details,
        quantity,
        unit,
        sector: sector.slug().to_owned(),
        category,
        state_codes: joined(&state_codes),
        district_codes: joined(&district_codes),
        hs_code,
        deadline,
        closes_at: end_of_day(deadline, tz),
        status: RfqStatus::Pending,
        close_reason: None,
        review_note: None,
        reviewed_by: None,
        reviewed_at: None,
        closed_at: None,
        created_at: ctx.now,
        updated_at: ctx.now,
        target_price: terms.target_price,
        currency: terms.currency,
        incoterm: terms.incoterm,
        destination_country: Some(terms.destination_country),
        destination_port: terms.destination_port,
        samples_wanted: ticked(&input.samples_wanted),
    };
    repo::insert_rfq(conn, &rfq)?;
    let admins = crate::accounts::repo::list_users(conn, Some(Role::Admin), 50)?;
    notify::rfq_waiting(conn, &admins, buyer, &rfq, &Links::new(&ctx.base_url), ctx.now)?;
    Ok(rfq)
}

/// An admin approves (sending it to matching producers) or rejects with a note.
pub fn review(
    conn: &mut DbConnection,
    admin: &User,
    id: &str,
    approve: bool,
    note: &str,
    ctx: &RequestContext,
) -> Result<usize, EnquiryError> {
    let rfq = repo::find_rfq(conn, id)?.ok_or(EnquiryError::NotFound)?;
    let buyer = crate::accounts::repo::find_user(conn, &rfq.buyer_id)?.ok_or(EnquiryError::NotFound)?;
    let note = note.trim();
    if !approve && note.is_empty() {
        return Err(EnquiryError::field(
            "note",
            i18n::Message::new("enquiry-note-tell-buyer-why"),
        ));
    }
    if note.chars().count() > 2000 {
        return Err(EnquiryError::field(
            "note",
            i18n::Message::new("enquiry-note-keep-note-under"),
        ));
    }
    let status = if approve {
        RfqStatus::Open
    } else {
        RfqStatus::Rejected
    };
    let note = (!note.is_empty()).then_some(note);
    repo::review_rfq(conn, id, status, &admin.id, note, ctx.now).map_err(|error| match error {
        EnquiryError::Changed(_) => {
            EnquiryError::NotAllowed(i18n::Message::new("refusal-rfq-reviewed-already"))
        }
        other => other,
    })?;
    let links = Links::new(&ctx.base_url);
    if !approve {
        notify::rfq_rejected(conn, &buyer, &rfq, note.unwrap_or_default(), &links, ctx.now)?;
        return Ok(0);
    }
    let odop = rfq_matching::OdopList::load(conn)?;
    let recipients = rfq_matching::recipients(conn, &odop, &rfq)?;
    let ids: Vec<String> = recipients.iter().map(|r| r.producer.id.to_string()).collect();
    repo::add_recipients(conn, id, &ids, ctx.now)?;
    let names = RfqNames::of(conn, [&rfq])?;
    notify::rfq_matched(conn, &recipients, &buyer, &rfq, &names, &links, ctx.now)?;
    notify::rfq_approved(conn, &buyer, &rfq, recipients.len(), &links, ctx.now)?;
    let job = NewJob::new(CLOSE_AT_DEADLINE, serde_json::json!({ "rfq_id": id }))
        .with_key(format!("rfq-close:{id}"))
        .run_at(rfq.closes_at);
    jobs::repo::enqueue(conn, job, ctx.now)?;
    Ok(recipients.len())
}

/// A buy request its buyer may manage.
pub fn own_rfq(conn: &mut DbConnection, buyer: &User, id: &str) -> Result<Rfq, EnquiryError> {
    repo::find_rfq(conn, id)?
        .filter(|r| r.buyer_id == buyer.id)
        .ok_or(EnquiryError::NotFound)
}

/// A buy request sent to the producer of `user`.
pub fn received_rfq(conn: &mut DbConnection, user: &User, id: &str) -> Result<(Rfq, String), EnquiryError> {
    let producer = catalogue_repo::producer_by_user(conn, &user.id)?.ok_or(EnquiryError::NotFound)?;
    let rfq = repo::find_rfq(conn, id)?.ok_or(EnquiryError::NotFound)?;
    if !repo::is_recipient(conn, id, &producer.id)? {
        return Err(EnquiryError::NotFound);
    }
    Ok((rfq, producer.id.to_string()))
}

pub fn close_by_buyer(
    conn: &mut DbConnection,
    buyer: &User,
    id: &str,
    ctx: &RequestContext,
) -> Result<(), EnquiryError> {
    let rfq = own_rfq(conn, buyer, id)?;
    if !close_and_tell(
        conn,
        &rfq,
        CloseReason::Buyer,
        &Links::new(&ctx.base_url),
        ctx.now,
    )? {
        return Err(EnquiryError::NotAllowed(i18n::Message::new(
            "refusal-rfq-close-open-only",
        )));
    }
    Ok(())
}

/// A producer answers a buy request it received: a conversation with the
/// buyer begins with the producer's message (and quote, if one is given).
pub fn respond(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    input: &ResponseInput,
    ctx: &RequestContext,
) -> Result<Enquiry, EnquiryError> {
    let (rfq, producer_id) = received_rfq(conn, user, id)?;
    if rfq.status != RfqStatus::Open || rfq.closes_at <= ctx.now {
        return Err(EnquiryError::NotAllowed(i18n::Message::new("refusal-rfq-closed")));
    }
    if let Some(existing) = repo::response_of(conn, id, &producer_id)? {
        return Err(EnquiryError::NotAllowed(
            i18n::Message::new("refusal-rfq-answered-already").with("id", existing.id.to_string()),
        ));
    }
    let mut checks = Checks::new();
    let message = checks.message("message", &input.message, MAX_MESSAGE, false);
    checks.finish()?;
    let buyer = crate::accounts::repo::find_user(conn, &rfq.buyer_id)?.ok_or(EnquiryError::NotFound)?;
    let destination = rfq
        .destination_country
        .clone()
        .or_else(|| buyer.country_code.clone())
        .ok_or(EnquiryError::NotFound)?;
    // The request's terms carry into the conversation. Its deadline does
    // not: that is when answers were due, not when the goods are needed.
    let enquiry = Enquiry {
        rfq_id: Some(rfq.id.clone()),
        target_price: rfq.target_price,
        currency: rfq.currency.clone(),
        incoterm: rfq.incoterm.clone(),
        destination_port: rfq.destination_port.clone(),
        sample_wanted: rfq.samples_wanted,
        status: EnquiryStatus::Replied,
        ..Enquiry::begin(
            &buyer.id,
            &producer_id,
            &rfq.title,
            (rfq.quantity, &rfq.unit),
            &destination,
            ctx.now,
        )
    };
    let quote = if ticked(&input.include_quote) {
        Some(threads::check_quote(
            conn,
            &input.quote,
            &enquiry.id,
            user,
            ctx.now,
        )?)
    } else {
        None
    };
    repo::insert_enquiry(conn, &enquiry)?;
    let body = Message::new(&enquiry.id, &user.id, message, ctx.now);
    repo::insert_message(conn, &body)?;
    threads::record_activity(conn, &enquiry, Side::Producer, ctx.now)?;
    let producer = catalogue_repo::producer_by_id(conn, &producer_id)?.ok_or(EnquiryError::NotFound)?;
    let parties = Parties {
        buyer,
        producer,
        producer_user: user.clone(),
    };
    let links = Links::new(&ctx.base_url);
    notify::new_message(
        conn,
        &parties.buyer,
        &parties.producer.business_name,
        &enquiry,
        &body.body,
        &links,
        ctx.now,
    )?;
    if let Some(quote) = quote {
        repo::insert_quote(conn, &quote)?;
        threads::record_activity(conn, &enquiry, Side::Producer, ctx.now)?;
        repo::move_status(
            conn,
            &enquiry.id,
            (enquiry.status, EnquiryStatus::Quoted),
            None,
            ctx.now,
        )?;
        notify::new_quote(conn, &parties, &enquiry, &quote, &links, ctx.now)?;
        rfq_closing::close_if_enough_quotes(conn, id, &links, ctx.now)?;
    }
    Ok(enquiry)
}
