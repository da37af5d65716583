use crate::catalogue::CatalogueError;
use crate::db::DbError;
use crate::domain::{Conflict, FieldErrors};
use crate::i18n::Message;

#[derive(Debug, thiserror::Error)]
pub enum ShowcaseError {
    #[error("some fields need attention")]
    Invalid(FieldErrors),
    /// Missing, or not the asker's to edit: the two read the same so ids reveal nothing.
    #[error("no such showcase")]
    NotFound,
    /// The showcase is the asker's, but its state or their role forbids the change.
    #[error("{0}")]
    NotAllowed(Message),
    /// Someone else changed it first: nothing was written.
    #[error("the showcase {0}")]
    Changed(#[from] Conflict),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for ShowcaseError {
    fn from(e: diesel::result::Error) -> Self {
        ShowcaseError::Db(e.into())
    }
}

impl From<FieldErrors> for ShowcaseError {
    fn from(errors: FieldErrors) -> Self {
        ShowcaseError::Invalid(errors)
    }
}

impl From<CatalogueError> for ShowcaseError {
    fn from(e: CatalogueError) -> Self {
        match e {
            CatalogueError::Db(db) => ShowcaseError::Db(db),
            CatalogueError::NotAllowed(message) => ShowcaseError::NotAllowed(message),
            other => ShowcaseError::Unexpected(other.into()),
        }
    }
}

impl ShowcaseError {
    pub fn field(name: &'static str, message: Message) -> Self {
        ShowcaseError::Invalid(crate::domain::fields::one(name, message))
    }

    /// Why the change was refused, in words for the person who asked: the
    /// showcase's state or their role forbids it, or someone changed it
    /// first. Any other failure comes back as it was.
    pub fn into_refusal(self) -> Result<Message, Self> {
        match self {
            ShowcaseError::NotAllowed(why) => Ok(why),
            ShowcaseError::Changed(_) => Ok(Message::new("refusal-changed").with("what", "showcase")),
            other => Err(other),
        }
    }
}
