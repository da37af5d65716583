use crate::db::DbError;

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// No such showcase, district or producer, or none the public may see.
    #[error("We have no {what} called “{slug}”.")]
    NotFound { what: &'static str, slug: String },
    /// It exists but has nothing published to print; the message says whose.
    #[error("{0}")]
    Empty(String),
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
