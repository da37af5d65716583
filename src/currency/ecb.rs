//! The European Central Bank's daily reference rates
//! (`eurofxref-daily.xml`): one date and, for each of about thirty
//! currencies, how many units one euro buys.
//!
//! ```xml
//! <gesmes:Envelope …><Cube><Cube time="2026-12-04">
//!   <Cube currency="USD" rate="1.0512"/> …
//! </Cube></Cube></gesmes:Envelope>
//! ```

use chrono::NaiveDate;

use super::convert::PerEur;
use super::model::Currency;

/// One day's rates as the bank published them.
#[derive(Debug, Clone, PartialEq)]
pub struct Published {
    pub date: NaiveDate,
    pub rates: Vec<(Currency, PerEur)>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum EcbError {
    #[error("the rates file is not XML: {0}")]
    NotXml(String),
    #[error("the rates file has no dated Cube of rates")]
    NoDate,
    #[error("the rates file's date '{0}' is not a date")]
    BadDate(String),
    #[error("the rates file's rate for {currency} ('{rate}') is not a positive number")]
    BadRate { currency: String, rate: String },
    #[error("the rates file has no rates")]
    NoRates,
}

/// Reads the daily file. Any part that does not read fails the whole file,
/// so a half-understood file never replaces good rates.
pub fn parse(xml: &str) -> Result<Published, EcbError> {
    let document = roxmltree::Document::parse(xml).map_err(|e| EcbError::NotXml(e.to_string()))?;
    let day = document
        .descendants()
        .find(|n| n.has_tag_name("Cube") && n.attribute("time").is_some())
        .ok_or(EcbError::NoDate)?;
    let time = day.attribute("time").unwrap_or_default();
    let date = NaiveDate::parse_from_str(time, "%Y-%m-%d").map_err(|_| EcbError::BadDate(time.to_owned()))?;
    let mut rates = Vec::new();
    for cube in day.children().filter(|n| n.has_tag_name("Cube")) {
        let (Some(code), Some(rate)) = (cube.attribute("currency"), cube.attribute("rate")) else {
            continue;
        };
        let bad = || EcbError::BadRate {
            currency: code.to_owned(),
            rate: rate.to_owned(),
        };
        let currency = Currency::parse(code).ok_or_else(bad)?;
        rates.push((currency, PerEur::parse(rate).ok_or_else(bad)?));
    }
    if rates.is_empty() {
        return Err(EcbError::NoRates);
    }
    Ok(Published { date, rates })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const SAMPLE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
	<gesmes:subject>Reference rates</gesmes:subject>
	<gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
	<Cube>
		<Cube time='2026-12-04'>
			<Cube currency='USD' rate='1.0512'/>
			<Cube currency='JPY' rate='161.90'/>
			<Cube currency='GBP' rate='0.83563'/>
			<Cube currency='INR' rate='88.7425'/>
		</Cube>
	</Cube>
</gesmes:Envelope>"#;

    #[test]
    fn the_daily_file_reads_as_a_date_and_exact_rates() {
        let published = parse(SAMPLE).unwrap();
        assert_eq!(published.date, NaiveDate::from_ymd_opt(2026, 12, 4).unwrap());
        assert_eq!(
            published.rates,
            vec![
                (Currency::USD, PerEur::from_millionths(1_051_200)),
                (
                    Currency::parse("JPY").unwrap(),
                    PerEur::from_millionths(161_900_000)
                ),
                (Currency::parse("GBP").unwrap(), PerEur::from_millionths(835_630)),
                (Currency::INR, PerEur::from_millionths(88_742_500)),
            ]
        );
    }

    #[test]
    fn a_file_that_does_not_read_is_refused_whole() {
        assert!(matches!(
            parse("<Cube time='2026-12-04'"),
            Err(EcbError::NotXml(_))
        ));
        assert_eq!(parse("<Cube><Cube/></Cube>"), Err(EcbError::NoDate));
        assert_eq!(
            parse("<Cube time='4 Dec'><Cube currency='USD' rate='1.05'/></Cube>"),
            Err(EcbError::BadDate("4 Dec".into()))
        );
        assert_eq!(parse("<Cube time='2026-12-04'></Cube>"), Err(EcbError::NoRates));
        for rate in ["abc", "-1.2", "0", "1.2.3", ""] {
            let xml = format!("<Cube time='2026-12-04'><Cube currency='USD' rate='{rate}'/></Cube>");
            assert!(matches!(parse(&xml), Err(EcbError::BadRate { .. })), "{rate}");
        }
    }
}
