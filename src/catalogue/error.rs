use crate::db::DbError;
use crate::domain::Conflict;
use crate::domain::FieldErrors;
use crate::i18n::Message;

#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("some fields need attention")]
    Invalid(FieldErrors),
    /// Missing, or not the asker's: the two read the same so ids reveal nothing.
    #[error("no such listing")]
    NotFound,
    /// The listing is the asker's, but its state forbids the change.
    #[error("{0}")]
    NotAllowed(Message),
    /// Someone else changed the listing's status first (a moderator's
    /// decision racing the producer's archive): nothing was written.
    #[error("the listing {0}")]
    Changed(#[from] Conflict),
    #[error("complete your producer profile first")]
    NoProfile,
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl CatalogueError {
    /// Why the change was refused, in words for the person who asked: the
    /// listing's state forbids it, or someone changed it first. Any other
    /// failure comes back as it was.
    pub fn into_refusal(self) -> Result<Message, Self> {
        match self {
            CatalogueError::NotAllowed(why) => Ok(why),
            CatalogueError::Changed(_) => Ok(Message::new("refusal-changed").with("what", "listing")),
            other => Err(other),
        }
    }
}

impl From<diesel::result::Error> for CatalogueError {
    fn from(e: diesel::result::Error) -> Self {
        CatalogueError::Db(e.into())
    }
}

impl From<FieldErrors> for CatalogueError {
    fn from(errors: FieldErrors) -> Self {
        CatalogueError::Invalid(errors)
    }
}
