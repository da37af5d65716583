//! What the account use cases share: who is asking (`RequestContext`),
//! rate limits, the audit log, one-time links and the e-mails that carry
//! them, password checks. The use cases themselves live beside this file:
//! `signup`, `signin`, `recovery`, `changes` and `admin_users`. Password work
//! runs outside database transactions (it is slow on purpose), so they take
//! the `Db` and open the transactions they need.

use chrono::{NaiveDateTime, TimeDelta};
use serde_json::json;
use url::Url;

use super::error::AccountsError;
use super::model::{AuditEvent, AuditFacts, AuditRecord, TokenPurpose, User, UserToken};
use super::{password, repo, tokens};
use crate::db::{Db, DbConnection, DbError, DbResult};
use crate::domain::LocalPath;
use crate::i18n::Message;
use crate::mail::{self, OutgoingEmail};
use crate::rate_limit::{self, Limit};

/// How long an address-confirmation link works.
pub(super) const VERIFY_EMAIL_VALID: TimeDelta = TimeDelta::hours(24);
/// Links e-mailed to one account (reset, new confirmation) per hour.
pub(super) const LINKS_PER_ACCOUNT: Limit = Limit::per_minutes(3, 60);
/// Guesses at the current password on the account page (changing the
/// password or the address), per account.
const CURRENT_PASSWORD_PER_ACCOUNT: Limit = Limit::per_minutes(5, 15);

/// Who is asking, from where, and when.
#[derive(Debug, Clone)]
pub struct RequestContext {
    pub ip: Option<String>,
    pub base_url: Url,
    pub now: NaiveDateTime,
}

impl RequestContext {
    pub(super) fn link(&self, path: &str, secret: &str) -> String {
        self.link_then(path, secret, None)
    }

    /// A link to `path` with `secret`, and the page to go on to once it is
    /// followed.
    pub(super) fn link_then(&self, path: &str, secret: &str, next: Option<&LocalPath>) -> String {
        let mut url = self.base_url.clone();
        url.set_path(path);
        let query = match next {
            Some(next) => format!("token={secret}&next={}", next.encoded()),
            None => format!("token={secret}"),
        };
        url.set_query(Some(&query));
        url.to_string()
    }
}

pub(super) fn limited(
    conn: &mut DbConnection,
    bucket: String,
    limit: Limit,
    now: NaiveDateTime,
) -> Result<(), AccountsError> {
    rate_limit::hit(conn, &bucket, limit, now)?.map_err(AccountsError::RateLimited)
}

/// Records `event` about `user_id` (by `actor_id`, an admin, when not
/// themself) with what it says besides its name.
pub fn audit(
    conn: &mut DbConnection,
    event: AuditEvent,
    (user_id, actor_id): (Option<&str>, Option<&str>),
    facts: Option<AuditFacts>,
    ctx: &RequestContext,
) -> DbResult<()> {
    let facts = facts
        .map(|facts| serde_json::to_string(&facts))
        .transpose()
        .map_err(|e| DbError::Query(diesel::result::Error::SerializationError(Box::new(e))))?;
    repo::insert_audit(
        conn,
        &AuditRecord {
            id: uuid::Uuid::now_v7().to_string(),
            user_id: user_id.map(str::to_owned),
            actor_id: actor_id.map(str::to_owned),
            event: event.as_str().to_owned(),
            detail: String::new(),
            ip: ctx.ip.clone(),
            created_at: ctx.now,
            facts,
        },
    )
}

/// Issues a single-use token and returns the secret for the link.
pub(super) fn issue_token(
    conn: &mut DbConnection,
    user_id: &str,
    purpose: TokenPurpose,
    valid_for: TimeDelta,
    new_email: Option<&str>,
    now: NaiveDateTime,
) -> DbResult<String> {
    repo::retire_tokens(conn, user_id, purpose, now)?;
    let secret = tokens::new_secret();
    repo::insert_token(
        conn,
        &UserToken {
            id: uuid::Uuid::now_v7().to_string(),
            user_id: user_id.to_owned(),
            purpose: purpose.as_str().to_owned(),
            token_hash: tokens::digest(&secret),
            new_email: new_email.map(str::to_owned),
            expires_at: now + valid_for,
            used_at: None,
            created_at: now,
        },
    )?;
    Ok(secret)
}

pub(super) fn send(
    conn: &mut DbConnection,
    to: &str,
    user: &User,
    template: &str,
    context: serde_json::Value,
    now: NaiveDateTime,
) -> DbResult<()> {
    mail::enqueue(
        conn,
        OutgoingEmail {
            to: to.to_owned(),
            to_name: Some(user.name.clone()),
            template: template.to_owned(),
            context,
            language: user.language,
            attachments: Vec::new(),
        },
        now,
    )?;
    Ok(())
}

/// E-mails `user` a link that confirms their address and then, if given,
/// goes on to `next` (the page that sign-up began from).
pub(super) fn send_verification(
    conn: &mut DbConnection,
    user: &User,
    ctx: &RequestContext,
    next: Option<&LocalPath>,
) -> DbResult<()> {
    let secret = issue_token(
        conn,
        &user.id,
        TokenPurpose::VerifyEmail,
        VERIFY_EMAIL_VALID,
        None,
        ctx.now,
    )?;
    send(
        conn,
        &user.email,
        user,
        "verify_email",
        json!({ "name": user.name, "verify_url": ctx.link_then("/verify-email", &secret, next) }),
        ctx.now,
    )
}

/// Why a new password is refused, if it is.
pub(super) async fn password_problem(
    password: &str,
    name: &str,
    email: &str,
) -> Result<Option<Message>, AccountsError> {
    let local = email.split('@').next().unwrap_or_default();
    Ok(password::assess(password, &[name, local, "odop", "bazaar"])
        .await?
        .err())
}

/// Counts a guess at the user's current password, then checks it.
pub(super) async fn check_current_password(
    db: &Db,
    user: &User,
    field: &'static str,
    guess: &str,
    now: NaiveDateTime,
) -> Result<(), AccountsError> {
    let bucket = format!("current-password:{}", user.id);
    db.write(move |conn| limited(conn, bucket, CURRENT_PASSWORD_PER_ACCOUNT, now))
        .await?;
    if !password::verify(guess, Some(&user.password_hash)).await? {
        return Err(AccountsError::field(
            field,
            Message::new("account-not-current-password"),
        ));
    }
    Ok(())
}

pub async fn find_user(db: &Db, id: String) -> Result<Option<User>, AccountsError> {
    db.read(move |conn| Ok(repo::find_user(conn, &id)?)).await
}

/// A random token for a session's forms (CSRF protection).
pub fn new_form_token() -> String {
    tokens::new_secret()
}
