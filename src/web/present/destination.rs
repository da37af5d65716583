//! Where signing in or up goes on to, and what a person was doing when it
//! was asked of them: the sign-in, sign-up, "check your inbox" and
//! "address confirmed" pages say so, and carry the page through to the end.

use serde::Serialize;

use crate::catalogue::repo as catalogue_repo;
use crate::db::{DbConnection, DbResult};
use crate::domain::LocalPath;

#[derive(Debug, Serialize)]
pub struct Destination {
    /// The path, for a form's hidden `next` field and a "continue" link.
    pub next: String,
    /// The sign-in page going on to it.
    pub login_href: String,
    /// The sign-up page going on to it (as a buyer, when it is an enquiry).
    pub signup_href: String,
    /// The enquiry a buyer was about to write, when that is where it goes.
    pub enquiry: Option<EnquiryTarget>,
}

/// The listing an enquiry is about and who receives it.
#[derive(Debug, Serialize)]
pub struct EnquiryTarget {
    pub product: String,
    pub producer: String,
}

impl Destination {
    /// `next` with what the pages say about it. A listing's enquiry form
    /// (`/products/{slug}/enquire`) names the listing and its producer while
    /// the listing is published.
    pub fn of(conn: &mut DbConnection, next: LocalPath) -> DbResult<Destination> {
        let enquiry = match next.segments().as_slice() {
            ["products", slug, "enquire"] => enquiry_target(conn, slug)?,
            _ => None,
        };
        let role = if enquiry.is_some() { "role=buyer&" } else { "" };
        Ok(Destination {
            login_href: format!("/login?next={}", next.encoded()),
            signup_href: format!("/signup?{role}next={}", next.encoded()),
            next: next.as_str().to_owned(),
            enquiry,
        })
    }
}

fn enquiry_target(conn: &mut DbConnection, slug: &str) -> DbResult<Option<EnquiryTarget>> {
    let Some(product) = catalogue_repo::published_product_by_slug(conn, slug)? else {
        return Ok(None);
    };
    Ok(
        catalogue_repo::producer_by_id(conn, &product.producer_id)?.map(|producer| EnquiryTarget {
            product: product.title,
            producer: producer.business_name,
        }),
    )
}
