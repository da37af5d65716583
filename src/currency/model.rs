//! A currency as its ISO 4217 code.

use std::fmt;

/// An ISO 4217 code: three ASCII capitals ("USD"). Stored as text; a stored
/// value that is not one fails loudly when read.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, diesel::AsExpression, diesel::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const EUR: Currency = Currency(*b"EUR");
    pub const INR: Currency = Currency(*b"INR");
    pub const USD: Currency = Currency(*b"USD");

    /// "usd", " USD " → USD; anything but three letters → `None`.
    pub fn parse(text: &str) -> Option<Currency> {
        match text.trim().as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_alphabetic) => Some(Currency([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ])),
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        // Three ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for Currency
where
    DB: diesel::backend::Backend,
    str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
{
    fn to_sql<'b>(&'b self, out: &mut diesel::serialize::Output<'b, '_, DB>) -> diesel::serialize::Result {
        self.as_str().to_sql(out)
    }
}

impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for Currency
where
    DB: diesel::backend::Backend,
    String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
{
    fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
        let text = String::from_sql(bytes)?;
        Currency::parse(&text).ok_or_else(|| format!("'{text}' is not a currency code").into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_three_letters_in_capitals() {
        assert_eq!(Currency::parse(" usd "), Some(Currency::USD));
        assert_eq!(
            Currency::parse("INR").map(|c| c.to_string()).as_deref(),
            Some("INR")
        );
        for bad in ["", "US", "USDX", "U$D", "१२३"] {
            assert_eq!(Currency::parse(bad), None, "{bad}");
        }
    }
}
