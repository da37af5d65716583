//! Users, their roles, and the validated values an account is made of.

use std::fmt;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::{DbError, DbResult};
use crate::i18n::{Language, Locale, Message};
use crate::schema::{api_tokens, audit_events, user_tokens, users};

crate::id_type!(
    /// A person's account.
    pub UserId
);

crate::text_enum!(
    /// What an account may do; stored by name.
    pub Role {
        Producer => "producer", "Producer";
        Buyer => "buyer", "Buyer";
        Organiser => "organiser", "Organiser";
        Admin => "admin", "Administrator";
    }
);

impl Role {
    /// Roles a person may choose at sign-up; the others are given by an admin.
    pub fn self_service(self) -> bool {
        matches!(self, Role::Producer | Role::Buyer)
    }

    /// Roles whose sessions need a second factor: they act on other people's
    /// accounts, listings and events.
    pub fn needs_two_factor(self) -> bool {
        matches!(self, Role::Admin | Role::Organiser)
    }
}

/// A trimmed, lower-cased, syntactically valid e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse(text: &str) -> Result<Email, Message> {
        let text = text.trim().to_lowercase();
        if text.is_empty() {
            return Err(Message::new("account-email-needed"));
        }
        if text.len() > 254 {
            return Err(Message::new("account-email-too-long"));
        }
        let valid = email_address::EmailAddress::parse_with_options(
            &text,
            email_address::Options::default().without_display_text(),
        )
        .is_ok_and(|e| e.domain().contains('.'));
        if !valid {
            return Err(Message::new("account-email-invalid"));
        }
        Ok(Email(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `ra…@example.com`, for logs: enough to correlate, not enough to leak.
    pub fn masked(&self) -> String {
        match self.0.split_once('@') {
            Some((local, domain)) => format!("{}…@{domain}", local.chars().take(2).collect::<String>()),
            None => "…".into(),
        }
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's display name: 1–100 characters after trimming.
pub fn parse_name(text: &str) -> Result<String, Message> {
    let name = text.trim();
    match name.chars().count() {
        0 => Err(Message::new("account-name-needed")),
        n if n > 100 => Err(Message::new("account-name-too-long")),
        _ => Ok(name.to_owned()),
    }
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Identifiable, Serialize)]
#[diesel(table_name = users, treat_none_as_default_value = false)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub name: String,
    #[serde(skip)]
    pub password_hash: String,
    pub role: Role,
    pub company: Option<String>,
    pub country_code: Option<String>,
    pub email_verified_at: Option<NaiveDateTime>,
    pub password_changed_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Set by an admin: a suspended account cannot sign in or act.
    pub suspended_at: Option<NaiveDateTime>,
    /// Enquiry messages and quotes waiting for this account: the header's
    /// badge. The enquiries keep it (see [`super::repo::hold_unread`]), so
    /// loading a signed-in visitor reads it without counting anything.
    pub unread_messages: i32,
    /// The language chosen on the account page or the language menu; `None`
    /// follows the browser. E-mails to the account are written in it.
    pub language: Option<Language>,
    /// The currency chosen on the currency menu for prices shown converted;
    /// `None` follows the menu's cookie or the browser's region.
    pub currency: Option<crate::currency::Currency>,
}

impl User {
    pub fn role(&self) -> Role {
        self.role
    }

    pub fn is_verified(&self) -> bool {
        self.email_verified_at.is_some()
    }

    pub fn is_suspended(&self) -> bool {
        self.suspended_at.is_some()
    }

    /// The locale what is written for this account away from its requests
    /// (e-mails, invitations, its calendar feed) is written in: its
    /// language, with that language's own formats.
    pub fn locale(&self) -> Locale {
        Locale::new(self.language.unwrap_or_default())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
    ChangeEmail,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify_email",
            TokenPurpose::ResetPassword => "reset_password",
            TokenPurpose::ChangeEmail => "change_email",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = user_tokens, treat_none_as_default_value = false)]
pub struct UserToken {
    pub id: String,
    pub user_id: String,
    pub purpose: String,
    /// SHA-256 of the secret sent by e-mail; the secret itself is never stored.
    pub token_hash: String,
    pub new_email: Option<String>,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

/// A secret a program sends as `Authorization: Bearer …` to act as its user.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = api_tokens, treat_none_as_default_value = false)]
pub struct ApiToken {
    pub id: String,
    pub user_id: String,
    /// What the person called it ("Stock sync"), to tell tokens apart.
    pub name: String,
    /// SHA-256 of the secret, which is shown once and never stored.
    pub token_hash: String,
    pub created_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

/// Security-relevant events, kept for admins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditEvent {
    SignedUp,
    SignInSucceeded,
    SignInFailed,
    SignedOut,
    EmailVerified,
    PasswordChanged,
    PasswordReset,
    EmailChanged,
    RoleChanged,
    UserCreated,
    ApiTokenCreated,
    ApiTokenRevoked,
    Suspended,
    Reinstated,
    TwoFactorEnabled,
    TwoFactorDisabled,
    SecondFactorAccepted,
    SecondFactorRefused,
}

impl AuditEvent {
    pub fn as_str(self) -> &'static str {
        match self {
            AuditEvent::SignedUp => "signed_up",
            AuditEvent::SignInSucceeded => "sign_in_succeeded",
            AuditEvent::SignInFailed => "sign_in_failed",
            AuditEvent::SignedOut => "signed_out",
            AuditEvent::EmailVerified => "email_verified",
            AuditEvent::PasswordChanged => "password_changed",
            AuditEvent::PasswordReset => "password_reset",
            AuditEvent::EmailChanged => "email_changed",
            AuditEvent::RoleChanged => "role_changed",
            AuditEvent::UserCreated => "user_created",
            AuditEvent::ApiTokenCreated => "api_token_created",
            AuditEvent::ApiTokenRevoked => "api_token_revoked",
            AuditEvent::Suspended => "suspended",
            AuditEvent::Reinstated => "reinstated",
            AuditEvent::TwoFactorEnabled => "two_factor_enabled",
            AuditEvent::TwoFactorDisabled => "two_factor_disabled",
            AuditEvent::SecondFactorAccepted => "second_factor_accepted",
            AuditEvent::SecondFactorRefused => "second_factor_refused",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = audit_events, treat_none_as_default_value = false)]
pub struct AuditRecord {
    pub id: String,
    /// The account the event is about.
    pub user_id: Option<String>,
    /// Who did it, when not the user themself (an admin).
    pub actor_id: Option<String>,
    pub event: String,
    /// The English words of events recorded before `facts`; empty since.
    pub detail: String,
    pub ip: Option<String>,
    pub created_at: NaiveDateTime,
    /// [`AuditFacts`] as JSON, for an event that has any.
    pub facts: Option<String>,
}

/// What an audit event says besides its name, kept as data so each admin
/// reads it in their language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AuditFacts {
    /// The role an account was made with.
    Role {
        role: Role,
    },
    RoleChange {
        from: Role,
        to: Role,
    },
    /// The address an account's address changed from, masked.
    AddressBefore {
        masked: String,
    },
    /// The address a failed sign-in gave, masked.
    AddressTried {
        masked: String,
    },
    /// How the second factor was given.
    SecondFactor {
        recovery_code: bool,
    },
    /// What a person typed: a token's name, a suspension's reason.
    Typed {
        text: String,
    },
}

/// What an audit event says besides its name, as read.
#[derive(Debug, Clone, PartialEq)]
pub enum AuditSaid {
    Facts(AuditFacts),
    /// An event recorded before events kept their facts: its English
    /// words as stored ("as producer"), if any.
    Line(String),
}

impl AuditRecord {
    pub fn said(&self) -> DbResult<AuditSaid> {
        Ok(match &self.facts {
            Some(facts) => AuditSaid::Facts(
                serde_json::from_str(facts)
                    .map_err(|e| DbError::Query(diesel::result::Error::DeserializationError(Box::new(e))))?,
            ),
            None => AuditSaid::Line(self.detail.clone()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            Email::parse("  Rani@Example.COM ").unwrap().as_str(),
            "rani@example.com"
        );
        for bad in [
            "",
            "rani",
            "rani@",
            "@example.com",
            "rani@localhost",
            "a b@example.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Email::parse("rani@example.com").unwrap().masked(),
            "ra…@example.com"
        );
    }

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(*role));
        }
        assert!(Role::Producer.self_service() && !Role::Admin.self_service());
    }
}
