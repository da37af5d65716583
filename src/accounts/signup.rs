//! Signing up, and confirming the address (or a new one) by the e-mailed link.

use serde_json::json;

use super::credentials::{self, Change};
use super::error::AccountsError;
use super::model::{AuditEvent, AuditFacts, Email, Role, TokenPurpose, User, parse_name};
use super::service::{
    LINKS_PER_ACCOUNT, RequestContext, audit, limited, password_problem, send, send_verification,
};
use super::{password, repo, tokens};
use crate::db::Db;
use crate::domain::{FieldErrors, LocalPath};
use crate::i18n::Language;
use crate::i18n::Message;
use crate::rate_limit::{self, Limit};

const SIGN_UP_PER_IP: Limit = Limit::per_minutes(10, 60);

/// What a sign-up form sends.
#[derive(Debug, Clone, Default)]
pub struct SignUpInput {
    pub name: String,
    pub email: String,
    pub password: String,
    pub role: String,
    pub company: String,
    pub country: String,
    /// The page sign-up began from ("send your enquiry"): the e-mailed link
    /// leads back to it.
    pub next: Option<LocalPath>,
    /// The language the sign-up page was read in: the account keeps it, so
    /// the confirmation e-mail and every later one are written in it.
    pub language: Language,
}

/// Registers a producer or buyer and e-mails a verification link. An
/// address that already has an account gets an e-mail saying so instead,
/// and the caller sees the same outcome either way.
pub async fn sign_up(db: &Db, input: SignUpInput, ctx: &RequestContext) -> Result<(), AccountsError> {
    // The limit comes before any work: judging and hashing a password is
    // what a flood of sign-ups would make the server do.
    if let Some(ip) = ctx.ip.clone() {
        let now = ctx.now;
        db.write(move |conn| {
            limited(
                conn,
                rate_limit::client_bucket("signup", &ip),
                SIGN_UP_PER_IP,
                now,
            )
        })
        .await?;
    }
    let mut errors = FieldErrors::new();
    let name = parse_name(&input.name).map_err(|m| errors.insert("name", m)).ok();
    let email = Email::parse(&input.email)
        .map_err(|m| errors.insert("email", m))
        .ok();
    let role = match Role::parse(&input.role) {
        Some(role) if role.self_service() => Some(role),
        _ => {
            errors.insert("role", Message::new("account-role-choose-whether-sell"));
            None
        }
    };
    if let Some(message) = password_problem(&input.password, &input.name, &input.email).await? {
        errors.insert("password", message);
    }
    let company = input.company.trim().to_owned();
    let country = input.country.trim().to_uppercase();
    if role == Some(Role::Buyer) {
        if company.is_empty() {
            errors.insert("company", Message::new("account-company-enter-company-s"));
        } else if company.chars().count() > 150 {
            errors.insert("company", Message::new("account-company-keep-company-name"));
        }
        if country.is_empty() {
            errors.insert("country", Message::new("account-country-choose-country-company"));
        }
    }
    let (Some(name), Some(email), Some(role)) = (name, email, role) else {
        return Err(AccountsError::Invalid(errors));
    };
    if !errors.is_empty() {
        return Err(AccountsError::Invalid(errors));
    }
    let password_hash = password::hash(&input.password).await?;
    let (ctx, next) = (ctx.clone(), input.next);
    db.write(move |conn| {
        let (company, country) = if role == Role::Buyer {
            if crate::directory::repo::country_name(conn, &country)?.is_none() {
                return Err(AccountsError::field(
                    "country",
                    Message::new("account-country-choose-country-list"),
                ));
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
                &existing,
                "account_exists",
                json!({
                    "name": existing.name,
                    "login_url": login_url(&ctx, next.as_ref()),
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
            unread_messages: 0,
            language: Some(input.language),
            currency: None,
        };
        repo::insert_user(conn, &user)?;
        audit(
            conn,
            AuditEvent::SignedUp,
            (Some(&user.id), None),
            Some(AuditFacts::Role { role }),
            &ctx,
        )?;
        send_verification(conn, &user, &ctx, next.as_ref())?;
        Ok(())
    })
    .await
}

/// The sign-in page, going on to `next` once signed in.
fn login_url(ctx: &RequestContext, next: Option<&LocalPath>) -> String {
    let mut url = ctx.base_url.clone();
    url.set_path("/login");
    url.set_query(next.map(|next| format!("next={}", next.encoded())).as_deref());
    url.to_string()
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
                let before = AuditFacts::AddressBefore {
                    masked: Email::parse(&user.email).map(|e| e.masked()).unwrap_or_default(),
                };
                audit(
                    conn,
                    AuditEvent::EmailChanged,
                    (Some(&user.id), None),
                    Some(before),
                    &ctx,
                )?;
                let change = Change::EmailChanged {
                    old: user.email.clone(),
                };
                credentials::secure_after(conn, &user.id, &change, &ctx)?;
                let moved = repo::find_user(conn, &user.id)?.ok_or(AccountsError::NotFound)?;
                credentials::notify(conn, &moved, &change, &ctx)?;
            }
            None => {
                repo::mark_verified(conn, &user.id, ctx.now)?;
                audit(
                    conn,
                    AuditEvent::EmailVerified,
                    (Some(&user.id), None),
                    None,
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
            LINKS_PER_ACCOUNT,
            ctx.now,
        )?;
        let user = repo::find_user(conn, &user_id)?.ok_or(AccountsError::NotFound)?;
        if !user.is_verified() {
            send_verification(conn, &user, &ctx, None)?;
        }
        Ok(())
    })
    .await
}
