//! The administrators' tables: people, producers, the audit log and jobs.

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::accounts::Role;
use crate::accounts::model::{AuditFacts, AuditRecord, AuditSaid, User, UserId};
use crate::catalogue::model::{Producer, ProducerId};
use crate::catalogue::values::ProducerKind;
use crate::catalogue::verification::ProducerReview;
use crate::catalogue::views::{ImageView, ProducerView};
use crate::db::DbResult;
use crate::directory::model::District;
use crate::format::dates;
use crate::i18n::Message;
use crate::jobs::model::{Job, JobId, JobStatus};
use crate::web::present::audit::AuditDetail;

/// `/admin`: what waits for an administrator, and the latest sign-ins and changes.
#[derive(Serialize)]
pub struct AdminHome {
    pub roles: Vec<RoleCount>,
    pub open_jobs: i64,
    pub failed_jobs: i64,
    pub audit: Vec<AuditRow>,
    pub waiting: Waiting,
}

/// What waits for an administrator, by queue.
#[derive(Serialize)]
pub struct Waiting {
    /// Listings sent for review.
    pub listings: i64,
    /// Producers not verified yet.
    pub producers: i64,
    /// Buy requests waiting for approval.
    pub rfqs: i64,
    /// Buyers reported as spam and not dealt with.
    pub reported_buyers: i64,
}

#[derive(Serialize)]
pub struct RoleCount {
    role: &'static str,
    count: i64,
}

/// Every role with its number of accounts, from `(role, count)` rows.
pub fn role_counts(counted: &[(String, i64)]) -> Vec<RoleCount> {
    Role::ALL
        .iter()
        .map(|role| RoleCount {
            role: role.as_str(),
            count: counted
                .iter()
                .find(|(name, _)| name == role.as_str())
                .map_or(0, |(_, n)| *n),
        })
        .collect()
}

/// One audit event; `at` is UTC, formatted by the template's `when` filter
/// next to its machine-readable `<time datetime>`.
#[derive(Serialize)]
pub struct AuditRow {
    at: NaiveDateTime,
    event: String,
    detail: Option<AuditDetail>,
    ip: Option<String>,
    email: Option<String>,
    by_admin: bool,
}

pub fn audit_rows(rows: Vec<(AuditRecord, Option<String>)>) -> DbResult<Vec<AuditRow>> {
    rows.into_iter()
        .map(|(event, email)| {
            let detail = match event.said()? {
                AuditSaid::Facts(facts) => Some(audit_detail(facts)),
                AuditSaid::Line(line) => Some(line).filter(|l| !l.is_empty()).map(AuditDetail::English),
            };
            Ok(AuditRow {
                by_admin: event.actor_id.is_some(),
                at: event.created_at,
                event: event.event,
                detail,
                ip: event.ip,
                email,
            })
        })
        .collect()
}

/// "as Producer", "Organiser → Administrator", "for a…@example.com".
fn audit_detail(facts: AuditFacts) -> AuditDetail {
    let role = |role: Role| Message::new("admin-role").with("role", role.as_str());
    AuditDetail::Worded(match facts {
        AuditFacts::Typed { text } => return AuditDetail::Typed(text),
        AuditFacts::Role { role } => Message::new("admin-audit-detail-role").with("role", role.as_str()),
        AuditFacts::RoleChange { from, to } => Message::new("admin-audit-detail-role-change")
            .with("from", role(from).to_string())
            .with("to", role(to).to_string()),
        AuditFacts::AddressBefore { masked } => {
            Message::new("admin-audit-detail-address-before").with("address", masked)
        }
        AuditFacts::AddressTried { masked } => {
            Message::new("admin-audit-detail-address-tried").with("address", masked)
        }
        AuditFacts::SecondFactor { recovery_code } => Message::new("admin-audit-detail-second-factor")
            .with("recovery", if recovery_code { "yes" } else { "no" }),
    })
}

#[derive(Serialize)]
pub struct UserRow {
    id: UserId,
    name: String,
    email: String,
    role: Role,
    company: Option<String>,
    country: Option<String>,
    verified: bool,
    suspended: bool,
    joined: NaiveDateTime,
}

impl From<&User> for UserRow {
    fn from(u: &User) -> Self {
        Self {
            id: u.id.clone(),
            name: u.name.clone(),
            email: u.email.clone(),
            role: u.role,
            company: u.company.clone(),
            country: u.country_code.clone(),
            verified: u.is_verified(),
            suspended: u.is_suspended(),
            joined: u.created_at,
        }
    }
}

#[derive(Serialize)]
pub struct JobRow {
    id: JobId,
    kind: String,
    status: JobStatus,
    attempts: i32,
    max_attempts: i32,
    run_at: NaiveDateTime,
    created_at: NaiveDateTime,
    last_error: Option<String>,
}

impl From<&Job> for JobRow {
    fn from(j: &Job) -> Self {
        Self {
            id: j.id.clone(),
            kind: j.kind.clone(),
            status: j.status,
            attempts: j.attempts,
            max_attempts: j.max_attempts,
            run_at: j.run_at,
            created_at: j.created_at,
            last_error: j.last_error.clone(),
        }
    }
}

/// A producer in the verification table, with the registrations to check.
#[derive(Serialize)]
pub struct ProducerRow {
    id: ProducerId,
    slug: String,
    business_name: String,
    kind: ProducerKind,
    email: String,
    district: String,
    gstin: Option<String>,
    iec: Option<String>,
    udyam: Option<String>,
    /// "22 Nov 2026".
    verified_on: Option<String>,
    joined: String,
}

impl ProducerRow {
    pub fn new(p: Producer, email: String, district: District) -> Self {
        Self {
            verified_on: p.verified_at.map(dates::day),
            joined: dates::day(p.created_at),
            id: p.id,
            slug: p.slug,
            business_name: p.business_name,
            kind: p.kind,
            email,
            district: district.name,
            gstin: p.gstin,
            iec: p.iec,
            udyam: p.udyam,
        }
    }
}

/// A registration number with the official public register to check it in.
/// The registers take no number in their address, so the page shows it to
/// copy beside the link.
#[derive(Serialize)]
pub struct Registration {
    name: &'static str,
    number: String,
    /// Which register, for the page's words: `gst`, `udyam` or `iec`.
    register: &'static str,
    lookup_url: &'static str,
}

impl Registration {
    fn gstin(number: String) -> Self {
        Self {
            name: "GSTIN",
            number,
            register: "gst",
            lookup_url: "https://services.gst.gov.in/services/searchtp",
        }
    }

    fn udyam(number: String) -> Self {
        Self {
            name: "Udyam",
            number,
            register: "udyam",
            lookup_url: "https://udyamregistration.gov.in/Udyam_Verify.aspx",
        }
    }

    fn iec(number: String) -> Self {
        Self {
            name: "IEC",
            number,
            register: "iec",
            lookup_url: "https://www.dgft.gov.in/CP/?opt=view-any-ice",
        }
    }
}

/// A listing on the verification page, with every photo.
#[derive(Serialize)]
pub struct ListingReview {
    title: String,
    slug: String,
    status: &'static str,
    images: Vec<ImageView>,
}

/// `/admin/producers/{id}`: what a verification looks at.
#[derive(Serialize)]
pub struct ProducerReviewPage {
    producer: ProducerView,
    owner_name: String,
    email: String,
    phone: Option<String>,
    /// "22 Nov 2026".
    joined: String,
    registrations: Vec<Registration>,
    listings: Vec<ListingReview>,
    photo_count: usize,
}

impl ProducerReviewPage {
    pub fn new(review: ProducerReview) -> Self {
        let p = &review.producer;
        let registrations = [
            p.gstin.clone().map(Registration::gstin),
            p.udyam.clone().map(Registration::udyam),
            p.iec.clone().map(Registration::iec),
        ]
        .into_iter()
        .flatten()
        .collect();
        let listings: Vec<ListingReview> = review
            .listings
            .into_iter()
            .map(|l| ListingReview {
                title: l.title,
                slug: l.slug,
                status: l.status.as_str(),
                images: l.images,
            })
            .collect();
        Self {
            photo_count: listings.iter().map(|l| l.images.len()).sum::<usize>()
                + usize::from(p.logo.is_some()),
            registrations,
            listings,
            joined: dates::day(review.joined),
            owner_name: review.owner_name,
            email: review.email,
            phone: review.phone,
            producer: review.producer,
        }
    }
}
