//! Password policy and hashing (argon2id, 19 MiB, 2 passes).
//!
//! Judging a new password and hashing one cost tens of milliseconds of CPU
//! on purpose. The public functions are async: the work runs on the blocking
//! pool, one per two cores at a time, so a burst of sign-ups waits its turn
//! here instead of stalling the web workers that serve every other page.
//! Callers check their rate limits first, so a refused request costs nothing.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::heavy_work::Bounded;
use crate::i18n::Message;

pub const MIN_LENGTH: usize = 10;
const MAX_LENGTH: usize = 256;

fn hasher() -> Argon2<'static> {
    // OWASP's recommended argon2id floor: m = 19 MiB, t = 2, p = 1.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Judging and hashing passwords: one at a time for every two cores, so a
/// flood of sign-ups from many addresses leaves half the machine to
/// everyone else.
static PASSWORD_WORK: Bounded = Bounded::new(|cores| cores / 2);

/// Judges a new password (see [`check_new`]); `Err` holds the message for the person.
pub async fn assess(password: &str, personal: &[&str]) -> anyhow::Result<Result<(), Message>> {
    let password = password.to_owned();
    let personal: Vec<String> = personal.iter().map(|p| (*p).to_owned()).collect();
    PASSWORD_WORK
        .run(move || {
            let personal: Vec<&str> = personal.iter().map(String::as_str).collect();
            check_new(&password, &personal)
        })
        .await
}

/// Hashes a password that passed [`assess`].
pub async fn hash(password: &str) -> anyhow::Result<String> {
    let password = password.to_owned();
    PASSWORD_WORK
        .run(move || hash_now(&password))
        .await?
        .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
}

/// Whether `password` is the one behind `stored` (see [`verify_now`]).
pub async fn verify(password: &str, stored: Option<&str>) -> anyhow::Result<bool> {
    let (password, stored) = (password.to_owned(), stored.map(str::to_owned));
    PASSWORD_WORK
        .run(move || verify_now(&password, stored.as_deref()))
        .await
}

/// Checks a new password: long enough, and not a common or easily guessed
/// one (zxcvbn's dictionaries include the common-password lists), also
/// considering the person's own name and e-mail.
fn check_new(password: &str, personal: &[&str]) -> Result<(), Message> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(Message::new("account-password-too-short").with("min", MIN_LENGTH));
    }
    if length > MAX_LENGTH {
        return Err(Message::new("account-password-too-long").with("max", MAX_LENGTH));
    }
    let estimate = zxcvbn::zxcvbn(password, personal);
    if (estimate.score() as u8) < 3 {
        return Err(Message::new("account-password-weak"));
    }
    Ok(())
}

fn hash_now(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(hasher().hash_password(password.as_bytes(), &salt)?.to_string())
}

/// Verifies a password against a stored hash. Unknown accounts are checked
/// against a fixed hash so the answer takes as long either way.
fn verify_now(password: &str, stored: Option<&str>) -> bool {
    const DECOY: &str =
        "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$4Q4GJ5m1Ky0pQ0Kc7r0Zp5b2Fv4m1n7Tq1v5n0Rk0Uo";
    let target = stored.unwrap_or(DECOY);
    let matches = PasswordHash::new(target)
        .is_ok_and(|parsed| hasher().verify_password(password.as_bytes(), &parsed).is_ok());
    matches && stored.is_some()
}

/// Letters and digits that cannot be mistaken for one another when read
/// aloud or copied by hand (no 0/o, 1/l/i): 31 of them, almost five bits each.
const GENERATED_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
/// 20 of them: 99 bits, above ASVS's 80 for generated secrets.
const GENERATED_LENGTH: usize = 20;

/// A random password for accounts created from the command line, in groups
/// of four: `k7mq-2xpt-9hrw-c4nd-vbz3`.
pub fn generate() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    let chars: Vec<char> = (0..GENERATED_LENGTH)
        .map(|_| char::from(GENERATED_ALPHABET[rng.random_range(0..GENERATED_ALPHABET.len())]))
        .collect();
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_common_passwords_are_refused() {
        assert!(
            check_new("short", &[])
                .unwrap_err()
                .to_string()
                .contains("at least 10")
        );
        assert!(
            check_new("password123", &[])
                .unwrap_err()
                .to_string()
                .contains("too common")
        );
        assert!(check_new("qwertyuiop", &[]).is_err());
        assert!(
            check_new("sharmasharma", &["sharma"]).is_err(),
            "the person's own name, repeated"
        );
        assert!(check_new("copper lantern river mango", &[]).is_ok());
    }

    #[test]
    fn hashes_verify_and_use_argon2id() {
        let hashed = hash_now("copper lantern river mango").unwrap();
        assert!(hashed.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_now("copper lantern river mango", Some(&hashed)));
        assert!(!verify_now("copper lantern river mangos", Some(&hashed)));
        assert!(!verify_now("anything", None));
        assert!(check_new(&generate(), &[]).is_ok());
    }

    #[test]
    fn generated_passwords_carry_at_least_80_bits() {
        let bits = GENERATED_LENGTH as f64 * (GENERATED_ALPHABET.len() as f64).log2();
        assert!(bits >= 80.0, "{bits} bits");
        let password = generate();
        assert_eq!(password.len(), GENERATED_LENGTH + GENERATED_LENGTH / 4 - 1);
        assert!(password.split('-').all(|group| group.len() == 4));
        let distinct: std::collections::HashSet<String> = (0..1000).map(|_| generate()).collect();
        assert_eq!(distinct.len(), 1000);
    }
}
