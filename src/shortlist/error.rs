use crate::db::DbError;

#[derive(Debug, thiserror::Error)]
pub enum ShortlistError {
    /// No published listing, or no producer whose account stands, by that name.
    #[error("no such listing or producer")]
    NotFound,
    #[error(transparent)]
    Db(#[from] DbError),
    /// Reading the producers' reply times, which the enquiries area keeps.
    #[error(transparent)]
    Enquiries(#[from] crate::enquiries::EnquiryError),
}

impl From<diesel::result::Error> for ShortlistError {
    fn from(e: diesel::result::Error) -> Self {
        ShortlistError::Db(e.into())
    }
}
