use crate::db::DbError;
use crate::i18n::Message;

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// No such showcase, district or producer, or none the public may see;
    /// the message names what was asked for.
    #[error("{0}")]
    NotFound(Message),
    /// It exists but has nothing published to print; the message says whose.
    #[error("{0}")]
    Empty(Message),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for PrintError {
    fn from(e: diesel::result::Error) -> Self {
        PrintError::Db(e.into())
    }
}
