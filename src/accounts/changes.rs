//! What a signed-in person changes on their account: name, password, address.

use chrono::NaiveDateTime;
use serde_json::json;

use super::credentials::{self, Change};
use super::error::AccountsError;
use super::model::{AuditEvent, Email, TokenPurpose, User, parse_name};
use super::service::{
    RequestContext, VERIFY_EMAIL_VALID, audit, check_current_password, issue_token, password_problem, send,
};
use super::{password, repo};
use crate::db::Db;
use crate::i18n::Language;
use crate::i18n::Message;

pub async fn change_name(db: &Db, user: &User, name: &str, now: NaiveDateTime) -> Result<(), AccountsError> {
    let name = parse_name(name).map_err(|m| AccountsError::field("name", m))?;
    let id = user.id.clone();
    db.write(move |conn| Ok(repo::set_name(conn, &id, &name, now)?))
        .await
}

/// The language the account reads the site and its e-mails in (`None`:
/// the browser's).
pub async fn change_language(
    db: &Db,
    user: &User,
    language: Option<Language>,
    now: NaiveDateTime,
) -> Result<(), AccountsError> {
    let id = user.id.clone();
    db.write(move |conn| Ok(repo::set_language(conn, &id, language, now)?))
        .await
}

/// The currency the account reads prices in; the caller has checked that
/// prices can be shown in it.
pub async fn change_currency(
    db: &Db,
    user: &User,
    currency: Option<crate::currency::Currency>,
    now: NaiveDateTime,
) -> Result<(), AccountsError> {
    let id = user.id.clone();
    db.write(move |conn| Ok(repo::set_currency(conn, &id, currency, now)?))
        .await
}

pub async fn change_password(
    db: &Db,
    user: &User,
    current: &str,
    new_password: &str,
    ctx: &RequestContext,
) -> Result<(), AccountsError> {
    check_current_password(db, user, "current_password", current, ctx.now).await?;
    if let Some(message) = password_problem(new_password, &user.name, &user.email).await? {
        return Err(AccountsError::field("new_password", message));
    }
    let hash = password::hash(new_password).await?;
    let user = user.clone();
    let ctx = ctx.clone();
    db.write(move |conn| {
        repo::set_password(conn, &user.id, &hash, ctx.now)?;
        // Every session ends; the caller starts a new one for the browser that asked.
        credentials::secure_after(conn, &user.id, &Change::PasswordChanged, &ctx)?;
        credentials::notify(conn, &user, &Change::PasswordChanged, &ctx)?;
        Ok(audit(
            conn,
            AuditEvent::PasswordChanged,
            (Some(&user.id), None),
            None,
            &ctx,
        )?)
    })
    .await
}

/// Sends a confirmation link to the new address; the change happens when it is followed.
pub async fn request_email_change(
    db: &Db,
    user: &User,
    new_email: &str,
    current: &str,
    ctx: &RequestContext,
) -> Result<(), AccountsError> {
    let email = Email::parse(new_email).map_err(|m| AccountsError::field("new_email", m))?;
    if email.as_str() == user.email {
        return Err(AccountsError::field(
            "new_email",
            Message::new("account-new-email-already-address"),
        ));
    }
    check_current_password(db, user, "email_password", current, ctx.now).await?;
    let user = user.clone();
    let ctx = ctx.clone();
    db.write(move |conn| {
        // The answer is the same whether or not another account has the
        // address, so the form cannot be used to find out who has one; the
        // change would be refused when the link is followed.
        if repo::find_user_by_email(conn, email.as_str())?.is_some() {
            tracing::info!(email = %email.masked(), "e-mail change to an address in use; nothing sent");
            return Ok(());
        }
        let secret = issue_token(conn, &user.id, TokenPurpose::ChangeEmail, VERIFY_EMAIL_VALID, Some(email.as_str()), ctx.now)?;
        send(
            conn,
            email.as_str(),
            &user,
            "email_change",
            json!({ "name": user.name, "new_email": email.as_str(), "verify_url": ctx.link("/verify-email", &secret) }),
            ctx.now,
        )?;
        Ok(())
    })
    .await
}
