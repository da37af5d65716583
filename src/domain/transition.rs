//! Status changes are guarded in the `UPDATE` itself:
//! `UPDATE … SET status = <to> WHERE id = ? AND status = <from>`, and the
//! change counts only when it touched the row. Two people acting on the same
//! row at once (a moderator approving while the producer archives) cannot
//! both win: the second `UPDATE` waits for the first, finds the status
//! changed, touches nothing, and its caller gets [`Conflict`].

/// The row was no longer in the status the change started from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("changed while you were looking at it; reload the page to see where it stands now")]
pub struct Conflict;

/// The outcome of a guarded `UPDATE` that should have changed one row.
pub fn changed_one(rows: usize) -> Result<(), Conflict> {
    if rows == 1 { Ok(()) } else { Err(Conflict) }
}
