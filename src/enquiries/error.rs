use crate::db::DbError;
use crate::domain::Conflict;
use crate::domain::FieldErrors;
use crate::i18n::Message;
use crate::rate_limit::RetryAfter;

#[derive(Debug, thiserror::Error)]
pub enum EnquiryError {
    #[error("some fields need attention")]
    Invalid(FieldErrors),
    /// Missing, or not the asker's: the two read the same so ids reveal nothing.
    #[error("no such conversation or buy request")]
    NotFound,
    /// The object exists and is the asker's, but its state forbids the change.
    #[error("{0}")]
    NotAllowed(Message),
    /// Someone else changed the conversation or request first: nothing was written.
    #[error("the conversation or buy request {0}")]
    Changed(#[from] Conflict),
    #[error("confirm your e-mail address first")]
    EmailNotVerified,
    #[error("too many enquiries; try again in {} seconds", .0.0)]
    RateLimited(RetryAfter),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for EnquiryError {
    fn from(e: diesel::result::Error) -> Self {
        EnquiryError::Db(e.into())
    }
}

impl EnquiryError {
    pub fn field(name: &'static str, message: Message) -> Self {
        EnquiryError::Invalid(crate::domain::fields::one(name, message))
    }

    /// Why the change was refused, in words for the person who asked: the
    /// conversation's or request's state forbids it, or someone changed it
    /// first. Any other failure comes back as it was.
    pub fn into_refusal(self) -> Result<Message, Self> {
        match self {
            EnquiryError::NotAllowed(why) => Ok(why),
            EnquiryError::Changed(_) => Ok(Message::new("refusal-changed").with("what", "conversation")),
            other => Err(other),
        }
    }
}

impl From<FieldErrors> for EnquiryError {
    fn from(errors: FieldErrors) -> Self {
        EnquiryError::Invalid(errors)
    }
}
