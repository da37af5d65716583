//! A forgotten password: the e-mailed reset link and the new password.

use chrono::{NaiveDateTime, TimeDelta};
use serde_json::json;

use super::credentials::{self, Change};
use super::error::AccountsError;
use super::model::{AuditEvent, Email, TokenPurpose, User};
use super::service::{
    LINKS_PER_ACCOUNT, RequestContext, audit, issue_token, limited, password_problem, send,
};
use super::{password, repo, tokens};
use crate::db::Db;
use crate::rate_limit::{self, Limit};

const RESET_PASSWORD_VALID: TimeDelta = TimeDelta::hours(1);
const RESET_PER_IP: Limit = Limit::per_minutes(10, 60);

/// Sends a reset link if the address has an account; says nothing either way.
pub async fn request_password_reset(db: &Db, email: &str, ctx: &RequestContext) -> Result<(), AccountsError> {
    let email = Email::parse(email).map_err(|m| AccountsError::field("email", m))?;
    let ctx = ctx.clone();
    db.write(move |conn| {
        if let Some(ip) = &ctx.ip {
            limited(
                conn,
                rate_limit::client_bucket("reset", ip),
                RESET_PER_IP,
                ctx.now,
            )?;
        }
        limited(
            conn,
            format!("reset:account:{}", email.as_str()),
            LINKS_PER_ACCOUNT,
            ctx.now,
        )?;
        if let Some(user) = repo::find_user_by_email(conn, email.as_str())? {
            let secret = issue_token(
                conn,
                &user.id,
                TokenPurpose::ResetPassword,
                RESET_PASSWORD_VALID,
                None,
                ctx.now,
            )?;
            send(
                conn,
                &user.email,
                &user,
                "password_reset",
                json!({ "name": user.name, "reset_url": ctx.link("/reset-password", &secret) }),
                ctx.now,
            )?;
        }
        Ok(())
    })
    .await
}

/// Whether a reset link is still good (to show the form or an "expired" page).
pub async fn reset_token_is_live(db: &Db, secret: String, now: NaiveDateTime) -> Result<bool, AccountsError> {
    db.read(move |conn| {
        Ok(
            repo::find_live_token(conn, &tokens::digest(&secret), TokenPurpose::ResetPassword, now)?
                .is_some(),
        )
    })
    .await
}

pub async fn reset_password(
    db: &Db,
    secret: String,
    new_password: &str,
    ctx: &RequestContext,
) -> Result<User, AccountsError> {
    let digest = tokens::digest(&secret);
    let now = ctx.now;
    let lookup = digest.clone();
    let (token, user) = db
        .read(move |conn| {
            let token = repo::find_live_token(conn, &lookup, TokenPurpose::ResetPassword, now)?
                .ok_or(AccountsError::TokenInvalid)?;
            let user = repo::find_user(conn, &token.user_id)?.ok_or(AccountsError::TokenInvalid)?;
            Ok::<_, AccountsError>((token, user))
        })
        .await?;
    if let Some(message) = password_problem(new_password, &user.name, &user.email).await? {
        return Err(AccountsError::field("password", message));
    }
    let hash = password::hash(new_password).await?;
    let ctx = ctx.clone();
    db.write(move |conn| {
        if !repo::use_token(conn, &token.id, ctx.now)? {
            return Err(AccountsError::TokenInvalid);
        }
        repo::set_password(conn, &user.id, &hash, ctx.now)?;
        // Whoever knew the old password may hold a session, a token or a link; none survives.
        credentials::secure_after(conn, &user.id, &Change::PasswordReset, &ctx)?;
        credentials::notify(conn, &user, &Change::PasswordReset, &ctx)?;
        // Following the link proves the address, too.
        if !user.is_verified() {
            repo::mark_verified(conn, &user.id, ctx.now)?;
        }
        audit(
            conn,
            AuditEvent::PasswordReset,
            (Some(&user.id), None),
            None,
            &ctx,
        )?;
        repo::find_user(conn, &user.id)?.ok_or(AccountsError::NotFound)
    })
    .await
}
