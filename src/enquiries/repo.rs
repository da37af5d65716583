//! Enquiry and buy-request queries, each inside the caller's transaction.
//! Counters and statuses change by targeted updates, so two people writing
//! in one conversation at once never undo each other.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::DatabaseErrorKind;

use super::badges;
use super::error::EnquiryError;
use super::model::{BuyerProfile, Enquiry, Message, Quote, Rfq, SpamReport};
use super::values::{CloseReason, EnquiryStatus, Outcome, QuoteStatus, RfqStatus, Side};
use crate::accounts::User;
use crate::db::{DbConnection, DbError, DbResult, insert_in_chunks};
use crate::domain::transition;
use crate::schema::{
    buyer_profiles, enquiries, enquiry_messages, producer_reply_times, producers, quotes, rfq_recipients,
    rfqs, spam_reports, users,
};

pub fn buyer_profile(conn: &mut DbConnection, user_id: &str) -> DbResult<Option<BuyerProfile>> {
    Ok(buyer_profiles::table
        .find(user_id)
        .select(BuyerProfile::as_select())
        .first(conn)
        .optional()?)
}

/// The buyer profiles of the accounts `user_ids` that have one.
pub fn buyer_profiles_of(conn: &mut DbConnection, user_ids: &[&str]) -> DbResult<Vec<BuyerProfile>> {
    Ok(buyer_profiles::table
        .filter(buyer_profiles::user_id.eq_any(user_ids))
        .select(BuyerProfile::as_select())
        .load(conn)?)
}

pub fn save_buyer_profile(conn: &mut DbConnection, profile: &BuyerProfile) -> DbResult<()> {
    let updated = diesel::update(buyer_profiles::table.find(&profile.user_id))
        .set(profile)
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(buyer_profiles::table)
            .values(profile)
            .execute(conn)?;
    }
    Ok(())
}

pub fn set_company_and_country(
    conn: &mut DbConnection,
    user_id: &str,
    company: &str,
    country: &str,
    now: NaiveDateTime,
) -> DbResult<()> {
    diesel::update(users::table.find(user_id))
        .set((
            users::company.eq(company),
            users::country_code.eq(country),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

// ---- conversations ----

/// A new conversation; its first unread message counts on the badge at once.
pub fn insert_enquiry(conn: &mut DbConnection, enquiry: &Enquiry) -> DbResult<()> {
    badges::recounted(conn, &enquiry.buyer_id, &enquiry.producer_id, |conn| {
        Ok(diesel::insert_into(enquiries::table)
            .values(enquiry)
            .execute(conn)?)
    })?;
    Ok(())
}

/// The buyer and producer of conversation `id`.
fn parties_of(conn: &mut DbConnection, id: &str) -> DbResult<(String, String)> {
    Ok(enquiries::table
        .find(id)
        .select((enquiries::buyer_id, enquiries::producer_id))
        .first(conn)?)
}

/// Runs `change` to conversation `id`'s unread counters, keeping both
/// parties' badges true (see [`badges::recounted`]).
fn changing_unread<T>(
    conn: &mut DbConnection,
    id: &str,
    change: impl FnOnce(&mut DbConnection) -> DbResult<T>,
) -> DbResult<T> {
    let (buyer_id, producer_id) = parties_of(conn, id)?;
    badges::recounted(conn, &buyer_id, &producer_id, change)
}

pub fn find_enquiry(conn: &mut DbConnection, id: &str) -> DbResult<Option<Enquiry>> {
    Ok(enquiries::table
        .find(id)
        .select(Enquiry::as_select())
        .first(conn)
        .optional()?)
}

/// A buyer's conversations, or a producer's (without those it reported as spam), newest first.
pub fn enquiries_of(
    conn: &mut DbConnection,
    side: Side,
    party_id: &str,
    limit: i64,
) -> DbResult<Vec<Enquiry>> {
    let query = enquiries::table
        .select(Enquiry::as_select())
        .order(enquiries::last_activity_at.desc())
        .limit(limit)
        .into_boxed();
    let query = match side {
        Side::Buyer => query.filter(enquiries::buyer_id.eq(party_id)),
        Side::Producer => query
            .filter(enquiries::producer_id.eq(party_id))
            .filter(enquiries::reported_spam_at.is_null()),
    };
    Ok(query.load(conn)?)
}

/// Business names of producers, by id, in one query.
pub fn producer_names(conn: &mut DbConnection, ids: &[&str]) -> DbResult<HashMap<String, String>> {
    Ok(producers::table
        .filter(producers::id.eq_any(ids))
        .select((producers::id, producers::business_name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect())
}

/// Buyers' country codes by id, in one query.
pub fn buyer_country_codes(
    conn: &mut DbConnection,
    ids: &[&str],
) -> DbResult<HashMap<String, Option<String>>> {
    Ok(users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::country_code))
        .load::<(String, Option<String>)>(conn)?
        .into_iter()
        .collect())
}

/// How buyers are named to producers (company, else the person), by id, in one query.
pub fn buyer_names(conn: &mut DbConnection, ids: &[&str]) -> DbResult<HashMap<String, String>> {
    Ok(users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::name, users::company))
        .load::<(String, String, Option<String>)>(conn)?
        .into_iter()
        .map(|(id, name, company)| (id, company.filter(|c| !c.is_empty()).unwrap_or(name)))
        .collect())
}

/// Messages and quotes waiting to be read by one party.
pub fn unread_total(conn: &mut DbConnection, side: Side, party_id: &str) -> DbResult<i64> {
    let total: Option<i64> = match side {
        Side::Buyer => enquiries::table
            .filter(enquiries::buyer_id.eq(party_id))
            .select(diesel::dsl::sum(enquiries::buyer_unread))
            .first(conn)?,
        Side::Producer => enquiries::table
            .filter(enquiries::producer_id.eq(party_id))
            .filter(enquiries::reported_spam_at.is_null())
            .select(diesel::dsl::sum(enquiries::producer_unread))
            .first(conn)?,
    };
    Ok(total.unwrap_or(0))
}

pub fn mark_read(conn: &mut DbConnection, id: &str, side: Side) -> DbResult<()> {
    changing_unread(conn, id, |conn| {
        let target = enquiries::table.find(id);
        Ok(match side {
            Side::Buyer => diesel::update(target)
                .set(enquiries::buyer_unread.eq(0))
                .execute(conn)?,
            Side::Producer => diesel::update(target)
                .set(enquiries::producer_unread.eq(0))
                .execute(conn)?,
        })
    })?;
    Ok(())
}

/// Something new from `author`: the other side has one more to read.
/// True when it is the producer's first answer in the conversation.
pub fn record_activity(
    conn: &mut DbConnection,
    id: &str,
    author: Side,
    now: NaiveDateTime,
) -> DbResult<bool> {
    changing_unread(conn, id, |conn| unread_after_activity(conn, id, author, now))
}

fn unread_after_activity(
    conn: &mut DbConnection,
    id: &str,
    author: Side,
    now: NaiveDateTime,
) -> DbResult<bool> {
    let target = enquiries::table.find(id);
    let times = (enquiries::last_activity_at.eq(now), enquiries::updated_at.eq(now));
    let first_answer = match author {
        Side::Buyer => {
            diesel::update(target)
                .set((
                    enquiries::producer_unread.eq(enquiries::producer_unread + 1),
                    times,
                ))
                .execute(conn)?;
            false
        }
        Side::Producer => {
            let first = diesel::update(target.filter(enquiries::first_reply_at.is_null()))
                .set(enquiries::first_reply_at.eq(now))
                .execute(conn)?;
            diesel::update(target)
                .set((enquiries::buyer_unread.eq(enquiries::buyer_unread + 1), times))
                .execute(conn)?;
            first == 1
        }
    };
    Ok(first_answer)
}

/// Moves a conversation from status `from` to `to`, only while it is still
/// in `from` (see `domain::transition`).
pub fn move_status(
    conn: &mut DbConnection,
    id: &str,
    (from, to): (EnquiryStatus, EnquiryStatus),
    outcome: Option<Outcome>,
    now: NaiveDateTime,
) -> Result<(), EnquiryError> {
    let rows = diesel::update(
        enquiries::table
            .filter(enquiries::id.eq(id))
            .filter(enquiries::status.eq(from)),
    )
    .set((
        enquiries::status.eq(to),
        enquiries::outcome.eq(outcome),
        enquiries::updated_at.eq(now),
    ))
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(rows)?)
}

/// The producer reported it: its unread messages leave the producer's badge.
pub fn mark_reported(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> DbResult<()> {
    changing_unread(conn, id, |conn| {
        Ok(diesel::update(enquiries::table.find(id))
            .set((enquiries::reported_spam_at.eq(now), enquiries::updated_at.eq(now)))
            .execute(conn)?)
    })?;
    Ok(())
}

/// When each of a producer's answered conversations began and was first answered.
pub fn reply_times(
    conn: &mut DbConnection,
    producer_id: &str,
    limit: i64,
) -> DbResult<Vec<(NaiveDateTime, NaiveDateTime)>> {
    let rows: Vec<(NaiveDateTime, Option<NaiveDateTime>)> = enquiries::table
        .filter(enquiries::producer_id.eq(producer_id))
        .filter(enquiries::first_reply_at.is_not_null())
        .filter(enquiries::rfq_id.is_null())
        .order(enquiries::created_at.desc())
        .limit(limit)
        .select((enquiries::created_at, enquiries::first_reply_at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(asked, answered)| Some((asked, answered?)))
        .collect())
}

/// A producer's typical minutes to a first reply, once there is one.
pub fn reply_minutes(conn: &mut DbConnection, producer_id: &str) -> DbResult<Option<i64>> {
    Ok(producer_reply_times::table
        .find(producer_id)
        .select(producer_reply_times::median_minutes)
        .first(conn)
        .optional()?)
}

/// The typical minutes to a first reply of the producers among `slugs` that have one.
pub fn reply_minutes_by_slug(conn: &mut DbConnection, slugs: &[String]) -> DbResult<Vec<(String, i64)>> {
    Ok(producer_reply_times::table
        .inner_join(producers::table)
        .filter(producers::slug.eq_any(slugs))
        .select((producers::slug, producer_reply_times::median_minutes))
        .load(conn)?)
}

pub fn set_reply_minutes(conn: &mut DbConnection, producer_id: &str, minutes: i64) -> DbResult<()> {
    let row = producer_reply_times::table.find(producer_id);
    let set = |conn: &mut DbConnection| {
        diesel::update(row)
            .set(producer_reply_times::median_minutes.eq(minutes))
            .execute(conn)
    };
    if set(conn)? == 0 {
        // A savepoint, so losing the race to insert does not abort the transaction.
        let inserted = conn.transaction(|c| {
            diesel::insert_into(producer_reply_times::table)
                .values((
                    producer_reply_times::producer_id.eq(producer_id),
                    producer_reply_times::median_minutes.eq(minutes),
                ))
                .execute(c)
        });
        match inserted {
            Ok(_) => {}
            Err(diesel::result::Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {
                set(conn)?;
            }
            Err(other) => return Err(other.into()),
        }
    }
    Ok(())
}

pub fn insert_message(conn: &mut DbConnection, message: &Message) -> DbResult<()> {
    diesel::insert_into(enquiry_messages::table)
        .values(message)
        .execute(conn)?;
    Ok(())
}

pub fn messages_of(conn: &mut DbConnection, enquiry_id: &str) -> DbResult<Vec<Message>> {
    Ok(enquiry_messages::table
        .filter(enquiry_messages::enquiry_id.eq(enquiry_id))
        .order((enquiry_messages::created_at, enquiry_messages::id))
        .select(Message::as_select())
        .load(conn)?)
}

pub fn insert_quote(conn: &mut DbConnection, quote: &Quote) -> DbResult<()> {
    diesel::insert_into(quotes::table).values(quote).execute(conn)?;
    Ok(())
}

pub fn quotes_of(conn: &mut DbConnection, enquiry_id: &str) -> DbResult<Vec<Quote>> {
    Ok(quotes::table
        .filter(quotes::enquiry_id.eq(enquiry_id))
        .order((quotes::created_at, quotes::id))
        .select(Quote::as_select())
        .load(conn)?)
}

pub fn find_quote(conn: &mut DbConnection, enquiry_id: &str, quote_id: &str) -> DbResult<Option<Quote>> {
    Ok(quotes::table
        .filter(quotes::enquiry_id.eq(enquiry_id))
        .filter(quotes::id.eq(quote_id))
        .select(Quote::as_select())
        .first(conn)
        .optional()?)
}

/// The conversation's quote the buyer accepted last, if any.
pub fn accepted_quote(conn: &mut DbConnection, enquiry_id: &str) -> DbResult<Option<Quote>> {
    Ok(quotes::table
        .filter(quotes::enquiry_id.eq(enquiry_id))
        .filter(quotes::status.eq(QuoteStatus::Accepted))
        .order((quotes::decided_at.desc(), quotes::id.desc()))
        .select(Quote::as_select())
        .first(conn)
        .optional()?)
}

/// Moves an offered quote to `status`; false when it was no longer on offer.
pub fn decide_quote(
    conn: &mut DbConnection,
    quote_id: &str,
    status: QuoteStatus,
    now: NaiveDateTime,
) -> DbResult<bool> {
    let changed = diesel::update(
        quotes::table
            .filter(quotes::id.eq(quote_id))
            .filter(quotes::status.eq(QuoteStatus::Offered)),
    )
    .set((quotes::status.eq(status.as_str()), quotes::decided_at.eq(now)))
    .execute(conn)?;
    Ok(changed == 1)
}

/// A new quote replaces any still on offer in the same conversation.
pub fn supersede_offered(conn: &mut DbConnection, enquiry_id: &str, now: NaiveDateTime) -> DbResult<()> {
    diesel::update(
        quotes::table
            .filter(quotes::enquiry_id.eq(enquiry_id))
            .filter(quotes::status.eq(QuoteStatus::Offered)),
    )
    .set((
        quotes::status.eq(QuoteStatus::Superseded),
        quotes::decided_at.eq(now),
    ))
    .execute(conn)?;
    Ok(())
}

// ---- buy requests ----

pub fn insert_rfq(conn: &mut DbConnection, rfq: &Rfq) -> DbResult<()> {
    diesel::insert_into(rfqs::table).values(rfq).execute(conn)?;
    Ok(())
}

pub fn find_rfq(conn: &mut DbConnection, id: &str) -> DbResult<Option<Rfq>> {
    Ok(rfqs::table
        .find(id)
        .select(Rfq::as_select())
        .first(conn)
        .optional()?)
}

pub fn rfqs_of_buyer(conn: &mut DbConnection, buyer_id: &str) -> DbResult<Vec<Rfq>> {
    Ok(rfqs::table
        .filter(rfqs::buyer_id.eq(buyer_id))
        .order(rfqs::created_at.desc())
        .select(Rfq::as_select())
        .load(conn)?)
}

pub fn rfqs_in_status(conn: &mut DbConnection, status: RfqStatus, limit: i64) -> DbResult<Vec<(Rfq, User)>> {
    Ok(rfqs::table
        .inner_join(users::table.on(users::id.eq(rfqs::buyer_id)))
        .filter(rfqs::status.eq(status.as_str()))
        .order(rfqs::created_at)
        .limit(limit)
        .select((Rfq::as_select(), User::as_select()))
        .load(conn)?)
}

pub fn count_rfqs_in_status(conn: &mut DbConnection, status: RfqStatus) -> DbResult<i64> {
    Ok(rfqs::table
        .filter(rfqs::status.eq(status.as_str()))
        .count()
        .get_result(conn)?)
}

/// Buy requests sent to a producer, newest first.
pub fn rfqs_for_producer(conn: &mut DbConnection, producer_id: &str, limit: i64) -> DbResult<Vec<Rfq>> {
    Ok(rfqs::table
        .inner_join(rfq_recipients::table)
        .filter(rfq_recipients::producer_id.eq(producer_id))
        .order(rfqs::created_at.desc())
        .limit(limit)
        .select(Rfq::as_select())
        .load(conn)?)
}

pub fn is_recipient(conn: &mut DbConnection, rfq_id: &str, producer_id: &str) -> DbResult<bool> {
    let n: i64 = rfq_recipients::table
        .filter(rfq_recipients::rfq_id.eq(rfq_id))
        .filter(rfq_recipients::producer_id.eq(producer_id))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

pub fn recipient_count(conn: &mut DbConnection, rfq_id: &str) -> DbResult<i64> {
    Ok(rfq_recipients::table
        .filter(rfq_recipients::rfq_id.eq(rfq_id))
        .count()
        .get_result(conn)?)
}

pub fn add_recipients(
    conn: &mut DbConnection,
    rfq_id: &str,
    producer_ids: &[String],
    now: NaiveDateTime,
) -> DbResult<()> {
    let rows: Vec<_> = producer_ids
        .iter()
        .map(|p| {
            (
                rfq_recipients::rfq_id.eq(rfq_id),
                rfq_recipients::producer_id.eq(p),
                rfq_recipients::created_at.eq(now),
            )
        })
        .collect();
    insert_in_chunks!(conn, rfq_recipients::table, rows);
    Ok(())
}

/// Records an admin's decision on a pending request; [`transition::Conflict`]
/// when it was no longer pending.
pub fn review_rfq(
    conn: &mut DbConnection,
    id: &str,
    status: RfqStatus,
    admin_id: &str,
    note: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), EnquiryError> {
    let changed = diesel::update(
        rfqs::table
            .filter(rfqs::id.eq(id))
            .filter(rfqs::status.eq(RfqStatus::Pending)),
    )
    .set((
        rfqs::status.eq(status.as_str()),
        rfqs::reviewed_by.eq(admin_id),
        rfqs::reviewed_at.eq(now),
        rfqs::review_note.eq(note),
        rfqs::updated_at.eq(now),
    ))
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(changed)?)
}

/// Closes an open request; [`transition::Conflict`] when it was not open.
pub fn close_rfq(
    conn: &mut DbConnection,
    id: &str,
    reason: CloseReason,
    now: NaiveDateTime,
) -> Result<(), EnquiryError> {
    let changed = diesel::update(
        rfqs::table
            .filter(rfqs::id.eq(id))
            .filter(rfqs::status.eq(RfqStatus::Open)),
    )
    .set((
        rfqs::status.eq(RfqStatus::Closed),
        rfqs::close_reason.eq(reason),
        rfqs::closed_at.eq(now),
        rfqs::updated_at.eq(now),
    ))
    .execute(conn)
    .map_err(DbError::from)?;
    Ok(transition::changed_one(changed)?)
}

/// The conversations that answer one buy request.
pub fn responses_to(conn: &mut DbConnection, rfq_id: &str) -> DbResult<Vec<Enquiry>> {
    Ok(enquiries::table
        .filter(enquiries::rfq_id.eq(rfq_id))
        .order(enquiries::created_at)
        .select(Enquiry::as_select())
        .load(conn)?)
}

pub fn response_of(conn: &mut DbConnection, rfq_id: &str, producer_id: &str) -> DbResult<Option<Enquiry>> {
    Ok(enquiries::table
        .filter(enquiries::rfq_id.eq(rfq_id))
        .filter(enquiries::producer_id.eq(producer_id))
        .select(Enquiry::as_select())
        .first(conn)
        .optional()?)
}

/// A producer's conversations answering these buy requests: request id → conversation id.
pub fn responses_of_producer(
    conn: &mut DbConnection,
    rfq_ids: &[&str],
    producer_id: &str,
) -> DbResult<HashMap<String, String>> {
    Ok(enquiries::table
        .filter(enquiries::rfq_id.eq_any(rfq_ids))
        .filter(enquiries::producer_id.eq(producer_id))
        .select((enquiries::rfq_id, enquiries::id))
        .load::<(Option<String>, String)>(conn)?
        .into_iter()
        .filter_map(|(rfq_id, id)| Some((rfq_id?, id)))
        .collect())
}

/// Every quote sent in answer to a buy request, oldest first.
pub fn quotes_of_rfq(conn: &mut DbConnection, rfq_id: &str) -> DbResult<Vec<Quote>> {
    Ok(quotes::table
        .inner_join(enquiries::table)
        .filter(enquiries::rfq_id.eq(rfq_id))
        .order(quotes::created_at)
        .select(Quote::as_select())
        .load(conn)?)
}

/// What a buyer compares answering producers by.
#[derive(Debug, Clone, Queryable)]
pub struct ProducerStanding {
    pub id: String,
    pub slug: String,
    pub business_name: String,
    pub verified_at: Option<NaiveDateTime>,
    /// The typical minutes to a first reply, once there is one.
    pub reply_minutes: Option<i64>,
}

pub fn producer_standing(conn: &mut DbConnection, ids: &[&str]) -> DbResult<Vec<ProducerStanding>> {
    Ok(producers::table
        .left_join(producer_reply_times::table)
        .filter(producers::id.eq_any(ids))
        .select((
            producers::id,
            producers::slug,
            producers::business_name,
            producers::verified_at,
            producer_reply_times::median_minutes.nullable(),
        ))
        .load(conn)?)
}

/// How many producers have quoted on a buy request (a revised quote counts once).
pub fn quote_count_of_rfq(conn: &mut DbConnection, rfq_id: &str) -> DbResult<i64> {
    Ok(quotes::table
        .inner_join(enquiries::table)
        .filter(enquiries::rfq_id.eq(rfq_id))
        .select(diesel::dsl::count(quotes::enquiry_id).aggregate_distinct())
        .first(conn)?)
}

// ---- spam ----

pub fn insert_spam_report(conn: &mut DbConnection, report: &SpamReport) -> DbResult<()> {
    diesel::insert_into(spam_reports::table)
        .values(report)
        .execute(conn)?;
    Ok(())
}

/// Whether the producer account `reporter_id` has ever reported `buyer_id`
/// as spam: that producer hears no more from the buyer, whatever the admins
/// decide about the buyer's account.
pub fn has_reported(conn: &mut DbConnection, reporter_id: &str, buyer_id: &str) -> DbResult<bool> {
    Ok(diesel::select(diesel::dsl::exists(
        spam_reports::table
            .filter(spam_reports::reporter_id.eq(reporter_id))
            .filter(spam_reports::buyer_id.eq(buyer_id)),
    ))
    .get_result(conn)?)
}

/// Buyers with unresolved spam reports: the buyer and how many reports.
pub fn reported_buyers(conn: &mut DbConnection) -> DbResult<Vec<(User, i64)>> {
    let counts: Vec<(String, i64)> = spam_reports::table
        .filter(spam_reports::resolved_at.is_null())
        .group_by(spam_reports::buyer_id)
        .select((spam_reports::buyer_id, diesel::dsl::count_star()))
        .load(conn)?;
    let ids: Vec<&String> = counts.iter().map(|(id, _)| id).collect();
    let buyers: Vec<User> = users::table
        .filter(users::id.eq_any(ids))
        .select(User::as_select())
        .load(conn)?;
    Ok(buyers
        .into_iter()
        .map(|user| {
            let n = counts
                .iter()
                .find(|(id, _)| user.id == id.as_str())
                .map_or(0, |(_, n)| *n);
            (user, n)
        })
        .collect())
}

/// How many buyers have unresolved spam reports.
pub fn count_reported_buyers(conn: &mut DbConnection) -> DbResult<i64> {
    Ok(spam_reports::table
        .filter(spam_reports::resolved_at.is_null())
        .select(diesel::dsl::count(spam_reports::buyer_id).aggregate_distinct())
        .first(conn)?)
}

pub fn resolve_spam_reports(conn: &mut DbConnection, buyer_id: &str, now: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::update(
        spam_reports::table
            .filter(spam_reports::buyer_id.eq(buyer_id))
            .filter(spam_reports::resolved_at.is_null()),
    )
    .set(spam_reports::resolved_at.eq(now))
    .execute(conn)?)
}
