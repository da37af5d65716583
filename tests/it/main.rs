//! The integration tests: one binary, the real server, both databases.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accounts;
mod api;
mod browser;
mod catalogue;
mod chromium;
mod cli;
mod directory_pages;
mod domain_rules;
mod enquiries;
mod enquiries_api;
mod enquiry_pages;
mod harness;
mod health;
mod jobs;
mod logo;
mod mail;
mod market;
mod media;
mod migrations;
mod search;
mod seed;
mod smtp;
