//! The integration tests: one binary, the real server, both databases.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accounts;
mod api;
mod backup;
mod browser;
mod catalogue;
mod chromium;
mod cli;
mod directory_pages;
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
mod metrics;
mod migrations;
mod presentation;
mod search;
mod seed;
mod shutdown;
mod smtp;
