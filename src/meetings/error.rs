use super::draft::check::Conflict as DraftConflict;
use super::model::UnreadableEvent;
use crate::db::DbError;
use crate::domain::{Conflict, FieldErrors};
use crate::i18n::Message;

#[derive(Debug, thiserror::Error)]
pub enum MeetingError {
    #[error("some fields need attention")]
    Invalid(FieldErrors),
    /// Missing, or not the asker's to see: the two read the same so ids reveal nothing.
    #[error("no such event, participant or meeting")]
    NotFound,
    /// The object is the asker's, but its state or their role forbids the change.
    #[error("{0}")]
    NotAllowed(Message),
    /// Someone else changed it first (a second acceptance): nothing was written.
    #[error("the meeting or event {0}")]
    Changed(#[from] Conflict),
    /// The slot is held by another meeting or blocked, for either side.
    #[error("the time is no longer free")]
    SlotTaken,
    /// Draft meetings that break a rule now (a booking, new hours, the
    /// cap), each with the first rule it breaks: nothing was published.
    #[error("{} meetings of the draft no longer fit", .0.len())]
    DraftConflicts(Vec<DraftConflict>),
    #[error(transparent)]
    Unreadable(#[from] UnreadableEvent),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for MeetingError {
    fn from(e: diesel::result::Error) -> Self {
        MeetingError::Db(e.into())
    }
}

impl From<FieldErrors> for MeetingError {
    fn from(errors: FieldErrors) -> Self {
        MeetingError::Invalid(errors)
    }
}

impl MeetingError {
    pub fn field(name: &'static str, message: Message) -> Self {
        MeetingError::Invalid(crate::domain::fields::one(name, message))
    }

    /// Why the change was refused, in words for the person who asked: the
    /// state of the event or meeting or their role forbids it, someone
    /// changed it first, the time was taken, or the draft no longer fits.
    /// Any other failure comes back as it was.
    pub fn into_refusal(self) -> Result<Message, Self> {
        match self {
            MeetingError::NotAllowed(why) => Ok(why),
            MeetingError::Changed(_) => Ok(Message::new("refusal-changed").with("what", "meeting")),
            MeetingError::SlotTaken => Ok(Message::new("refusal-meeting-slot-taken")),
            MeetingError::DraftConflicts(conflicts) => {
                Ok(Message::new("refusal-meeting-draft-conflicts").with("count", conflicts.len()))
            }
            other => Err(other),
        }
    }
}
