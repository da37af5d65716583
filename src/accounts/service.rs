//! Account use cases. Password hashing runs outside database transactions
//! (it is slow on purpose), so these functions take the `Db` and open the
//! transactions they need.

use chrono::{NaiveDateTime, TimeDelta};
use serde_json::json;
use url::Url;

use super::error::AccountsError;
use super::model::{AuditEvent, AuditRecord, Email, Role, TokenPurpose, User, UserToken, parse_name};
use super::{password, repo, sessions, tokens};
use crate::db::{Db, DbConnection, DbResult};
use crate::domain::FieldErrors;
use crate::mail::{self, OutgoingEmail};
use crate::rate_limit::{self, Limit};

const VERIFY_EMAIL_VALID: TimeDelta = TimeDelta::hours(24);
const RESET_PASSWORD_VALID: TimeDelta = TimeDelta::hours(1);

const SIGN_UP_PER_IP: Limit = Limit::per_minutes(10, 60);
const SIGN_IN_PER_IP: Limit = Limit::per_minutes(20, 15);
const SIGN_IN_PER_ACCOUNT: Limit = Limit::per_minutes(10, 15);
const RESET_PER_IP: Limit = Limit::per_minutes(10, 60);
const RESET_PER_ACCOUNT: Limit = Limit::per_minutes(3, 60);

/// Who is asking, from where, and when.
#[derive(Debug, Clone)]
pub struct RequestContext {
    pub ip: Option<String>,
    pub base_url: Url,
    pub now: NaiveDateTime,
}

impl RequestContext {
    fn link(&self, path: &str, secret: &str) -> String {
        let mut url = self.base_url.clone();
        url.set_path(path);
        url.set_query(Some(&format!("token={secret}")));
        url.to_string()
    }
}

/// What a sign-up form sends.
#[derive(Debug, Clone, Default)]
pub struct SignUpInput {
    pub name: String,
    pub email: String,
    pub password: String,
    pub role: String,
    pub company: String,
    pub country: String,
}

fn limited(
    conn: &mut DbConnection,
    bucket: String,
    limit: Limit,
    now: NaiveDateTime,
) -> Result<(), AccountsError> {
    rate_limit::hit(conn, &bucket, limit, now)?.map_err(AccountsError::RateLimited)
}

pub fn audit(
    conn: &mut DbConnection,
    event: AuditEvent,
    user_id: Option<&str>,
    actor_id: Option<&str>,
    detail: String,
    ctx: &RequestContext,
) -> DbResult<()> {
    repo::insert_audit(
        conn,
        &AuditRecord {
            id: uuid::Uuid::now_v7().to_string(),
            user_id: user_id.map(str::to_owned),
            actor_id: actor_id.map(str::to_owned),
            event: event.as_str().to_owned(),
            detail,
            ip: ctx.ip.clone(),
            created_at: ctx.now,
        },
    )
}

/// Issues a single-use token and returns the secret for the link.
fn issue_token(
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

fn send(
    conn: &mut DbConnection,
    to: &str,
    name: &str,
    template: &str,
    context: serde_json::Value,
    now: NaiveDateTime,
) -> DbResult<()> {
    mail::enqueue(
        conn,
        OutgoingEmail {
            to: to.to_owned(),
            to_name: Some(name.to_owned()),
            template: template.to_owned(),
            context,
            attachments: Vec::new(),
        },
        now,
    )?;
    Ok(())
}

fn send_verification(conn: &mut DbConnection, user: &User, ctx: &RequestContext) -> DbResult<()> {
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
        &user.name,
        "verify_email",
        json!({ "name": user.name, "verify_url": ctx.link("/verify-email", &secret) }),
        ctx.now,
    )
}

fn password_error(password: &str, name: &str, email: &str) -> Option<String> {
    let local = email.split('@').next().unwrap_or_default();
    password::check_new(password, &[name, local, "odop", "bazaar"]).err()
}

fn hash_password(password: &str) -> Result<String, AccountsError> {
    password::hash(password)
        .map_err(|e| AccountsError::Unexpected(anyhow::anyhow!("hashing a password: {e}")))
}

/// Registers a producer or buyer and e-mails a verification link. An
/// address that already has an account gets an e-mail saying so instead,
/// and the caller sees the same outcome either way.
pub async fn sign_up(db: &Db, input: SignUpInput, ctx: &RequestContext) -> Result<(), AccountsError> {
    let mut errors = FieldErrors::new();
    let name = parse_name(&input.name).map_err(|m| errors.insert("name", m)).ok();
    let email = Email::parse(&input.email)
        .map_err(|m| errors.insert("email", m))
        .ok();
    let role = match Role::parse(&input.role) {
        Some(role) if role.self_service() => Some(role),
        _ => {
            errors.insert(
                "role",
                "Choose whether you sell (producer) or buy (buyer).".into(),
            );
            None
        }
    };
    if let Some(message) = password_error(&input.password, &input.name, &input.email) {
        errors.insert("password", message);
    }
    let company = input.company.trim().to_owned();
    let country = input.country.trim().to_uppercase();
    if role == Some(Role::Buyer) {
        if company.is_empty() {
            errors.insert("company", "Enter your company's name.".into());
        } else if company.chars().count() > 150 {
            errors.insert("company", "Keep the company name under 150 characters.".into());
        }
        if country.is_empty() {
            errors.insert("country", "Choose the country your company is in.".into());
        }
    }
    let (Some(name), Some(email), Some(role)) = (name, email, role) else {
        return Err(AccountsError::Invalid(errors));
    };
    if !errors.is_empty() {
        return Err(AccountsError::Invalid(errors));
    }
    let password_hash = hash_password(&input.password)?;
    let ctx = ctx.clone();
    db.write(move |conn| {
        if let Some(ip) = &ctx.ip {
            limited(
                conn,
                rate_limit::client_bucket("signup", ip),
                SIGN_UP_PER_IP,
                ctx.now,
            )?;
        }
        let (company, country) = if role == Role::Buyer {
            if crate::directory::repo::country_name(conn, &country)?.is_none() {
                return Err(AccountsError::field("country", "Choose a country from the list."));
            }
            (Some(company), Some(country))
        } else {
            (None, None)
        };
        if let Some(existing) = repo::find_user_by_email(conn, email.as_str())? {
            tracing::info!(email = %email.masked(), "sign-up for an existing address; telling its owner");
            return send(
                conn,
                &existing.email,
                &existing.name,
                "account_exists",
                json!({
                    "name": existing.name,
                    "login_url": ctx.link("/login", "").trim_end_matches("?token=").to_owned(),
                    "reset_url": ctx.link("/forgot-password", "").trim_end_matches("?token=").to_owned(),
                }),
                ctx.now,
            )
            .map_err(Into::into);
        }
        let user = User {
            id: super::model::UserId::new(),
            email: email.as_str().to_owned(),
            name,
            password_hash,
            role,
            company,
            country_code: country,
            email_verified_at: None,
            password_changed_at: ctx.now,
            created_at: ctx.now,
            updated_at: ctx.now,
            suspended_at: None,
        };
        repo::insert_user(conn, &user)?;
        audit(
            conn,
            AuditEvent::SignedUp,
            Some(&user.id),
            None,
            format!("as {}", role.as_str()),
            &ctx,
        )?;
        send_verification(conn, &user, &ctx)?;
        Ok(())
    })
    .await
}

/// Checks credentials under per-IP and per-account limits. Every attempt is audited.
pub async fn sign_in(
    db: &Db,
    email: &str,
    password: &str,
    ctx: &RequestContext,
) -> Result<User, AccountsError> {
    let email = Email::parse(email).map_err(|_| AccountsError::WrongCredentials)?;
    let lookup_ctx = ctx.clone();
    let lookup_email = email.clone();
    let user = db
        .write(move |conn| {
            if let Some(ip) = &lookup_ctx.ip {
                limited(
                    conn,
                    rate_limit::client_bucket("login", ip),
                    SIGN_IN_PER_IP,
                    lookup_ctx.now,
                )?;
            }
            limited(
                conn,
                format!("login:account:{}", lookup_email.as_str()),
                SIGN_IN_PER_ACCOUNT,
                lookup_ctx.now,
            )?;
            Ok::<_, AccountsError>(repo::find_user_by_email(conn, lookup_email.as_str())?)
        })
        .await?;
    let candidate = password.to_owned();
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let matches = tokio::task::spawn_blocking(move || password::verify(&candidate, stored.as_deref()))
        .await
        .map_err(|e| AccountsError::Unexpected(e.into()))?;
    let ctx = ctx.clone();
    // The failure is audited in a committed transaction, then reported.
    let signed_in = db
        .write(move |conn| match user {
            Some(user) if matches && user.is_suspended() => Err(AccountsError::Suspended),
            Some(user) if matches => {
                audit(
                    conn,
                    AuditEvent::SignInSucceeded,
                    Some(&user.id),
                    None,
                    String::new(),
                    &ctx,
                )?;
                Ok::<_, AccountsError>(Some(user))
            }
            other => {
                let detail = format!("for {}", email.masked());
                audit(
                    conn,
                    AuditEvent::SignInFailed,
                    other.as_ref().map(|u| u.id.as_str()),
                    None,
                    detail,
                    &ctx,
                )?;
                Ok(None)
            }
        })
        .await?;
    signed_in.ok_or(AccountsError::WrongCredentials)
}

pub async fn record_sign_out(db: &Db, user_id: String, ctx: &RequestContext) -> Result<(), AccountsError> {
    let ctx = ctx.clone();
    db.write(move |conn| {
        Ok(audit(
            conn,
            AuditEvent::SignedOut,
            Some(&user_id),
            None,
            String::new(),
            &ctx,
        )?)
    })
    .await
}

pub async fn find_user(db: &Db, id: String) -> Result<Option<User>, AccountsError> {
    db.read(move |conn| Ok(repo::find_user(conn, &id)?)).await
}

/// Follows a verification or e-mail change link.
pub async fn confirm_email(db: &Db, secret: String, ctx: &RequestContext) -> Result<User, AccountsError> {
    let ctx = ctx.clone();
    db.write(move |conn| {
        let digest = tokens::digest(&secret);
        let verify = repo::find_live_token(conn, &digest, TokenPurpose::VerifyEmail, ctx.now)?;
        let token = match verify {
            Some(token) => token,
            None => repo::find_live_token(conn, &digest, TokenPurpose::ChangeEmail, ctx.now)?
                .ok_or(AccountsError::TokenInvalid)?,
        };
        if !repo::use_token(conn, &token.id, ctx.now)? {
            return Err(AccountsError::TokenInvalid);
        }
        let user = repo::find_user(conn, &token.user_id)?.ok_or(AccountsError::TokenInvalid)?;
        match token.new_email {
            Some(new_email) => {
                if repo::find_user_by_email(conn, &new_email)?.is_some() {
                    return Err(AccountsError::EmailTaken);
                }
                repo::set_email(conn, &user.id, &new_email, ctx.now)?;
                let detail = format!(
                    "from {}",
                    Email::parse(&user.email).map(|e| e.masked()).unwrap_or_default()
                );
                audit(conn, AuditEvent::EmailChanged, Some(&user.id), None, detail, &ctx)?;
            }
            None => {
                repo::mark_verified(conn, &user.id, ctx.now)?;
                audit(
                    conn,
                    AuditEvent::EmailVerified,
                    Some(&user.id),
                    None,
                    String::new(),
                    &ctx,
                )?;
            }
        }
        repo::find_user(conn, &user.id)?.ok_or(AccountsError::NotFound)
    })
    .await
}

pub async fn resend_verification(
    db: &Db,
    user_id: String,
    ctx: &RequestContext,
) -> Result<(), AccountsError> {
    let ctx = ctx.clone();
    db.write(move |conn| {
        limited(
            conn,
            format!("verify:account:{user_id}"),
            RESET_PER_ACCOUNT,
            ctx.now,
        )?;
        let user = repo::find_user(conn, &user_id)?.ok_or(AccountsError::NotFound)?;
        if !user.is_verified() {
            send_verification(conn, &user, &ctx)?;
        }
        Ok(())
    })
    .await
}

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
            RESET_PER_ACCOUNT,
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
                &user.name,
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
    if let Some(message) = password_error(new_password, &user.name, &user.email) {
        return Err(AccountsError::field("password", message));
    }
    let hash = hash_password(new_password)?;
    let ctx = ctx.clone();
    db.write(move |conn| {
        if !repo::use_token(conn, &token.id, ctx.now)? {
            return Err(AccountsError::TokenInvalid);
        }
        repo::set_password(conn, &user.id, &hash, ctx.now)?;
        // Whoever knew the old password may hold a session; none survives.
        sessions::end_all(conn, &user.id)?;
        // Following the link proves the address, too.
        if !user.is_verified() {
            repo::mark_verified(conn, &user.id, ctx.now)?;
        }
        audit(
            conn,
            AuditEvent::PasswordReset,
            Some(&user.id),
            None,
            String::new(),
            &ctx,
        )?;
        repo::find_user(conn, &user.id)?.ok_or(AccountsError::NotFound)
    })
    .await
}

pub async fn change_name(db: &Db, user: &User, name: &str, now: NaiveDateTime) -> Result<(), AccountsError> {
    let name = parse_name(name).map_err(|m| AccountsError::field("name", m))?;
    let id = user.id.clone();
    db.write(move |conn| Ok(repo::set_name(conn, &id, &name, now)?))
        .await
}

pub async fn change_password(
    db: &Db,
    user: &User,
    current: &str,
    new_password: &str,
    ctx: &RequestContext,
) -> Result<(), AccountsError> {
    if !password::verify(current, Some(&user.password_hash)) {
        return Err(AccountsError::field(
            "current_password",
            "That is not your current password.",
        ));
    }
    if let Some(message) = password_error(new_password, &user.name, &user.email) {
        return Err(AccountsError::field("new_password", message));
    }
    let hash = hash_password(new_password)?;
    let id = user.id.clone();
    let ctx = ctx.clone();
    db.write(move |conn| {
        repo::set_password(conn, &id, &hash, ctx.now)?;
        // Every session ends; the caller starts a new one for the browser that asked.
        sessions::end_all(conn, &id)?;
        Ok(audit(
            conn,
            AuditEvent::PasswordChanged,
            Some(&id),
            None,
            String::new(),
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
        return Err(AccountsError::field("new_email", "That is already your address."));
    }
    if !password::verify(current, Some(&user.password_hash)) {
        return Err(AccountsError::field(
            "email_password",
            "That is not your current password.",
        ));
    }
    let user = user.clone();
    let ctx = ctx.clone();
    db.write(move |conn| {
        if repo::find_user_by_email(conn, email.as_str())?.is_some() {
            return Err(AccountsError::field("new_email", "Another account uses that address."));
        }
        let secret = issue_token(conn, &user.id, TokenPurpose::ChangeEmail, VERIFY_EMAIL_VALID, Some(email.as_str()), ctx.now)?;
        send(
            conn,
            email.as_str(),
            &user.name,
            "email_change",
            json!({ "name": user.name, "new_email": email.as_str(), "verify_url": ctx.link("/verify-email", &secret) }),
            ctx.now,
        )?;
        Ok(())
    })
    .await
}

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
    if let Some(message) = password_error(
        password,
        name.as_deref().unwrap_or_default(),
        email.as_ref().map_or("", |e| e.as_str()),
    ) {
        errors.insert("password", message);
    }
    let (Some(email), Some(name), true) = (email, name, errors.is_empty()) else {
        return Err(AccountsError::Invalid(errors));
    };
    let hash = hash_password(password)?;
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
        };
        repo::insert_user(conn, &user)?;
        audit(
            conn,
            AuditEvent::UserCreated,
            Some(&user.id),
            actor_id.as_deref(),
            format!("as {}", role.as_str()),
            &ctx,
        )?;
        Ok(user)
    })
    .await
}

/// An admin suspends an account (it can no longer sign in, and its sessions
/// end) or reinstates it, with a reason for the audit log.
pub async fn set_suspended(
    db: &Db,
    admin: &User,
    user_id: String,
    suspend: bool,
    reason: String,
    ctx: &RequestContext,
) -> Result<(), AccountsError> {
    let admin_id = admin.id.clone();
    let ctx = ctx.clone();
    db.write(move |conn| {
        let user = repo::find_user(conn, &user_id)?.ok_or(AccountsError::NotFound)?;
        if user.id == admin_id {
            return Err(AccountsError::field(
                "form",
                "You cannot suspend your own account.",
            ));
        }
        repo::set_suspended(conn, &user.id, suspend, ctx.now)?;
        if suspend {
            sessions::end_all(conn, &user.id)?;
        }
        let event = if suspend {
            AuditEvent::Suspended
        } else {
            AuditEvent::Reinstated
        };
        Ok(audit(conn, event, Some(&user.id), Some(&admin_id), reason, &ctx)?)
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
                "You cannot remove your own administrator role.",
            ));
        }
        repo::set_role(conn, &user.id, role, ctx.now)?;
        let detail = format!("{} → {}", user.role.as_str(), role.as_str());
        Ok(audit(
            conn,
            AuditEvent::RoleChanged,
            Some(&user.id),
            Some(&admin_id),
            detail,
            &ctx,
        )?)
    })
    .await
}

/// A random token for a session's forms (CSRF protection).
pub fn new_form_token() -> String {
    tokens::new_secret()
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
            &invited.name,
            "account_invite",
            json!({
                "name": invited.name,
                "role": role.label(),
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
