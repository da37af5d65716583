//! Accounts made and managed by admins (and the command line): creation,
//! invitations, roles, suspension.

use chrono::{NaiveDateTime, TimeDelta};
use serde_json::json;

use super::error::AccountsError;
use super::model::{AuditEvent, AuditFacts, Email, Role, TokenPurpose, User, parse_name};
use super::service::{RequestContext, audit, issue_token, password_problem, send};
use super::{password, repo, sessions};
use crate::db::{Db, DbConnection, DbResult};
use crate::domain::FieldErrors;
use crate::i18n::Message;

/// Creates an account with a given role (admins and the command line); the
/// address counts as verified because an operator vouches for it.
pub async fn create_user(
    db: &Db,
    role: Role,
    email: &str,
    name: &str,
    password: &str,
    actor: Option<&User>,
    ctx: &RequestContext,
) -> Result<User, AccountsError> {
    let mut errors = FieldErrors::new();
    let email = Email::parse(email).map_err(|m| errors.insert("email", m)).ok();
    let name = parse_name(name).map_err(|m| errors.insert("name", m)).ok();
    if let Some(message) = password_problem(
        password,
        name.as_deref().unwrap_or_default(),
        email.as_ref().map_or("", |e| e.as_str()),
    )
    .await?
    {
        errors.insert("password", message);
    }
    let (Some(email), Some(name), true) = (email, name, errors.is_empty()) else {
        return Err(AccountsError::Invalid(errors));
    };
    let hash = password::hash(password).await?;
    let actor_id = actor.map(|a| a.id.clone());
    let ctx = ctx.clone();
    db.write(move |conn| {
        if repo::find_user_by_email(conn, email.as_str())?.is_some() {
            return Err(AccountsError::EmailTaken);
        }
        let user = User {
            id: super::model::UserId::new(),
            email: email.as_str().to_owned(),
            name,
            password_hash: hash,
            role,
            company: None,
            country_code: None,
            email_verified_at: Some(ctx.now),
            password_changed_at: ctx.now,
            created_at: ctx.now,
            updated_at: ctx.now,
            suspended_at: None,
            unread_messages: 0,
            language: None,
            currency: None,
        };
        repo::insert_user(conn, &user)?;
        audit(
            conn,
            AuditEvent::UserCreated,
            (Some(&user.id), actor_id.as_deref()),
            Some(AuditFacts::Role { role }),
            &ctx,
        )?;
        Ok(user)
    })
    .await
}

/// What other areas do when an account is suspended (`true`) or reinstated,
/// in the same transaction: the catalogue withholds a producer's listings.
/// Passed in because those areas depend on accounts, not the other way.
pub type SuspensionFollower = fn(&mut DbConnection, &User, bool, NaiveDateTime) -> DbResult<()>;

/// An admin suspends an account (it can no longer sign in, and its sessions
/// end) or reinstates it, with a reason for the audit log.
pub async fn set_suspended(
    db: &Db,
    admin: &User,
    user_id: String,
    suspend: bool,
    reason: String,
    follow: SuspensionFollower,
    ctx: &RequestContext,
) -> Result<(), AccountsError> {
    let admin_id = admin.id.clone();
    let ctx = ctx.clone();
    db.write(move |conn| {
        let user = repo::find_user(conn, &user_id)?.ok_or(AccountsError::NotFound)?;
        if user.id == admin_id {
            return Err(AccountsError::field(
                "form",
                Message::new("account-form-cannot-suspend-own"),
            ));
        }
        repo::set_suspended(conn, &user.id, suspend, ctx.now)?;
        if suspend {
            sessions::end_all(conn, &user.id)?;
        }
        follow(conn, &user, suspend, ctx.now)?;
        let event = if suspend {
            AuditEvent::Suspended
        } else {
            AuditEvent::Reinstated
        };
        let reason = Some(reason)
            .filter(|r| !r.trim().is_empty())
            .map(|text| AuditFacts::Typed { text });
        Ok(audit(
            conn,
            event,
            (Some(&user.id), Some(&admin_id)),
            reason,
            &ctx,
        )?)
    })
    .await
}

pub async fn change_role(
    db: &Db,
    admin: &User,
    user_id: String,
    role: Role,
    ctx: &RequestContext,
) -> Result<(), AccountsError> {
    let admin_id = admin.id.clone();
    let ctx = ctx.clone();
    db.write(move |conn| {
        let user = repo::find_user(conn, &user_id)?.ok_or(AccountsError::NotFound)?;
        if user.id == admin_id && role != Role::Admin {
            return Err(AccountsError::field(
                "role",
                Message::new("account-role-cannot-remove-own"),
            ));
        }
        repo::set_role(conn, &user.id, role, ctx.now)?;
        Ok(audit(
            conn,
            AuditEvent::RoleChanged,
            (Some(&user.id), Some(&admin_id)),
            Some(AuditFacts::RoleChange {
                from: user.role,
                to: role,
            }),
            &ctx,
        )?)
    })
    .await
}

const INVITE_VALID: TimeDelta = TimeDelta::hours(72);

/// An admin adds an organiser or admin: the account is created with a
/// random password and the person gets a link to choose their own.
pub async fn invite_user(
    db: &Db,
    admin: &User,
    role: Role,
    email: &str,
    name: &str,
    ctx: &RequestContext,
) -> Result<User, AccountsError> {
    let user = create_user(db, role, email, name, &password::generate(), Some(admin), ctx).await?;
    let (invited, inviter) = (user.clone(), admin.name.clone());
    let ctx = ctx.clone();
    db.write(move |conn| {
        let secret = issue_token(
            conn,
            &invited.id,
            TokenPurpose::ResetPassword,
            INVITE_VALID,
            None,
            ctx.now,
        )?;
        send(
            conn,
            &invited.email,
            &invited,
            "account_invite",
            json!({
                "name": invited.name,
                "role": role.as_str(),
                "invited_by": inviter,
                "set_password_url": ctx.link("/reset-password", &secret),
            }),
            ctx.now,
        )?;
        Ok::<_, AccountsError>(())
    })
    .await?;
    Ok(user)
}
