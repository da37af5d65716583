use crate::db::DbError;
use crate::domain::Conflict;
use crate::domain::FieldErrors;

#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("some fields need attention")]
    Invalid(FieldErrors),
    /// Missing, or not the asker's: the two read the same so ids reveal nothing.
    #[error("no such listing")]
    NotFound,
    #[error("{0}")]
    NotAllowed(String),
    /// Someone else changed the listing's status first (a moderator's
    /// decision racing the producer's archive): nothing was written.
    #[error("This listing {0}.")]
    Changed(#[from] Conflict),
    #[error("complete your producer profile first")]
    NoProfile,
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
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
