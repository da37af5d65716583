//! Two-factor sign-in with time-based one-time codes (RFC 6238: SHA-1, six
//! digits, 30-second steps, the kind every authenticator app reads from a
//! QR code) and single-use recovery codes for a lost phone. Admins and
//! organisers must use it; everyone may.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use qrcode::QrCode;
use qrcode::render::svg;
use totp_rs::{Algorithm, Secret, TOTP};

use super::credentials::{self, Change};
use super::error::AccountsError;
use super::model::{AuditEvent, AuditFacts, User, UserId};
use super::service::{RequestContext, audit};
use super::{sessions, tokens};
use crate::db::{Db, DbConnection, DbResult};
use crate::rate_limit::{self, Limit};
use crate::schema::{recovery_codes, two_factor};

const ISSUER: &str = "ODOP Bazaar";
const STEP_SECONDS: i64 = 30;
/// Codes from one step before or after the current one are accepted, for
/// phones whose clocks are a little off.
const SKEW_STEPS: u8 = 1;
const RECOVERY_CODES: usize = 10;
/// Letters and digits that cannot be mistaken for one another.
const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
/// Ten characters of 31: about 50 bits each, single use, behind the limit below.
const RECOVERY_LENGTH: usize = 10;
const CODES_PER_ACCOUNT: Limit = Limit::per_minutes(5, 15);

/// Where an account stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    Off,
    /// Turned on, with this many unused recovery codes.
    On {
        recovery_codes_left: i64,
    },
}

/// What the enrolment page shows: the secret as a QR code and as text.
#[derive(Debug, Clone)]
pub struct Enrolment {
    /// Base32, for typing into an app by hand.
    pub secret: String,
    pub otpauth_url: String,
    /// An inline `<svg>` of the otpauth URL.
    pub qr_svg: String,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = two_factor)]
struct Row {
    secret: String,
    confirmed_at: Option<NaiveDateTime>,
    last_used_step: i64,
}

fn row(conn: &mut DbConnection, user_id: &UserId) -> DbResult<Option<Row>> {
    Ok(two_factor::table
        .find(user_id)
        .select(Row::as_select())
        .first(conn)
        .optional()?)
}

/// 160 random bits, as RFC 4226 recommends, in base32.
fn new_secret() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 20];
    rand::rng().fill_bytes(&mut bytes);
    Secret::Raw(bytes.to_vec()).to_encoded().to_string()
}

fn totp(secret: &str, account: &str) -> Result<TOTP, AccountsError> {
    let bytes = Secret::Encoded(secret.to_owned())
        .to_bytes()
        .map_err(|e| anyhow::anyhow!("a stored two-factor secret is not base32: {e:?}"))?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        SKEW_STEPS,
        STEP_SECONDS as u64,
        bytes,
        Some(ISSUER.to_owned()),
        account.replace(':', ""),
    )
    .map_err(|e| AccountsError::Unexpected(anyhow::anyhow!("building a TOTP: {e}")))
}

/// The step a code was made in, if `code` is a current code for `secret`
/// (this step, or one either side).
fn matching_step(totp: &TOTP, code: &str, now: NaiveDateTime) -> Option<i64> {
    let code: String = code.chars().filter(char::is_ascii_digit).collect();
    let now = now.and_utc().timestamp();
    let skew = i64::from(SKEW_STEPS);
    (-skew..=skew)
        .map(|offset| now / STEP_SECONDS + offset)
        .find(|step| totp.generate((step * STEP_SECONDS) as u64) == code)
}

pub fn state(conn: &mut DbConnection, user_id: &UserId) -> DbResult<State> {
    Ok(match row(conn, user_id)? {
        Some(Row {
            confirmed_at: Some(_),
            ..
        }) => State::On {
            recovery_codes_left: recovery_codes::table
                .filter(recovery_codes::user_id.eq(user_id))
                .filter(recovery_codes::used_at.is_null())
                .count()
                .get_result(conn)?,
        },
        _ => State::Off,
    })
}

pub async fn state_of(db: &Db, user: &User) -> Result<State, AccountsError> {
    let user_id = user.id.clone();
    db.read(move |conn| Ok(state(conn, &user_id)?)).await
}

/// Starts (or restarts) turning two-factor sign-in on: a new secret, kept
/// unconfirmed until a code from it is typed back.
pub async fn start(db: &Db, user: &User, now: NaiveDateTime) -> Result<Enrolment, AccountsError> {
    let secret = new_secret();
    let enrolment = enrolment(&secret, &user.email)?;
    let user_id = user.id.clone();
    db.write(move |conn| {
        if let Some(Row {
            confirmed_at: Some(_),
            ..
        }) = row(conn, &user_id)?
        {
            return Err(AccountsError::TwoFactorAlreadyOn);
        }
        diesel::delete(two_factor::table.find(&user_id)).execute(conn)?;
        diesel::insert_into(two_factor::table)
            .values((
                two_factor::user_id.eq(&user_id),
                two_factor::secret.eq(&secret),
                two_factor::created_at.eq(now),
            ))
            .execute(conn)?;
        Ok(())
    })
    .await?;
    Ok(enrolment)
}

/// The enrolment page of an enrolment already started (after a wrong code).
pub async fn pending(db: &Db, user: &User) -> Result<Option<Enrolment>, AccountsError> {
    let user_id = user.id.clone();
    let found = db
        .read(move |conn| Ok::<_, AccountsError>(row(conn, &user_id)?))
        .await?;
    match found {
        Some(Row {
            secret,
            confirmed_at: None,
            ..
        }) => Ok(Some(enrolment(&secret, &user.email)?)),
        _ => Ok(None),
    }
}

fn enrolment(secret: &str, email: &str) -> Result<Enrolment, AccountsError> {
    let otpauth_url = totp(secret, email)?.get_url();
    let svg = QrCode::new(otpauth_url.as_bytes())
        .map_err(|e| anyhow::anyhow!("drawing the QR code: {e}"))?
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .build();
    // Inline in a page: no XML declaration, and a name for screen readers.
    let qr_svg = svg
        .trim_start_matches(r#"<?xml version="1.0" standalone="yes"?>"#)
        .replacen(
            "<svg ",
            r#"<svg role="img" aria-label="QR code for your authenticator app" "#,
            1,
        );
    Ok(Enrolment {
        secret: secret.to_owned(),
        otpauth_url,
        qr_svg,
    })
}

/// Counts an attempt at a code for the account, then checks it: a current
/// code not used before, or an unused recovery code (which is then spent).
/// Returns whether a recovery code was used.
fn check_code(
    conn: &mut DbConnection,
    user: &User,
    code: &str,
    ctx: &RequestContext,
) -> Result<bool, AccountsError> {
    rate_limit::hit(
        conn,
        &format!("second-factor:{}", user.id),
        CODES_PER_ACCOUNT,
        ctx.now,
    )?
    .map_err(AccountsError::RateLimited)?;
    let stored = row(conn, &user.id)?.ok_or(AccountsError::WrongCode)?;
    if let Some(step) = matching_step(&totp(&stored.secret, &user.email)?, code, ctx.now) {
        // A code works once, even within its 30 seconds.
        if step <= stored.last_used_step {
            return Err(AccountsError::WrongCode);
        }
        diesel::update(two_factor::table.find(&user.id))
            .set(two_factor::last_used_step.eq(step))
            .execute(conn)?;
        return Ok(false);
    }
    if stored.confirmed_at.is_some() {
        let digest = tokens::digest(&normalise_recovery(code));
        let spent = diesel::update(
            recovery_codes::table
                .filter(recovery_codes::user_id.eq(&user.id))
                .filter(recovery_codes::code_hash.eq(digest))
                .filter(recovery_codes::used_at.is_null()),
        )
        .set(recovery_codes::used_at.eq(ctx.now))
        .execute(conn)?;
        if spent == 1 {
            return Ok(true);
        }
    }
    Err(AccountsError::WrongCode)
}

fn normalise_recovery(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Makes a new set of recovery codes (the old ones stop working); returns them to show once.
fn new_recovery_codes(conn: &mut DbConnection, user_id: &UserId) -> DbResult<Vec<String>> {
    use rand::Rng;
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user_id))).execute(conn)?;
    let mut rng = rand::rng();
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let code: String = (0..RECOVERY_LENGTH)
            .map(|_| char::from(RECOVERY_ALPHABET[rng.random_range(0..RECOVERY_ALPHABET.len())]))
            .collect();
        diesel::insert_into(recovery_codes::table)
            .values((
                recovery_codes::id.eq(uuid::Uuid::now_v7().to_string()),
                recovery_codes::user_id.eq(user_id),
                recovery_codes::code_hash.eq(tokens::digest(&code)),
            ))
            .execute(conn)?;
        codes.push(format!("{}-{}", &code[..5], &code[5..]));
    }
    Ok(codes)
}

/// Runs `work` in a transaction that commits even when a code is refused:
/// the attempt must count against the limit (and be audited). The refusal
/// is reported after the commit.
async fn counting_attempts<T: Send + 'static>(
    db: &Db,
    work: impl FnOnce(&mut DbConnection) -> Result<T, AccountsError> + Send + 'static,
) -> Result<T, AccountsError> {
    db.write(move |conn| match work(conn) {
        Err(refused @ (AccountsError::WrongCode | AccountsError::RateLimited(_))) => Ok(Err(refused)),
        other => other.map(Ok),
    })
    .await?
}

/// Finishes turning it on with a code from the app: the session it was
/// done in counts as two-factor from now on. Returns the recovery codes.
pub async fn confirm(
    db: &Db,
    user: &User,
    session_id: Option<String>,
    code: &str,
    ctx: &RequestContext,
) -> Result<Vec<String>, AccountsError> {
    let (user, code, ctx) = (user.clone(), code.to_owned(), ctx.clone());
    counting_attempts(db, move |conn| {
        if row(conn, &user.id)?.is_some_and(|r| r.confirmed_at.is_some()) {
            return Err(AccountsError::TwoFactorAlreadyOn);
        }
        check_code(conn, &user, &code, &ctx)?;
        diesel::update(two_factor::table.find(&user.id))
            .set(two_factor::confirmed_at.eq(ctx.now))
            .execute(conn)?;
        let codes = new_recovery_codes(conn, &user.id)?;
        if let Some(id) = &session_id {
            sessions::mark_two_factor(conn, id)?;
        }
        audit(
            conn,
            AuditEvent::TwoFactorEnabled,
            (Some(&user.id), None),
            None,
            &ctx,
        )?;
        credentials::notify(conn, &user, &Change::TwoFactorEnabled, &ctx)?;
        Ok(codes)
    })
    .await
}

/// The second step of signing in: a code from the app or a recovery code.
pub async fn verify(db: &Db, user: &User, code: &str, ctx: &RequestContext) -> Result<(), AccountsError> {
    let (user, code, ctx) = (user.clone(), code.to_owned(), ctx.clone());
    counting_attempts(db, move |conn| {
        let used_recovery = match check_code(conn, &user, &code, &ctx) {
            Ok(used_recovery) => used_recovery,
            Err(refused) => {
                audit(
                    conn,
                    AuditEvent::SecondFactorRefused,
                    (Some(&user.id), None),
                    None,
                    &ctx,
                )?;
                return Err(refused);
            }
        };
        audit(
            conn,
            AuditEvent::SecondFactorAccepted,
            (Some(&user.id), None),
            Some(AuditFacts::SecondFactor {
                recovery_code: used_recovery,
            }),
            &ctx,
        )?;
        if used_recovery {
            let left = match state(conn, &user.id)? {
                State::On { recovery_codes_left } => recovery_codes_left,
                State::Off => 0,
            };
            credentials::notify(conn, &user, &Change::RecoveryCodeUsed { left }, &ctx)?;
        }
        Ok(())
    })
    .await
}

/// A new set of recovery codes for a current code; the old set stops working.
pub async fn renew_recovery_codes(
    db: &Db,
    user: &User,
    code: &str,
    ctx: &RequestContext,
) -> Result<Vec<String>, AccountsError> {
    let (user, code, ctx) = (user.clone(), code.to_owned(), ctx.clone());
    counting_attempts(db, move |conn| {
        check_code(conn, &user, &code, &ctx)?;
        Ok(new_recovery_codes(conn, &user.id)?)
    })
    .await
}

/// Turns it off, with a current code; not for roles that need it.
pub async fn disable(db: &Db, user: &User, code: &str, ctx: &RequestContext) -> Result<(), AccountsError> {
    if user.role().needs_two_factor() {
        return Err(AccountsError::TwoFactorRequired);
    }
    let (user, code, ctx) = (user.clone(), code.to_owned(), ctx.clone());
    counting_attempts(db, move |conn| {
        check_code(conn, &user, &code, &ctx)?;
        diesel::delete(two_factor::table.find(&user.id)).execute(conn)?;
        diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(&user.id))).execute(conn)?;
        audit(
            conn,
            AuditEvent::TwoFactorDisabled,
            (Some(&user.id), None),
            None,
            &ctx,
        )?;
        credentials::notify(conn, &user, &Change::TwoFactorDisabled, &ctx)?;
        Ok(())
    })
    .await
}

/// Whether the account signs in with a second factor.
pub async fn is_on(db: &Db, user: &User) -> Result<bool, AccountsError> {
    Ok(matches!(state_of(db, user).await?, State::On { .. }))
}

/// How long a password-checked sign-in waits for its second step.
pub const SECOND_STEP_VALID: TimeDelta = TimeDelta::minutes(5);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_accepted_in_its_step_and_one_either_side_only() {
        let secret = new_secret();
        let totp = totp(&secret, "asha@example.org").unwrap();
        let now = chrono::DateTime::from_timestamp(1_800_000_015, 0)
            .unwrap()
            .naive_utc();
        let step = 1_800_000_015 / STEP_SECONDS;
        for offset in -1..=1 {
            let code = totp.generate(((step + offset) * STEP_SECONDS) as u64);
            assert_eq!(matching_step(&totp, &code, now), Some(step + offset));
        }
        let stale = totp.generate(((step - 2) * STEP_SECONDS) as u64);
        assert_eq!(matching_step(&totp, &stale, now), None);
        let spaced = totp.generate((step * STEP_SECONDS) as u64);
        let spaced = format!("{} {}", &spaced[..3], &spaced[3..]);
        assert_eq!(
            matching_step(&totp, &spaced, now),
            Some(step),
            "typed with a space"
        );
    }

    #[test]
    fn the_qr_code_is_an_inline_svg_of_the_otpauth_url() {
        let enrolment = enrolment("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "asha@example.org").unwrap();
        assert!(
            enrolment
                .otpauth_url
                .starts_with("otpauth://totp/ODOP%20Bazaar:asha%40example.org?")
        );
        assert!(
            enrolment
                .otpauth_url
                .contains("secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        );
        assert!(
            enrolment.qr_svg.starts_with("<svg role=\"img\""),
            "{}",
            &enrolment.qr_svg[..80]
        );
    }

    #[test]
    fn recovery_codes_are_read_without_dashes_or_case() {
        assert_eq!(normalise_recovery(" ABCDE-fgh23 "), "abcdefgh23");
    }
}
