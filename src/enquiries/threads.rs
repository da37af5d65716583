//! Conversations: a buyer's enquiry on a product, messages both ways,
//! quotes the buyer accepts or declines, closing with an outcome, and a
//! producer's "report as spam". Every function checks that the user is a
//! party to the conversation; a stranger's id reads as "not found".

use std::collections::HashMap;

use chrono::{NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};

use super::checks::{EnquiryChecks, TermsInput};
use super::error::EnquiryError;
use super::model::{Enquiry, Message, Quote, SpamReport};
use super::notify::{self, Links, Parties};
use super::values::{EnquiryStatus, Outcome, QuoteStatus, Side};
use super::{repo, rfq_closing};
use crate::accounts::{RequestContext, Role, User};
use crate::catalogue::listings::ticked;
use crate::catalogue::model::Producer;
use crate::catalogue::repo as catalogue_repo;
use crate::db::DbConnection;
use crate::domain::Checks;
use crate::i18n;
use crate::jobs::{self, NewJob};
use crate::rate_limit::{self, Limit};

/// The job kind that reminds a producer of an unanswered enquiry.
pub const REMIND_UNANSWERED: &str = "enquiries.remind_unanswered";
/// How long an enquiry may wait before the producer is reminded.
pub const REMINDER_AFTER: TimeDelta = TimeDelta::hours(48);

const ENQUIRIES_PER_BUYER: Limit = Limit::per_minutes(20, 60);
const ENQUIRIES_PER_IP: Limit = Limit::per_minutes(60, 60);
const MESSAGES_PER_USER: Limit = Limit::per_minutes(60, 60);
/// The longest message, in characters.
pub const MAX_MESSAGE: usize = 5000;

/// What the enquiry form (or API) sends.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct EnquiryInput {
    pub quantity: String,
    pub unit: String,
    pub target_price: String,
    pub currency: String,
    pub incoterm: String,
    pub destination_country: String,
    pub destination_port: String,
    pub required_by: String,
    /// "on"/"yes"/"true" when ticked.
    pub sample_wanted: String,
    pub message: String,
    /// The honeypot: hidden from people, filled in by bots.
    #[serde(skip_serializing)]
    pub website: String,
}

/// What the quote form (or API) sends.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct QuoteInput {
    pub unit_price: String,
    pub currency: String,
    pub moq: String,
    pub moq_unit: String,
    pub lead_time_days: String,
    pub incoterm: String,
    pub valid_until: String,
    pub notes: String,
}

/// Only buyers with a confirmed address may write to producers.
pub fn require_verified_buyer(user: &User) -> Result<(), EnquiryError> {
    if user.role() != Role::Buyer {
        return Err(EnquiryError::NotAllowed(i18n::Message::new(
            "refusal-enquiry-buyers-only",
        )));
    }
    if !user.is_verified() {
        return Err(EnquiryError::EmailNotVerified);
    }
    Ok(())
}

pub fn count_hit(conn: &mut DbConnection, user: &User, ctx: &RequestContext) -> Result<(), EnquiryError> {
    let per_buyer = rate_limit::hit(
        conn,
        &format!("enquiry:buyer:{}", user.id),
        ENQUIRIES_PER_BUYER,
        ctx.now,
    )?;
    per_buyer.map_err(EnquiryError::RateLimited)?;
    if let Some(ip) = &ctx.ip {
        rate_limit::hit(
            conn,
            &rate_limit::client_bucket("enquiry", ip),
            ENQUIRIES_PER_IP,
            ctx.now,
        )?
        .map_err(EnquiryError::RateLimited)?;
    }
    Ok(())
}

/// A buyer's enquiry on a published product: the conversation, its first
/// message, the producer's e-mail, the buyer's copy and the 48-hour reminder.
pub fn send_enquiry(
    conn: &mut DbConnection,
    buyer: &User,
    product_slug: &str,
    input: &EnquiryInput,
    ctx: &RequestContext,
) -> Result<Enquiry, EnquiryError> {
    require_verified_buyer(buyer)?;
    let product =
        catalogue_repo::published_product_by_slug(conn, product_slug)?.ok_or(EnquiryError::NotFound)?;
    let producer =
        catalogue_repo::producer_by_id(conn, &product.producer_id)?.ok_or(EnquiryError::NotFound)?;
    let producer_user =
        crate::accounts::repo::find_user(conn, &producer.user_id)?.ok_or(EnquiryError::NotFound)?;
    if repo::has_reported(conn, &producer_user.id, &buyer.id)? {
        return Err(EnquiryError::NotAllowed(i18n::Message::new(
            "refusal-enquiry-blocked",
        )));
    }

    let today = ctx.now.date();
    let mut checks = Checks::new();
    checks.honeypot(&input.website);
    let quantity = checks.quantity("quantity", &input.quantity);
    let unit = checks.unit("unit", &input.unit);
    let terms = checks.terms(
        conn,
        &TermsInput {
            target_price: &input.target_price,
            currency: &input.currency,
            incoterm: &input.incoterm,
            destination_country: &input.destination_country,
            destination_port: &input.destination_port,
        },
        true,
    )?;
    let required_by = checks.future_date("required_by", &input.required_by, today, false);
    let message = checks.message("message", &input.message, MAX_MESSAGE, true);
    checks.finish()?;
    let Some(quantity) = quantity else {
        return Err(EnquiryError::field(
            "quantity",
            i18n::Message::new("enquiry-enter-quantity"),
        ));
    };
    count_hit(conn, buyer, ctx)?;

    let enquiry = Enquiry {
        product_id: Some(product.id.clone()),
        target_price: terms.target_price,
        currency: terms.currency,
        incoterm: terms.incoterm,
        destination_port: terms.destination_port,
        required_by,
        sample_wanted: ticked(&input.sample_wanted),
        producer_unread: 1,
        ..Enquiry::begin(
            &buyer.id,
            &producer.id,
            &product.title,
            (quantity, &unit),
            &terms.destination_country,
            ctx.now,
        )
    };
    repo::insert_enquiry(conn, &enquiry)?;
    repo::insert_message(
        conn,
        &Message::new(&enquiry.id, &buyer.id, message.clone(), ctx.now),
    )?;
    let parties = Parties {
        buyer: buyer.clone(),
        producer,
        producer_user,
    };
    let links = Links::new(&ctx.base_url);
    notify::enquiry_sent(
        conn,
        &parties,
        &enquiry,
        &message,
        Some(&product.title),
        &links,
        ctx.now,
    )?;
    schedule_reminder(conn, &enquiry.id, ctx.now)?;
    Ok(enquiry)
}

fn schedule_reminder(
    conn: &mut DbConnection,
    enquiry_id: &str,
    now: NaiveDateTime,
) -> Result<(), EnquiryError> {
    let job = NewJob::new(REMIND_UNANSWERED, serde_json::json!({ "enquiry_id": enquiry_id }))
        .with_key(format!("remind:{enquiry_id}"))
        .run_at(now + REMINDER_AFTER);
    jobs::repo::enqueue(conn, job, now)?;
    Ok(())
}

/// A conversation as one of its parties may see it.
pub struct Access {
    pub enquiry: Enquiry,
    pub side: Side,
    pub parties: Parties,
}

/// Opens conversation `id` for `user`, who must be its buyer or its
/// producer (and the producer must not have reported it as spam).
pub fn open(conn: &mut DbConnection, user: &User, id: &str) -> Result<Access, EnquiryError> {
    let enquiry = repo::find_enquiry(conn, id)?.ok_or(EnquiryError::NotFound)?;
    let producer =
        catalogue_repo::producer_by_id(conn, &enquiry.producer_id)?.ok_or(EnquiryError::NotFound)?;
    let side = if enquiry.buyer_id == user.id {
        Side::Buyer
    } else if producer.user_id == user.id && enquiry.reported_spam_at.is_none() {
        Side::Producer
    } else {
        return Err(EnquiryError::NotFound);
    };
    let parties = parties_of(conn, &enquiry, producer)?;
    Ok(Access {
        enquiry,
        side,
        parties,
    })
}

/// The accounts behind conversation `enquiry` with `producer`.
pub(super) fn parties_of(
    conn: &mut DbConnection,
    enquiry: &Enquiry,
    producer: Producer,
) -> Result<Parties, EnquiryError> {
    let buyer = crate::accounts::repo::find_user(conn, &enquiry.buyer_id)?.ok_or(EnquiryError::NotFound)?;
    let producer_user =
        crate::accounts::repo::find_user(conn, &producer.user_id)?.ok_or(EnquiryError::NotFound)?;
    Ok(Parties {
        buyer,
        producer,
        producer_user,
    })
}

impl Access {
    fn status(&self) -> EnquiryStatus {
        self.enquiry.status
    }

    /// Open for the writer: a buyer the producer reported as spam is shut
    /// out of the conversation at once, before any admin looks.
    fn require_open(&self) -> Result<(), EnquiryError> {
        if self.side == Side::Buyer && self.enquiry.reported_spam_at.is_some() {
            return Err(EnquiryError::NotAllowed(i18n::Message::new(
                "refusal-enquiry-closed-by-producer",
            )));
        }
        if self.status().is_open() {
            Ok(())
        } else {
            Err(EnquiryError::NotAllowed(i18n::Message::new(
                "refusal-enquiry-closed",
            )))
        }
    }

    fn other_user(&self) -> &User {
        match self.side {
            Side::Buyer => &self.parties.producer_user,
            Side::Producer => &self.parties.buyer,
        }
    }

    /// The writer's name as the other side knows it.
    fn own_name(&self) -> &str {
        match self.side {
            Side::Buyer => &self.parties.buyer.name,
            Side::Producer => &self.parties.producer.business_name,
        }
    }
}

/// `user` has read conversation `id`: their unread count goes to zero.
pub fn mark_read(conn: &mut DbConnection, user: &User, id: &str) -> Result<(), EnquiryError> {
    let access = open(conn, user, id)?;
    repo::mark_read(conn, id, access.side)?;
    Ok(())
}

/// A message from either side; the other side is e-mailed.
pub fn reply(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    body: &str,
    ctx: &RequestContext,
) -> Result<Message, EnquiryError> {
    let access = open(conn, user, id)?;
    access.require_open()?;
    let mut checks = Checks::new();
    let body = checks.message("message", body, MAX_MESSAGE, false);
    checks.finish()?;
    // Each message e-mails the other side: a limit keeps a thread from
    // becoming a way to flood someone's inbox.
    rate_limit::hit(
        conn,
        &format!("message:user:{}", user.id),
        MESSAGES_PER_USER,
        ctx.now,
    )?
    .map_err(EnquiryError::RateLimited)?;
    let message = Message::new(id, &user.id, body, ctx.now);
    repo::insert_message(conn, &message)?;
    record_activity(conn, &access.enquiry, access.side, ctx.now)?;
    // Answering is reading what came before.
    repo::mark_read(conn, id, access.side)?;
    if access.side == Side::Producer && access.status() == EnquiryStatus::New {
        repo::move_status(
            conn,
            id,
            (EnquiryStatus::New, EnquiryStatus::Replied),
            None,
            ctx.now,
        )?;
    }
    let links = Links::new(&ctx.base_url);
    notify::new_message(
        conn,
        access.other_user(),
        access.own_name(),
        &access.enquiry,
        &message.body,
        &links,
        ctx.now,
    )?;
    Ok(message)
}

/// Checks a quote form for conversation `enquiry_id`; the caller stores it.
pub fn check_quote(
    conn: &mut DbConnection,
    input: &QuoteInput,
    enquiry_id: &str,
    author: &User,
    now: NaiveDateTime,
) -> Result<Quote, EnquiryError> {
    let mut checks = Checks::new();
    let unit_price = match checks.currency(conn, "currency", &input.currency)? {
        Some((_, digits)) => checks.price("unit_price", &input.unit_price, digits),
        None => None,
    };
    let moq = checks.quantity("moq", &input.moq);
    let moq_unit = checks.unit("moq_unit", &input.moq_unit);
    let lead_time_days = checks.days("lead_time_days", &input.lead_time_days, 1..=365);
    let incoterm = checks.incoterm("incoterm", &input.incoterm, true);
    let valid_until = checks.future_date("valid_until", &input.valid_until, now.date(), true);
    let notes = checks.text("notes", &input.notes, 0..=2000);
    checks.finish()?;
    match (unit_price, moq, lead_time_days, incoterm, valid_until) {
        (Some(unit_price), Some(moq), Some(lead_time_days), Some(incoterm), Some(valid_until)) => Ok(Quote {
            id: super::model::QuoteId::new(),
            enquiry_id: enquiry_id.to_owned().into(),
            author_id: author.id.clone(),
            unit_price,
            currency: input.currency.trim().to_uppercase(),
            moq,
            moq_unit,
            lead_time_days,
            incoterm,
            valid_until,
            notes,
            status: QuoteStatus::Offered,
            decided_at: None,
            created_at: now,
        }),
        _ => Err(EnquiryError::field(
            "form",
            i18n::Message::new("enquiry-form-some-quote-could"),
        )),
    }
}

/// The producer offers a quote; an earlier one still on offer is replaced.
pub fn send_quote(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    input: &QuoteInput,
    ctx: &RequestContext,
) -> Result<Quote, EnquiryError> {
    let access = open(conn, user, id)?;
    if access.side != Side::Producer {
        return Err(EnquiryError::NotAllowed(i18n::Message::new(
            "refusal-enquiry-quote-producer-only",
        )));
    }
    access.require_open()?;
    if let Some(rfq_id) = &access.enquiry.rfq_id {
        rfq_closing::require_open_for_quotes(conn, rfq_id)?;
    }
    let quote = check_quote(conn, input, id, user, ctx.now)?;
    repo::supersede_offered(conn, id, ctx.now)?;
    repo::insert_quote(conn, &quote)?;
    record_activity(conn, &access.enquiry, Side::Producer, ctx.now)?;
    repo::move_status(conn, id, (access.status(), EnquiryStatus::Quoted), None, ctx.now)?;
    let links = Links::new(&ctx.base_url);
    notify::new_quote(conn, &access.parties, &access.enquiry, &quote, &links, ctx.now)?;
    if let Some(rfq_id) = &access.enquiry.rfq_id {
        rfq_closing::close_if_enough_quotes(conn, rfq_id, &links, ctx.now)?;
    }
    Ok(quote)
}

/// The buyer accepts or declines the quote on offer.
pub fn decide_quote(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    quote_id: &str,
    accept: bool,
    ctx: &RequestContext,
) -> Result<Quote, EnquiryError> {
    let access = open(conn, user, id)?;
    if access.side != Side::Buyer {
        return Err(EnquiryError::NotAllowed(i18n::Message::new(
            "refusal-enquiry-answer-buyer-only",
        )));
    }
    access.require_open()?;
    let quote = repo::find_quote(conn, id, quote_id)?.ok_or(EnquiryError::NotFound)?;
    if accept && quote.valid_until < ctx.now.date() {
        return Err(EnquiryError::NotAllowed(i18n::Message::new(
            "refusal-enquiry-quote-expired",
        )));
    }
    let (quote_status, status) = if accept {
        (QuoteStatus::Accepted, EnquiryStatus::Accepted)
    } else {
        (QuoteStatus::Declined, EnquiryStatus::Declined)
    };
    if !repo::decide_quote(conn, quote_id, quote_status, ctx.now)? {
        return Err(EnquiryError::NotAllowed(i18n::Message::new(
            "refusal-enquiry-quote-gone",
        )));
    }
    record_activity(conn, &access.enquiry, Side::Buyer, ctx.now)?;
    repo::move_status(conn, id, (access.status(), status), None, ctx.now)?;
    let links = Links::new(&ctx.base_url);
    notify::quote_decided(
        conn,
        &access.parties,
        &access.enquiry,
        &quote,
        accept,
        &links,
        ctx.now,
    )?;
    Ok(Quote {
        status: quote_status,
        decided_at: Some(ctx.now),
        ..quote
    })
}

/// Either side closes the conversation with how it ended.
pub fn close(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    outcome: &str,
    ctx: &RequestContext,
) -> Result<(), EnquiryError> {
    let access = open(conn, user, id)?;
    access.require_open()?;
    let outcome = Outcome::parse(outcome).ok_or_else(|| {
        EnquiryError::field(
            "outcome",
            i18n::Message::new("enquiry-outcome-choose-how-conversation"),
        )
    })?;
    // Activity first: it holds the parties' accounts before the conversation's
    // row, the order every other change to a conversation takes them in.
    record_activity(conn, &access.enquiry, access.side, ctx.now)?;
    repo::move_status(
        conn,
        id,
        (access.status(), EnquiryStatus::Closed),
        Some(outcome),
        ctx.now,
    )?;
    let links = Links::new(&ctx.base_url);
    notify::closed(
        conn,
        access.other_user(),
        access.own_name(),
        &access.enquiry,
        outcome,
        &links,
        ctx.now,
    )?;
    Ok(())
}

/// The producer reports the conversation as spam: it disappears from the
/// producer's list and the buyer is flagged for the admins.
pub fn report_spam(
    conn: &mut DbConnection,
    user: &User,
    id: &str,
    now: NaiveDateTime,
) -> Result<(), EnquiryError> {
    let access = open(conn, user, id)?;
    if access.side != Side::Producer {
        return Err(EnquiryError::NotAllowed(i18n::Message::new(
            "refusal-enquiry-report-producer-only",
        )));
    }
    repo::mark_reported(conn, id, now)?;
    repo::insert_spam_report(
        conn,
        &SpamReport {
            id: super::model::SpamReportId::new(),
            enquiry_id: id.to_owned().into(),
            buyer_id: access.enquiry.buyer_id.clone(),
            reporter_id: user.id.clone(),
            resolved_at: None,
            created_at: now,
        },
    )?;
    Ok(())
}

/// The 48-hour reminder: sent only if the enquiry is still unanswered.
pub fn remind_if_unanswered(
    conn: &mut DbConnection,
    id: &str,
    links: &Links,
    now: NaiveDateTime,
) -> Result<bool, EnquiryError> {
    let Some(enquiry) = repo::find_enquiry(conn, id)? else {
        return Ok(false);
    };
    let waiting = enquiry.first_reply_at.is_none()
        && enquiry.reported_spam_at.is_none()
        && enquiry.status == EnquiryStatus::New;
    if !waiting {
        return Ok(false);
    }
    let Some(producer) = catalogue_repo::producer_by_id(conn, &enquiry.producer_id)? else {
        return Ok(false);
    };
    let users = (
        crate::accounts::repo::find_user(conn, &enquiry.buyer_id)?,
        crate::accounts::repo::find_user(conn, &producer.user_id)?,
    );
    let (Some(buyer), Some(producer_user)) = users else {
        return Ok(false);
    };
    let parties = Parties {
        buyer,
        producer,
        producer_user,
    };
    notify::reminder(conn, &parties, &enquiry, links, now)?;
    Ok(true)
}

/// How many of a producer's latest answered enquiries their typical reply time is taken over.
const RECENT_ANSWERS: i64 = 50;
/// Fewer answered enquiries than this say nothing about a habit.
const MIN_ANSWERED: usize = 3;

/// Records something new in conversation `enquiry` from `side`; when it is
/// the producer's first answer to an enquiry, their typical reply time is
/// worked out again in the same transaction. Answers to buy requests are
/// left out of that figure: the producer chose to write first.
pub(super) fn record_activity(
    conn: &mut DbConnection,
    enquiry: &Enquiry,
    side: Side,
    now: NaiveDateTime,
) -> Result<(), EnquiryError> {
    let first_answer = repo::record_activity(conn, &enquiry.id, side, now)?;
    if first_answer && enquiry.rfq_id.is_none() {
        let waits = repo::reply_times(conn, &enquiry.producer_id, RECENT_ANSWERS)?
            .into_iter()
            .map(|(asked, answered)| (answered - asked).num_minutes().max(0))
            .collect();
        if let Some(median) = median_wait(waits) {
            repo::set_reply_minutes(conn, &enquiry.producer_id, median)?;
        }
    }
    Ok(())
}

/// The middle wait (the later of the two middle ones for an even count),
/// once there are enough to say.
fn median_wait(mut waits: Vec<i64>) -> Option<i64> {
    if waits.len() < MIN_ANSWERED {
        return None;
    }
    waits.sort_unstable();
    Some(waits[waits.len() / 2])
}

/// "within 2 days": the producer's typical time to a first reply (see
/// [`record_activity`]), once enough enquiries were answered to say.
pub fn typical_reply_time(
    conn: &mut DbConnection,
    producer_id: &str,
) -> Result<Option<i18n::Message>, EnquiryError> {
    Ok(repo::reply_minutes(conn, producer_id)?.map(reply_time_words))
}

/// [`typical_reply_time`] of the producers among `slugs` that have one, by slug.
pub fn typical_reply_times(
    conn: &mut DbConnection,
    slugs: &[String],
) -> Result<HashMap<String, i18n::Message>, EnquiryError> {
    Ok(repo::reply_minutes_by_slug(conn, slugs)?
        .into_iter()
        .map(|(slug, minutes)| (slug, reply_time_words(minutes)))
        .collect())
}

/// "within 2 days": how soon a producer typically answers, written in the
/// reader's language when the page is.
pub fn reply_time_words(minutes: i64) -> i18n::Message {
    let (unit, count) = match minutes {
        m if m < 60 => ("hour", 1),
        m if m < 24 * 60 => ("hours", (m + 59) / 60),
        m => ("days", (m + 24 * 60 - 1) / (24 * 60)),
    };
    i18n::Message::new("macros-reply-within")
        .with("unit", unit)
        .with("count", count)
}

#[cfg(test)]
mod tests {
    use super::{median_wait, reply_time_words};

    #[test]
    fn the_median_wait_needs_three_answers() {
        assert_eq!(median_wait(vec![5, 10]), None);
        assert_eq!(median_wait(vec![1800, 0, 1800]), Some(1800));
        assert_eq!(median_wait(vec![40, 10, 30, 20]), Some(30));
    }

    #[test]
    fn reply_times_read_naturally() {
        assert_eq!(reply_time_words(5).to_string(), "within an hour");
        assert_eq!(reply_time_words(61).to_string(), "within 2 hours");
        assert_eq!(reply_time_words(36 * 60).to_string(), "within 2 days");
        assert_eq!(reply_time_words(24 * 60).to_string(), "within 1 day");
    }
}
