//! The languages the site speaks: which one a request gets
//! ([`negotiate`]), the Fluent messages each is written in ([`text`]), and
//! the locale numbers and dates are written in while a page renders
//! ([`current`]).

mod filter;
mod language;
mod locale;
mod message;
mod messages;
mod negotiate;
mod versions;

pub use filter::translate;
pub use language::{Direction, Language};
pub use locale::{Locale, current, for_request, scoped};
pub use message::{Arg, Message};
pub use messages::{MessageError, args, text};
pub use negotiate::{Asked, negotiate};
pub use versions::Versions;
