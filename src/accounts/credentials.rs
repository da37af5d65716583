//! What a change of credentials undoes, and who is told. Whoever knew the
//! old password, or read the old mailbox, may hold a session, an API token
//! or an e-mailed link; none of them may outlive the change. The owner hears
//! of every change by e-mail (at the old address too when the address
//! changed), so a change they did not make is noticed.

use serde_json::json;

use super::model::{Email, User, UserId};
use super::service::RequestContext;
use super::{repo, sessions};
use crate::db::{DbConnection, DbResult};
use crate::format::dates;
use crate::mail::{self, OutgoingEmail};

/// A change to how someone signs in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The owner changed the password while signed in.
    PasswordChanged,
    /// The password was set through an e-mailed reset link.
    PasswordReset,
    /// The sign-in address moved from `old`.
    EmailChanged {
        old: String,
    },
    /// A new API token can now act as the user.
    ApiTokenCreated {
        name: String,
    },
    /// Someone signed in from a browser the account had not used before.
    NewDevice {
        device: String,
    },
    TwoFactorEnabled,
    TwoFactorDisabled,
    /// A recovery code was used to sign in; `left` remain.
    RecoveryCodeUsed {
        left: i64,
    },
}

impl Change {
    /// The notice's subject and first sentence.
    fn headline(&self) -> String {
        match self {
            Change::PasswordChanged => "Your password was changed".into(),
            Change::PasswordReset => "Your password was reset".into(),
            Change::EmailChanged { .. } => "Your sign-in address was changed".into(),
            Change::ApiTokenCreated { name } => format!("A new API token, “{name}”, was created"),
            Change::NewDevice { device } => format!("Someone signed in to your account from {device}"),
            Change::TwoFactorEnabled => "Two-factor sign-in was turned on".into(),
            Change::TwoFactorDisabled => "Two-factor sign-in was turned off".into(),
            Change::RecoveryCodeUsed { left } => format!("A recovery code was used to sign in ({left} left)"),
        }
    }

    /// What else the change did, in the words of the notice.
    fn consequence(&self) -> &'static str {
        match self {
            Change::PasswordChanged | Change::PasswordReset => {
                "Every other browser was signed out, your API tokens were revoked and any links we e-mailed you before no longer work."
            }
            Change::EmailChanged { .. } => "Links we e-mailed you before no longer work.",
            Change::ApiTokenCreated { .. } => {
                "Programs that use it can act as you through the API until it is revoked."
            }
            Change::NewDevice { .. } => "That browser had not signed in to your account before.",
            Change::TwoFactorEnabled => "Signing in now also asks for a code from your authenticator app.",
            Change::TwoFactorDisabled => "Signing in now asks only for your password.",
            Change::RecoveryCodeUsed { .. } => {
                "Each recovery code works once. If you have lost your phone, make new codes on your account page."
            }
        }
    }
}

/// Undoes what the change makes unsafe, in the caller's transaction. After a
/// password change every session ends: the caller starts a new one for the
/// browser that asked.
pub fn secure_after(
    conn: &mut DbConnection,
    user_id: &UserId,
    change: &Change,
    ctx: &RequestContext,
) -> DbResult<()> {
    match change {
        Change::PasswordChanged | Change::PasswordReset => {
            sessions::end_all(conn, user_id)?;
            repo::revoke_all_api_tokens(conn, user_id, ctx.now)?;
            repo::retire_all_tokens(conn, user_id, ctx.now)?;
        }
        Change::EmailChanged { .. } => {
            repo::retire_all_tokens(conn, user_id, ctx.now)?;
        }
        Change::ApiTokenCreated { .. }
        | Change::NewDevice { .. }
        | Change::TwoFactorEnabled
        | Change::TwoFactorDisabled
        | Change::RecoveryCodeUsed { .. } => {}
    }
    Ok(())
}

/// E-mails the owner about the change; for a new address, the old one too.
pub fn notify(conn: &mut DbConnection, user: &User, change: &Change, ctx: &RequestContext) -> DbResult<()> {
    let mut recipients = vec![user.email.clone()];
    let mut detail = change.consequence().to_owned();
    if let Change::EmailChanged { old } = change {
        let new = Email::parse(&user.email).map(|e| e.masked()).unwrap_or_default();
        detail = format!("It is now {new}. {detail}");
        recipients.push(old.clone());
    }
    let mut account_url = ctx.base_url.clone();
    account_url.set_path("/account");
    let mut reset_url = ctx.base_url.clone();
    reset_url.set_path("/forgot-password");
    for to in recipients {
        mail::enqueue(
            conn,
            OutgoingEmail {
                to,
                to_name: Some(user.name.clone()),
                template: "security_notice".to_owned(),
                context: json!({
                    "name": user.name,
                    "headline": change.headline(),
                    "when": dates::date_time(ctx.now),
                    "detail": detail,
                    "account_url": account_url.as_str(),
                    "reset_url": reset_url.as_str(),
                }),
                language: user.language,
                attachments: Vec::new(),
            },
            ctx.now,
        )?;
    }
    Ok(())
}
