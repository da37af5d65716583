//! Users and roles, argon2 passwords, e-mail verification, password reset,
//! API tokens, and the audit log of security events.

pub mod admin_users;
pub mod api_tokens;
pub mod changes;
pub mod credentials;
pub mod devices;
mod error;
pub mod model;
pub mod password;
pub mod recovery;
pub mod repo;
pub mod service;
pub mod sessions;
pub mod signin;
pub mod signup;
pub mod tokens;
pub mod two_factor;

pub use error::AccountsError;
pub use model::{Email, Role, User};
pub use service::RequestContext;
