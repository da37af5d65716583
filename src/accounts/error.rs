use crate::db::DbError;
use crate::domain::FieldErrors;
use crate::i18n::Message;
use crate::rate_limit::RetryAfter;

#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    #[error("some fields need attention")]
    Invalid(FieldErrors),
    #[error("the e-mail address or password is wrong")]
    WrongCredentials,
    #[error("this link has expired or has already been used")]
    TokenInvalid,
    #[error("too many attempts; try again in {} seconds", .0.0)]
    RateLimited(RetryAfter),
    #[error("no such account")]
    NotFound,
    #[error("an account with this e-mail address already exists")]
    EmailTaken,
    #[error("this account is suspended")]
    Suspended,
    #[error("confirm your e-mail address first")]
    NotVerified,
    #[error("that code is not right, or was used already")]
    WrongCode,
    #[error("two-factor sign-in is already on")]
    TwoFactorAlreadyOn,
    #[error("this account's role needs two-factor sign-in")]
    TwoFactorRequired,
    #[error("no such API token")]
    NoSuchApiToken,
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for AccountsError {
    fn from(e: diesel::result::Error) -> Self {
        AccountsError::Db(e.into())
    }
}

impl AccountsError {
    pub fn field(name: &'static str, message: Message) -> Self {
        AccountsError::Invalid(crate::domain::fields::one(name, message))
    }
}
