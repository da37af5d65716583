//! Signing in with a password, and the record of signing out.

use super::credentials::{self, Change};
use super::devices::{self, DeviceSecret};
use super::error::AccountsError;
use super::model::{AuditEvent, AuditFacts, Email, User};
use super::service::{RequestContext, audit, limited};
use super::{password, repo};
use crate::db::Db;
use crate::rate_limit::{self, Limit};

const SIGN_IN_PER_IP: Limit = Limit::per_minutes(20, 15);
const SIGN_IN_PER_ACCOUNT: Limit = Limit::per_minutes(10, 15);

/// Checks credentials under per-IP and per-account limits. A browser that
/// signed in to the account before is not held by the per-account limit (see
/// [`devices`]); a first sign-in from a new browser is e-mailed to the owner.
/// `device_name` describes the browser ("Firefox on Windows"). Every attempt
/// is audited.
pub async fn sign_in(
    db: &Db,
    email: &str,
    password: &str,
    device: &DeviceSecret,
    device_name: &str,
    ctx: &RequestContext,
) -> Result<User, AccountsError> {
    let email = Email::parse(email).map_err(|_| AccountsError::WrongCredentials)?;
    let lookup_ctx = ctx.clone();
    let lookup_email = email.clone();
    let lookup_device = device.clone();
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
            let user = repo::find_user_by_email(conn, lookup_email.as_str())?;
            let known = match &user {
                Some(user) => devices::is_known(conn, &user.id, &lookup_device)?,
                None => false,
            };
            if !known {
                limited(
                    conn,
                    format!("login:account:{}", lookup_email.as_str()),
                    SIGN_IN_PER_ACCOUNT,
                    lookup_ctx.now,
                )?;
            }
            Ok::<_, AccountsError>(user)
        })
        .await?;
    let matches = password::verify(password, user.as_ref().map(|u| u.password_hash.as_str())).await?;
    let ctx = ctx.clone();
    let (device, device_name) = (device.clone(), device_name.to_owned());
    // The failure is audited in a committed transaction, then reported.
    let signed_in = db
        .write(move |conn| match user {
            Some(user) if matches && user.is_suspended() => Err(AccountsError::Suspended),
            Some(user) if matches => {
                if !devices::is_known(conn, &user.id, &device)? && devices::any_known(conn, &user.id)? {
                    let change = Change::NewDevice {
                        device: device_name.clone(),
                    };
                    credentials::notify(conn, &user, &change, &ctx)?;
                }
                devices::remember(conn, &user.id, &device, &device_name, ctx.now)?;
                audit(
                    conn,
                    AuditEvent::SignInSucceeded,
                    (Some(&user.id), None),
                    None,
                    &ctx,
                )?;
                Ok::<_, AccountsError>(Some(user))
            }
            other => {
                let tried = AuditFacts::AddressTried {
                    masked: email.masked(),
                };
                audit(
                    conn,
                    AuditEvent::SignInFailed,
                    (other.as_ref().map(|u| u.id.as_str()), None),
                    Some(tried),
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
            (Some(&user_id), None),
            None,
            &ctx,
        )?)
    })
    .await
}
