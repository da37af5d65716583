use crate::db::DbError;

#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    #[error("no {kind} called '{slug}'")]
    NotFound { kind: &'static str, slug: String },
    #[error("seed file {file} is malformed: {message}")]
    BadSeedData { file: &'static str, message: String },
    #[error("seeding {table} failed: {source}")]
    SeedTable {
        table: &'static str,
        #[source]
        source: DbError,
    },
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<diesel::result::Error> for DirectoryError {
    fn from(e: diesel::result::Error) -> Self {
        DirectoryError::Db(e.into())
    }
}
