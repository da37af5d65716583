//! Fixed-window rate limits kept in the database, so every instance behind
//! a load balancer counts the same attempts.

use std::net::IpAddr;

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::db::{DbConnection, DbResult};
use crate::schema::rate_limits;

#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub max_hits: i32,
    pub window: TimeDelta,
}

impl Limit {
    pub const fn per_minutes(max_hits: i32, minutes: i64) -> Self {
        Self {
            max_hits,
            window: TimeDelta::minutes(minutes),
        }
    }
}

/// The bucket of `scope` for the client at `ip`. IPv6 addresses count per
/// `/64`: one household or server is handed a whole `/64`, so counting single
/// addresses would let it try 2^64 times.
pub fn client_bucket(scope: &str, ip: &str) -> String {
    let client = match ip.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            ipnet::Ipv6Net::new(v6, 64).map_or_else(|_| v6.to_string(), |net| net.trunc().to_string())
        }
        Ok(IpAddr::V6(v6)) => v6.to_canonical().to_string(),
        _ => ip.to_owned(),
    };
    format!("{scope}:ip:{client}")
}

/// The caller is over its limit and may try again after this many seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub i64);

/// Counts one hit on `bucket` and says whether it is within `limit`.
pub fn hit(
    conn: &mut DbConnection,
    bucket: &str,
    limit: Limit,
    now: NaiveDateTime,
) -> DbResult<Result<(), RetryAfter>> {
    let window_secs = limit.window.num_seconds().max(1);
    let start_secs = now.and_utc().timestamp().div_euclid(window_secs) * window_secs;
    let window_start = chrono::DateTime::from_timestamp(start_secs, 0).map_or(now, |t| t.naive_utc());
    let key = (
        rate_limits::bucket.eq(bucket),
        rate_limits::window_start.eq(window_start),
    );

    let bump = |conn: &mut DbConnection| {
        diesel::update(rate_limits::table.filter(key.0).filter(key.1))
            .set(rate_limits::hits.eq(rate_limits::hits + 1))
            .execute(conn)
    };
    if bump(conn)? == 0 {
        // A savepoint, so losing the race to insert does not abort the transaction.
        let inserted = conn.transaction(|c| {
            diesel::insert_into(rate_limits::table)
                .values((key.0, key.1, rate_limits::hits.eq(1)))
                .execute(c)
        });
        match inserted {
            Ok(_) => {}
            Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {
                bump(conn)?;
            }
            Err(other) => return Err(other.into()),
        }
    }
    let hits: i32 = rate_limits::table
        .filter(key.0)
        .filter(key.1)
        .select(rate_limits::hits)
        .first(conn)?;
    if hits > limit.max_hits {
        let retry = (window_start + limit.window - now).num_seconds().max(1);
        return Ok(Err(RetryAfter(retry)));
    }
    Ok(Ok(()))
}

/// Deletes windows that ended before `before`.
pub fn purge(conn: &mut DbConnection, before: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::delete(rate_limits::table.filter(rate_limits::window_start.lt(before))).execute(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_count_per_64() {
        assert_eq!(
            client_bucket("login", "2001:db8:1:2::5"),
            client_bucket("login", "2001:db8:1:2:ffff::9")
        );
        assert_eq!(
            client_bucket("login", "2001:db8:1:2::5"),
            "login:ip:2001:db8:1:2::/64"
        );
        assert_ne!(
            client_bucket("login", "2001:db8:1:3::5"),
            client_bucket("login", "2001:db8:1:2::5")
        );
        assert_eq!(
            client_bucket("login", "::ffff:203.0.113.7"),
            "login:ip:203.0.113.7"
        );
        assert_eq!(client_bucket("login", "203.0.113.7"), "login:ip:203.0.113.7");
    }
}
