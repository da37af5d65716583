//! How often an account may send files for processing. Each image upload
//! costs a decode (up to a few hundred megabytes and a core for a moment)
//! and each import up to a thousand validated rows, so a script with one
//! producer account could otherwise keep the machine busy alone. The limits
//! sit far above what a person adding a catalogue does in an hour.

use chrono::NaiveDateTime;

use super::error::CatalogueError;
use crate::accounts::User;
use crate::db::DbConnection;
use crate::format::dates::with_wait;
use crate::i18n::Message;
use crate::rate_limit::{self, Limit, RetryAfter};

#[derive(Debug, Clone, Copy)]
pub enum Upload {
    /// A listing photo or a producer's logo.
    Image,
    /// A CSV file of listings.
    Import,
}

impl Upload {
    const fn limit(self) -> Limit {
        match self {
            Upload::Image => Limit::per_minutes(60, 60),
            Upload::Import => Limit::per_minutes(10, 60),
        }
    }

    fn bucket(self, user: &User) -> String {
        let kind = match self {
            Upload::Image => "image",
            Upload::Import => "import",
        };
        format!("upload:{kind}:user:{}", user.id)
    }
}

/// Counts one upload of `kind` by `user`, before the file is processed; past
/// the limit the message says how long to wait (shown next to the file field).
pub fn count(
    conn: &mut DbConnection,
    user: &User,
    kind: Upload,
    now: NaiveDateTime,
) -> Result<(), CatalogueError> {
    match rate_limit::hit(conn, &kind.bucket(user), kind.limit(), now)? {
        Ok(()) => Ok(()),
        Err(RetryAfter(seconds)) => {
            let what = match kind {
                Upload::Image => "images",
                Upload::Import => "imports",
            };
            let refusal = Message::new("refusal-uploads-too-many")
                .with("what", what)
                .with("max", kind.limit().max_hits);
            Err(CatalogueError::NotAllowed(with_wait(refusal, seconds)))
        }
    }
}
