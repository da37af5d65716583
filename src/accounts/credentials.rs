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
use crate::i18n::{self, Message};
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
    fn headline(&self) -> Message {
        match self {
            Change::PasswordChanged => Message::new("email-security-password-changed"),
            Change::PasswordReset => Message::new("email-security-password-reset"),
            Change::EmailChanged { .. } => Message::new("email-security-email-changed"),
            Change::ApiTokenCreated { name } => {
                Message::new("email-security-api-token-created").with("name", name.as_str())
            }
            Change::NewDevice { device } => {
                Message::new("email-security-new-device").with("device", device.as_str())
            }
            Change::TwoFactorEnabled => Message::new("email-security-two-factor-enabled"),
            Change::TwoFactorDisabled => Message::new("email-security-two-factor-disabled"),
            Change::RecoveryCodeUsed { left } => {
                Message::new("email-security-recovery-code-used").with("left", *left)
            }
        }
    }

    /// What else the change did, in the words of the notice; `new_address`
    /// is the masked address an address change moved to.
    fn consequence(&self, new_address: &str) -> Message {
        match self {
            Change::PasswordChanged | Change::PasswordReset => {
                Message::new("email-security-password-changed-detail")
            }
            Change::EmailChanged { .. } => {
                Message::new("email-security-email-changed-detail").with("address", new_address)
            }
            Change::ApiTokenCreated { .. } => Message::new("email-security-api-token-created-detail"),
            Change::NewDevice { .. } => Message::new("email-security-new-device-detail"),
            Change::TwoFactorEnabled => Message::new("email-security-two-factor-enabled-detail"),
            Change::TwoFactorDisabled => Message::new("email-security-two-factor-disabled-detail"),
            Change::RecoveryCodeUsed { .. } => Message::new("email-security-recovery-code-used-detail"),
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
    if let Change::EmailChanged { old } = change {
        recipients.push(old.clone());
    }
    let new_address = Email::parse(&user.email).map(|e| e.masked()).unwrap_or_default();
    // The queued context holds text, so the notice is worded now, in the
    // language the owner reads.
    let (headline, detail, when) = i18n::scoped(user.locale(), || {
        (
            change.headline().to_string(),
            change.consequence(&new_address).to_string(),
            dates::date_time(ctx.now),
        )
    });
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
                    "headline": headline,
                    "when": when,
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
