//! The integration tests: one binary, the real server, both databases.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accounts;
mod browser;
mod catalogue;
mod cli;
mod directory_pages;
mod harness;
mod health;
mod jobs;
mod mail;
mod media;
mod migrations;
mod search;
mod seed;
mod smtp;
