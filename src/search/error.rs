use crate::db::DbError;
use crate::i18n::Message;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// A search parameter that cannot be used; the message says why, in
    /// the reader's language.
    #[error("{message}")]
    InvalidParameter {
        parameter: &'static str,
        message: Message,
    },
    /// The engine cannot be reached or did not answer in time: try again later.
    #[error("the search engine is unavailable: {0}")]
    Unavailable(String),
    /// The engine answered, but refused or failed the request.
    #[error("the search engine failed: {0}")]
    Engine(String),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}
