//! API tokens: secrets a person's own programs send as `Authorization:
//! Bearer odop_…` to act as them. Only the SHA-256 of a secret is stored (as
//! for the links we e-mail), so it is shown once, when it is made.

use chrono::{NaiveDateTime, TimeDelta};

use super::credentials::{self, Change};
use super::error::AccountsError;
use super::model::{ApiToken, AuditEvent, AuditFacts, User};
use super::service::{RequestContext, audit};
use super::{repo, tokens};
use crate::db::Db;
use crate::i18n::Message;

/// Every secret starts with this, so it is recognisable in a configuration
/// file or a leaked log.
pub const SECRET_PREFIX: &str = "odop_";
/// Unrevoked tokens one account may hold.
pub const MAX_LIVE_TOKENS: i64 = 20;
/// The form field a token's name is typed in (its errors are keyed by it).
pub const NAME_FIELD: &str = "token_name";
const MAX_NAME_CHARS: usize = 60;
/// `last_used_at` is written at most this often per token, so that a busy
/// program does not turn every request into a write.
const TOUCH_INTERVAL: TimeDelta = TimeDelta::minutes(1);

/// A token just made, with the secret to show once.
pub struct IssuedToken {
    pub token: ApiToken,
    pub secret: String,
}

fn parse_name(text: &str) -> Result<String, AccountsError> {
    let name = text.trim();
    match name.chars().count() {
        0 => Err(AccountsError::field(
            NAME_FIELD,
            Message::new("account-token-name-needed"),
        )),
        n if n > MAX_NAME_CHARS => Err(AccountsError::field(
            NAME_FIELD,
            Message::new("account-token-name-too-long").with("max", MAX_NAME_CHARS),
        )),
        _ => Ok(name.to_owned()),
    }
}

pub async fn create(
    db: &Db,
    user: &User,
    name: &str,
    ctx: &RequestContext,
) -> Result<IssuedToken, AccountsError> {
    // An unconfirmed account may belong to someone who typed another
    // person's address; it gets no credential that outlives the owner's
    // recovery of it.
    if !user.is_verified() {
        return Err(AccountsError::NotVerified);
    }
    let name = parse_name(name)?;
    let (user, ctx) = (user.clone(), ctx.clone());
    let user_id = user.id.clone();
    db.write(move |conn| {
        if repo::count_live_api_tokens(conn, &user_id)? >= MAX_LIVE_TOKENS {
            return Err(AccountsError::field(
                NAME_FIELD,
                Message::new("account-token-too-many").with("max", MAX_LIVE_TOKENS),
            ));
        }
        let secret = format!("{SECRET_PREFIX}{}", tokens::new_secret());
        let token = ApiToken {
            id: uuid::Uuid::now_v7().to_string(),
            user_id: user_id.to_string(),
            name,
            token_hash: tokens::digest(&secret),
            created_at: ctx.now,
            last_used_at: None,
            revoked_at: None,
        };
        repo::insert_api_token(conn, &token)?;
        audit(
            conn,
            AuditEvent::ApiTokenCreated,
            (Some(&user_id), None),
            Some(AuditFacts::Typed {
                text: token.name.clone(),
            }),
            &ctx,
        )?;
        let change = Change::ApiTokenCreated {
            name: token.name.clone(),
        };
        credentials::notify(conn, &user, &change, &ctx)?;
        Ok(IssuedToken { token, secret })
    })
    .await
}

/// The user's tokens, revoked ones too, newest first.
pub async fn list(db: &Db, user: &User) -> Result<Vec<ApiToken>, AccountsError> {
    let user_id = user.id.clone();
    db.read(move |conn| Ok(repo::api_tokens_of(conn, &user_id)?))
        .await
}

/// Revokes one of the user's own tokens; programs using it are refused from now on.
pub async fn revoke(db: &Db, user: &User, id: &str, ctx: &RequestContext) -> Result<ApiToken, AccountsError> {
    let (user_id, id, ctx) = (user.id.clone(), id.to_owned(), ctx.clone());
    db.write(move |conn| {
        let token =
            repo::revoke_api_token(conn, &user_id, &id, ctx.now)?.ok_or(AccountsError::NoSuchApiToken)?;
        audit(
            conn,
            AuditEvent::ApiTokenRevoked,
            (Some(&user_id), None),
            Some(AuditFacts::Typed {
                text: token.name.clone(),
            }),
            &ctx,
        )?;
        Ok(token)
    })
    .await
}

/// The user an unrevoked token belongs to; `None` for anything else.
pub async fn authenticate(db: &Db, secret: &str, now: NaiveDateTime) -> Result<Option<User>, AccountsError> {
    if !secret.starts_with(SECRET_PREFIX) {
        return Ok(None);
    }
    let digest = tokens::digest(secret);
    let found = db
        .read(move |conn| Ok::<_, AccountsError>(repo::live_api_token(conn, &digest)?))
        .await?;
    let Some((token, user)) = found else {
        return Ok(None);
    };
    if user.is_suspended() {
        return Err(AccountsError::Suspended);
    }
    if !user.is_verified() {
        return Ok(None);
    }
    if token.last_used_at.is_none_or(|at| now - at >= TOUCH_INTERVAL) {
        db.write(move |conn| Ok::<_, AccountsError>(repo::touch_api_token(conn, &token.id, now)?))
            .await?;
    }
    Ok(Some(user))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(parse_name("  Stock sync ").unwrap(), "Stock sync");
        assert!(matches!(parse_name("   "), Err(AccountsError::Invalid(e)) if e.contains_key(NAME_FIELD)));
        assert!(parse_name(&"x".repeat(61)).is_err());
    }
}
