//! Validated values a listing or producer profile is made of. Each `parse`
//! returns a message a producer can act on.

use std::fmt;

use crate::i18n::Message;

use serde::Serialize;

/// India's GST identification number: state code, PAN, entity number, `Z`,
/// and a base-36 check character.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Gstin(String);

impl Gstin {
    const ALPHABET: &'static [u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    pub fn parse(text: &str) -> Result<Gstin, Message> {
        let gstin: String = text
            .trim()
            .to_uppercase()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let b = gstin.as_bytes();
        let shape_ok = b.len() == 15
            && b[..2].iter().all(u8::is_ascii_digit)
            && is_pan(&b[2..12])
            && b[12].is_ascii_alphanumeric()
            && b[12] != b'0'
            && b[13] == b'Z'
            && b[14].is_ascii_alphanumeric();
        if !shape_ok {
            return Err(Message::new("listing-gstin-has-15-characters"));
        }
        if b[14] != Self::check_character(&b[..14]) {
            return Err(Message::new("listing-gstin-s-last-character"));
        }
        Ok(Gstin(gstin))
    }

    fn check_character(first14: &[u8]) -> u8 {
        let sum: u32 = first14
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let value = Self::ALPHABET.iter().position(|a| a == c).unwrap_or(0) as u32;
                let product = value * if i % 2 == 0 { 1 } else { 2 };
                product / 36 + product % 36
            })
            .sum();
        Self::ALPHABET[((36 - sum % 36) % 36) as usize]
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// PAN: five letters, four digits, one letter.
fn is_pan(b: &[u8]) -> bool {
    b.len() == 10
        && b[..5].iter().all(u8::is_ascii_uppercase)
        && b[5..9].iter().all(u8::is_ascii_digit)
        && b[9].is_ascii_uppercase()
}

/// Importer-Exporter Code: since 2018 the firm's PAN; older codes are 10 digits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Iec(String);

impl Iec {
    pub fn parse(text: &str) -> Result<Iec, Message> {
        let iec = text.trim().to_uppercase();
        let b = iec.as_bytes();
        if is_pan(b) || (b.len() == 10 && b.iter().all(u8::is_ascii_digit)) {
            Ok(Iec(iec))
        } else {
            Err(Message::new("listing-iec-has-10-characters"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Udyam registration number: `UDYAM-XX-00-0000000`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Udyam(String);

impl Udyam {
    pub fn parse(text: &str) -> Result<Udyam, Message> {
        let udyam = text.trim().to_uppercase();
        let parts: Vec<&str> = udyam.split('-').collect();
        let ok = parts.len() == 4
            && parts[0] == "UDYAM"
            && parts[1].len() == 2
            && parts[1].bytes().all(|c| c.is_ascii_uppercase())
            && parts[2].len() == 2
            && parts[2].bytes().all(|c| c.is_ascii_digit())
            && parts[3].len() == 7
            && parts[3].bytes().all(|c| c.is_ascii_digit());
        if ok {
            Ok(Udyam(udyam))
        } else {
            Err(Message::new("listing-udyam-number-looks-like"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A phone number buyers may call or message, kept in international form
/// ("+919876543210"). Producers type numbers as they dial them at home, so a
/// number without a country code is read as Indian: ten digits, or a 0 and
/// the area code for a landline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn parse(text: &str) -> Result<PhoneNumber, Message> {
        let example = || Message::new("listing-phone-example");
        let text = text.trim();
        let plus_first = text.starts_with('+');
        let allowed = |c: char| c.is_ascii_digit() || " -().".contains(c);
        if !text.trim_start_matches('+').chars().all(allowed) {
            return Err(example());
        }
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let international = if plus_first {
            digits
        } else if let Some(rest) = digits.strip_prefix("00") {
            rest.to_owned()
        } else {
            // Dialled in India: the trunk 0 before an area code, or 91 without its +.
            let national = digits.strip_prefix('0').unwrap_or(&digits);
            if national.len() == 12 && national.starts_with("91") {
                national.to_owned()
            } else {
                format!("91{national}")
            }
        };
        // ITU-T E.164: a country code (never 0) and at most 15 digits in all.
        if !(8..=15).contains(&international.len()) || international.starts_with('0') {
            return Err(example());
        }
        if international
            .strip_prefix("91")
            .is_some_and(|national| national.len() != 10)
        {
            return Err(Message::new("listing-indian-number-has-10"));
        }
        Ok(PhoneNumber(format!("+{international}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// For reading and dialling: an Indian mobile in two groups of five
    /// ("+91 98765 43210"), other numbers after their country code as kept.
    pub fn display(&self) -> String {
        match self.0.strip_prefix("+91") {
            Some(national) if national.starts_with(['6', '7', '8', '9']) => {
                format!("+91 {} {}", &national[..5], &national[5..])
            }
            Some(national) => format!("+91 {national}"),
            None => self.0.clone(),
        }
    }

    /// The `wa.me` address that opens a WhatsApp chat with this number.
    pub fn whatsapp_url(&self) -> String {
        format!("https://wa.me/{}", self.0.trim_start_matches('+'))
    }
}

/// An HS code of 6 digits (HS 2022) or India's 8-digit extension of one.
/// Whether it exists is checked against the directory by the service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct HsCode(String);

impl HsCode {
    pub fn parse(text: &str) -> Result<HsCode, Message> {
        let code: String = text.chars().filter(|c| !c.is_whitespace() && *c != '.').collect();
        if (code.len() == 6 || code.len() == 8) && code.bytes().all(|c| c.is_ascii_digit()) {
            Ok(HsCode(code))
        } else {
            Err(Message::new("listing-enter-6-digit-hs"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The 6-digit HS 2022 subheading.
    pub fn subheading(&self) -> &str {
        &self.0[..6]
    }

    pub fn chapter(&self) -> &str {
        &self.0[..2]
    }
}

/// An amount in a currency's minor units (paise, cents).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Minor(pub i64);

impl Minor {
    /// Parses "1,250.50" with at most `minor_digits` decimals.
    pub fn parse(text: &str, minor_digits: u32) -> Result<Minor, Message> {
        let cleaned: String = text.trim().chars().filter(|c| *c != ',' && *c != ' ').collect();
        if cleaned.is_empty() {
            return Err(Message::new("listing-enter-price"));
        }
        let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
        let digits_ok = !whole.is_empty()
            && whole.bytes().all(|c| c.is_ascii_digit())
            && fraction.bytes().all(|c| c.is_ascii_digit());
        if !digits_ok {
            return Err(Message::new("listing-price-invalid").with("value", text.trim()));
        }
        if fraction.len() > minor_digits as usize {
            return Err(Message::new("listing-price-decimals").with("max", minor_digits));
        }
        let scale = 10i64.pow(minor_digits);
        let whole: i64 = whole
            .parse()
            .map_err(|_| Message::new("listing-price-too-large"))?;
        let fraction: i64 = if fraction.is_empty() {
            0
        } else {
            format!("{fraction:0<width$}", width = minor_digits as usize)
                .parse()
                .unwrap_or(0)
        };
        let minor = whole
            .checked_mul(scale)
            .and_then(|w| w.checked_add(fraction))
            .filter(|m| *m <= 1_000_000_000_000);
        minor
            .map(Minor)
            .ok_or_else(|| Message::new("listing-price-too-large"))
    }

    /// "1,250.50" (or "1,250" when the fraction is zero).
    pub fn display(self, minor_digits: u32) -> String {
        let scale = 10i64.pow(minor_digits);
        let whole = crate::format::group_thousands(self.0 / scale);
        let fraction = self.0 % scale;
        if fraction == 0 {
            whole
        } else {
            format!("{whole}.{fraction:0width$}", width = minor_digits as usize)
        }
    }

    /// "1250.50": as typed in a form, without grouping.
    pub fn plain(self, minor_digits: u32) -> String {
        self.display(minor_digits).replace(',', "")
    }

    pub fn as_major(self, minor_digits: u32) -> f64 {
        self.0 as f64 / 10f64.powi(minor_digits as i32)
    }
}

/// The eleven Incoterms 2020 rules.
pub const INCOTERMS: [&str; 11] = [
    "EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP",
];

/// Units a minimum order is counted in.
pub const UNITS: [&str; 12] = [
    "pieces",
    "pairs",
    "sets",
    "dozens",
    "kg",
    "tonnes",
    "litres",
    "metres",
    "square metres",
    "bags",
    "boxes",
    "cartons",
];

crate::text_enum!(
    /// What kind of business a producer is.
    pub ProducerKind {
        Artisan => "artisan", "Artisan";
        MicroUnit => "micro-unit", "Micro-unit";
        Fpo => "fpo", "Farmer producer organisation (FPO)";
        Shg => "shg", "Self-help group (SHG)";
        Cooperative => "cooperative", "Cooperative";
        Exporter => "exporter", "Small exporter";
    }
);

impl fmt::Display for ProducerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

crate::text_enum!(
    /// Where a listing stands in its flow (see `listings` and `moderation`).
    pub ProductStatus {
        Draft => "draft", "Draft";
        Submitted => "submitted", "Waiting for review";
        Published => "published", "Published";
        ChangesRequested => "changes_requested", "Changes requested";
        Rejected => "rejected", "Rejected";
        Archived => "archived", "Archived";
        Withheld => "withheld", "Withheld while the account is suspended";
    }
);

impl ProductStatus {
    /// The producer may edit the listing in this state.
    pub fn editable(self) -> bool {
        !matches!(
            self,
            ProductStatus::Submitted | ProductStatus::Rejected | ProductStatus::Withheld
        )
    }

    /// The producer may send it for review from this state.
    pub fn submittable(self) -> bool {
        matches!(self, ProductStatus::Draft | ProductStatus::ChangesRequested)
    }
}

crate::text_enum!(
    /// The status changes a producer makes to a listing with a button.
    pub ListingAction {
        Submit => "submit", "Send for review";
        Archive => "archive", "Archive";
        Restore => "restore", "Restore as a draft";
        Delete => "delete", "Delete";
    }
);

crate::text_enum!(
    /// What a producer does to one photo of a listing.
    pub PhotoAction {
        Describe => "alt", "Describe";
        Move => "move", "Move";
        Remove => "delete", "Remove";
    }
);

crate::text_enum!(
    /// A moderator's verdict on a submitted listing.
    pub Decision {
        Approve => "approve", "Approved";
        RequestChanges => "request_changes", "Changes requested";
        Reject => "reject", "Rejected";
    }
);

impl Decision {
    pub fn outcome(self) -> ProductStatus {
        match self {
            Decision::Approve => ProductStatus::Published,
            Decision::RequestChanges => ProductStatus::ChangesRequested,
            Decision::Reject => ProductStatus::Rejected,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_read_as_dialled_in_india_and_kept_international() {
        let kept = |text: &str| PhoneNumber::parse(text).map(|p| p.as_str().to_owned());
        assert_eq!(kept("98765 43210").as_deref(), Ok("+919876543210"));
        assert_eq!(kept("+91 98765-43210").as_deref(), Ok("+919876543210"));
        assert_eq!(kept("(0542) 250 1234").as_deref(), Ok("+915422501234"));
        assert_eq!(kept("0044 20 7946 0958").as_deref(), Ok("+442079460958"));
        assert_eq!(kept("+44 20 7946 0958").as_deref(), Ok("+442079460958"));
        assert!(
            kept("+91 98765 4321")
                .unwrap_err()
                .to_string()
                .contains("10 digits after +91")
        );
        assert_eq!(kept("919876543210").as_deref(), Ok("+919876543210"));
        assert!(
            kept("98765 4321")
                .unwrap_err()
                .to_string()
                .contains("10 digits after +91")
        );
        assert!(kept("12345").is_err());
        assert!(kept("call 98765 43210").is_err());
        assert!(kept("98765+43210").is_err());
        let mobile = PhoneNumber::parse("9876543210").unwrap();
        assert_eq!(mobile.display(), "+91 98765 43210");
        assert_eq!(mobile.whatsapp_url(), "https://wa.me/919876543210");
        assert_eq!(
            PhoneNumber::parse("0542 2501234").unwrap().display(),
            "+91 5422501234"
        );
        assert_eq!(
            PhoneNumber::parse("+44 20 7946 0958").unwrap().display(),
            "+442079460958"
        );
    }

    #[test]
    fn gstin_checks_shape_and_check_character() {
        for good in ["27AAPFU0939F1ZV", "29AAGCB7383J1Z4", " 09aaach7409r1zz "] {
            assert!(Gstin::parse(good).is_ok(), "{good}");
        }
        assert!(
            Gstin::parse("27AAPFU0939F1ZW")
                .unwrap_err()
                .to_string()
                .contains("does not match")
        );
        assert!(
            Gstin::parse("27AAPFU0939F1Z")
                .unwrap_err()
                .to_string()
                .contains("15 characters")
        );
        assert!(Gstin::parse("27AAPF00939F1ZV").is_err(), "PAN shape");
    }

    #[test]
    fn iec_udyam_and_hs_codes() {
        assert!(Iec::parse("aapfu0939f").is_ok() && Iec::parse("0123456789").is_ok());
        assert!(Iec::parse("AAPFU0939").is_err());
        assert!(Udyam::parse("udyam-up-01-0012345").is_ok());
        assert!(Udyam::parse("UDYAM-UP-1-0012345").is_err());
        let hs = HsCode::parse("5007.20 10").unwrap();
        assert_eq!(
            (hs.as_str(), hs.subheading(), hs.chapter()),
            ("50072010", "500720", "50")
        );
        assert!(HsCode::parse("5007").is_err() && HsCode::parse("50072x").is_err());
    }

    #[test]
    fn money_in_minor_units() {
        assert_eq!(Minor::parse("1,250.5", 2), Ok(Minor(125_050)));
        assert_eq!(Minor::parse("1250", 0), Ok(Minor(1250)));
        assert!(Minor::parse("12.345", 2).is_err());
        assert!(Minor::parse("abc", 2).is_err());
        assert!(Minor::parse("-5", 2).is_err());
        assert_eq!(Minor(125_050).display(2), "1,250.50");
        assert_eq!(Minor(125_000).display(2), "1,250");
    }
}
