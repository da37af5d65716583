//! Building blocks every domain area uses the same way: ids and closed
//! vocabularies stored as text, field checks that report every problem at
//! once, and status changes guarded in the `UPDATE` itself.

pub mod fields;
mod ids;
mod local_path;
mod text_enum;
pub mod transition;

pub use fields::{Checks, FieldErrors};
pub use local_path::LocalPath;
pub use text_enum::UnknownName;
pub use transition::Conflict;
