//! Account queries, each inside the caller's transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::model::{ApiToken, AuditRecord, Role, TokenPurpose, User, UserToken};
use crate::db::text_match::{contains_pattern, lower};
use crate::db::{DbConnection, DbResult};
use crate::i18n::Language;
use crate::schema::{api_tokens, audit_events, user_tokens, users};

pub fn insert_user(conn: &mut DbConnection, user: &User) -> DbResult<()> {
    diesel::insert_into(users::table).values(user).execute(conn)?;
    Ok(())
}

pub fn find_user(conn: &mut DbConnection, id: &str) -> DbResult<Option<User>> {
    Ok(users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

/// The accounts with `ids` that exist, in no particular order.
pub fn users_by_ids(conn: &mut DbConnection, ids: &[&str]) -> DbResult<Vec<User>> {
    Ok(users::table
        .filter(users::id.eq_any(ids))
        .select(User::as_select())
        .load(conn)?)
}

pub fn find_user_by_email(conn: &mut DbConnection, email: &str) -> DbResult<Option<User>> {
    Ok(users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

pub fn list_users(conn: &mut DbConnection, role: Option<Role>, limit: i64) -> DbResult<Vec<User>> {
    let mut query = users::table
        .select(User::as_select())
        .order(users::created_at.desc())
        .limit(limit)
        .into_boxed();
    if let Some(role) = role {
        query = query.filter(users::role.eq(role.as_str()));
    }
    Ok(query.load(conn)?)
}

/// Who an administrator looks for in the users list.
#[derive(Debug, Clone, Default)]
pub struct UserSearch {
    pub role: Option<Role>,
    /// Part of a name or e-mail address; empty: everyone.
    pub text: String,
}

/// The accounts matching `search`, newest first, `limit` of them from
/// `offset` on, with how many match in all.
pub fn find_users(
    conn: &mut DbConnection,
    search: &UserSearch,
    (offset, limit): (i64, i64),
) -> DbResult<(i64, Vec<User>)> {
    // The count and the page read the same filters.
    let matching = || {
        let mut query = users::table.into_boxed();
        if let Some(role) = search.role {
            query = query.filter(users::role.eq(role.as_str()));
        }
        let text = search.text.trim();
        if !text.is_empty() {
            let pattern = contains_pattern(&text.to_lowercase());
            query = query.filter(
                lower(users::name)
                    .like(pattern.clone())
                    .escape('\\')
                    .or(lower(users::email).like(pattern).escape('\\')),
            );
        }
        query
    };
    let total = matching().count().get_result(conn)?;
    let found = matching()
        .order((users::created_at.desc(), users::id.desc()))
        .offset(offset)
        .limit(limit)
        .select(User::as_select())
        .load(conn)?;
    Ok((total, found))
}

pub fn count_by_role(conn: &mut DbConnection) -> DbResult<Vec<(String, i64)>> {
    Ok(users::table
        .group_by(users::role)
        .select((users::role, diesel::dsl::count_star()))
        .load(conn)?)
}

pub fn mark_verified(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> DbResult<()> {
    diesel::update(users::table.find(id))
        .set((users::email_verified_at.eq(now), users::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

pub fn set_password(conn: &mut DbConnection, id: &str, hash: &str, now: NaiveDateTime) -> DbResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(hash),
            users::password_changed_at.eq(now),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn set_name(conn: &mut DbConnection, id: &str, name: &str, now: NaiveDateTime) -> DbResult<()> {
    diesel::update(users::table.find(id))
        .set((users::name.eq(name), users::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

pub fn set_language(
    conn: &mut DbConnection,
    id: &str,
    language: Option<Language>,
    now: NaiveDateTime,
) -> DbResult<()> {
    diesel::update(users::table.find(id))
        .set((users::language.eq(language), users::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

pub fn set_currency(
    conn: &mut DbConnection,
    id: &str,
    currency: Option<crate::currency::Currency>,
    now: NaiveDateTime,
) -> DbResult<()> {
    diesel::update(users::table.find(id))
        .set((users::currency.eq(currency), users::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

pub fn set_email(conn: &mut DbConnection, id: &str, email: &str, now: NaiveDateTime) -> DbResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::email.eq(email),
            users::email_verified_at.eq(now),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn set_role(conn: &mut DbConnection, id: &str, role: Role, now: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::update(users::table.find(id))
        .set((users::role.eq(role.as_str()), users::updated_at.eq(now)))
        .execute(conn)?)
}

pub fn set_suspended(
    conn: &mut DbConnection,
    id: &str,
    suspend: bool,
    now: NaiveDateTime,
) -> DbResult<usize> {
    Ok(diesel::update(users::table.find(id))
        .set((
            users::suspended_at.eq(suspend.then_some(now)),
            users::updated_at.eq(now),
        ))
        .execute(conn)?)
}

/// Holds the rows of accounts `ids` until the transaction ends, one by one
/// in id order (so two writers never wait on each other crosswise), before
/// their unread counts change: counted afterwards, in a statement of its
/// own, the total then sees every change that other writers committed.
/// A write that changes nothing, because `FOR UPDATE` is PostgreSQL's only.
pub fn hold_unread(conn: &mut DbConnection, ids: &[&str]) -> DbResult<()> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        diesel::update(users::table.find(id))
            .set(users::unread_messages.eq(users::unread_messages))
            .execute(conn)?;
    }
    Ok(())
}

/// The account's unread enquiry messages and quotes, as counted by the enquiries.
pub fn set_unread_messages(conn: &mut DbConnection, id: &str, count: i64) -> DbResult<()> {
    diesel::update(users::table.find(id))
        .set(users::unread_messages.eq(i32::try_from(count).unwrap_or(i32::MAX)))
        .execute(conn)?;
    Ok(())
}

pub fn insert_token(conn: &mut DbConnection, token: &UserToken) -> DbResult<()> {
    diesel::insert_into(user_tokens::table)
        .values(token)
        .execute(conn)?;
    Ok(())
}

/// An unused, unexpired token with this hash and purpose.
pub fn find_live_token(
    conn: &mut DbConnection,
    token_hash: &str,
    purpose: TokenPurpose,
    now: NaiveDateTime,
) -> DbResult<Option<UserToken>> {
    Ok(user_tokens::table
        .filter(user_tokens::token_hash.eq(token_hash))
        .filter(user_tokens::purpose.eq(purpose.as_str()))
        .filter(user_tokens::used_at.is_null())
        .filter(user_tokens::expires_at.gt(now))
        .select(UserToken::as_select())
        .first(conn)
        .optional()?)
}

/// Marks the token used; `false` if another request used it first.
pub fn use_token(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> DbResult<bool> {
    let changed = diesel::update(user_tokens::table.find(id).filter(user_tokens::used_at.is_null()))
        .set(user_tokens::used_at.eq(now))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Retires a user's outstanding tokens of one purpose (a newer one replaces them).
/// Retires every unused link the user was e-mailed (verification, reset, e-mail change).
pub fn retire_all_tokens(conn: &mut DbConnection, user_id: &str, now: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::update(
        user_tokens::table
            .filter(user_tokens::user_id.eq(user_id))
            .filter(user_tokens::used_at.is_null()),
    )
    .set(user_tokens::used_at.eq(now))
    .execute(conn)?)
}

pub fn retire_tokens(
    conn: &mut DbConnection,
    user_id: &str,
    purpose: TokenPurpose,
    now: NaiveDateTime,
) -> DbResult<()> {
    diesel::update(
        user_tokens::table
            .filter(user_tokens::user_id.eq(user_id))
            .filter(user_tokens::purpose.eq(purpose.as_str()))
            .filter(user_tokens::used_at.is_null()),
    )
    .set(user_tokens::used_at.eq(now))
    .execute(conn)?;
    Ok(())
}

pub fn insert_api_token(conn: &mut DbConnection, token: &ApiToken) -> DbResult<()> {
    diesel::insert_into(api_tokens::table)
        .values(token)
        .execute(conn)?;
    Ok(())
}

/// A user's API tokens, revoked ones too, newest first.
pub fn api_tokens_of(conn: &mut DbConnection, user_id: &str) -> DbResult<Vec<ApiToken>> {
    Ok(api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .order(api_tokens::created_at.desc())
        .select(ApiToken::as_select())
        .load(conn)?)
}

pub fn count_live_api_tokens(conn: &mut DbConnection, user_id: &str) -> DbResult<i64> {
    Ok(api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .filter(api_tokens::revoked_at.is_null())
        .count()
        .get_result(conn)?)
}

/// The unrevoked token with this hash, with its user.
pub fn live_api_token(conn: &mut DbConnection, token_hash: &str) -> DbResult<Option<(ApiToken, User)>> {
    Ok(api_tokens::table
        .inner_join(users::table)
        .filter(api_tokens::token_hash.eq(token_hash))
        .filter(api_tokens::revoked_at.is_null())
        .select((ApiToken::as_select(), User::as_select()))
        .first(conn)
        .optional()?)
}

pub fn touch_api_token(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> DbResult<()> {
    diesel::update(api_tokens::table.find(id))
        .set(api_tokens::last_used_at.eq(now))
        .execute(conn)?;
    Ok(())
}

/// Revokes the user's token `id`; `None` when they have no such unrevoked token.
/// Revokes every live API token of the user; returns how many.
pub fn revoke_all_api_tokens(conn: &mut DbConnection, user_id: &str, now: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::update(
        api_tokens::table
            .filter(api_tokens::user_id.eq(user_id))
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(now))
    .execute(conn)?)
}

pub fn revoke_api_token(
    conn: &mut DbConnection,
    user_id: &str,
    id: &str,
    now: NaiveDateTime,
) -> DbResult<Option<ApiToken>> {
    let token = api_tokens::table
        .filter(api_tokens::id.eq(id))
        .filter(api_tokens::user_id.eq(user_id))
        .filter(api_tokens::revoked_at.is_null())
        .select(ApiToken::as_select())
        .first(conn)
        .optional()?;
    if let Some(token) = &token {
        diesel::update(api_tokens::table.find(&token.id))
            .set(api_tokens::revoked_at.eq(now))
            .execute(conn)?;
    }
    Ok(token)
}

pub fn insert_audit(conn: &mut DbConnection, record: &AuditRecord) -> DbResult<()> {
    diesel::insert_into(audit_events::table)
        .values(record)
        .execute(conn)?;
    Ok(())
}

/// The newest audit events with the e-mail of the account each is about.
pub fn recent_audit(conn: &mut DbConnection, limit: i64) -> DbResult<Vec<(AuditRecord, Option<String>)>> {
    Ok(audit_events::table
        .left_join(users::table.on(users::id.nullable().eq(audit_events::user_id)))
        .order(audit_events::created_at.desc())
        .limit(limit)
        .select((AuditRecord::as_select(), users::email.nullable()))
        .load(conn)?)
}
