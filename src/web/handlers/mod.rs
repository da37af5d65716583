pub mod api;
pub mod directory;
pub mod health;
