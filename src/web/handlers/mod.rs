pub mod accounts;
pub mod admin;
pub mod api;
pub mod dashboard;
pub mod directory;
pub mod health;
