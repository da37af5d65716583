//! The closed vocabularies of enquiries and buy requests, with the words
//! people see for them.

use serde::Serialize;

/// Declares a string-backed enum with its stored names and labels.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn parse(text: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == text.trim())
            }
        }
    };
}

vocabulary!(
    /// What kind of business a buyer is.
    BuyerType {
        Importer => "importer", "Importer";
        Wholesaler => "wholesaler", "Wholesaler / distributor";
        Retailer => "retailer", "Retailer";
        SourcingAgent => "sourcing_agent", "Sourcing agent";
        Designer => "designer", "Designer / brand";
        CorporateGifting => "corporate_gifting", "Corporate gifting";
    }
);

vocabulary!(
    /// Where a conversation stands; both sides see the same status.
    EnquiryStatus {
        New => "new", "New";
        Replied => "replied", "Replied";
        Quoted => "quoted", "Quoted";
        Accepted => "accepted", "Quote accepted";
        Declined => "declined", "Quote declined";
        Closed => "closed", "Closed";
    }
);

vocabulary!(
    /// How a closed conversation ended.
    Outcome {
        Won => "won", "Won – an order was agreed";
        Lost => "lost", "Lost – no order this time";
        NoResponse => "no_response", "No response";
    }
);

vocabulary!(
    QuoteStatus {
        Offered => "offered", "Offered";
        Accepted => "accepted", "Accepted";
        Declined => "declined", "Declined";
        Superseded => "superseded", "Replaced by a newer quote";
    }
);

vocabulary!(
    /// A buy request waits for an admin, then is open until it closes.
    RfqStatus {
        Pending => "pending", "Waiting for approval";
        Open => "open", "Open";
        Rejected => "rejected", "Not approved";
        Closed => "closed", "Closed";
    }
);

vocabulary!(
    /// Why a buy request closed.
    CloseReason {
        Deadline => "deadline", "Its deadline passed";
        Quotes => "quotes", "It received enough quotes";
        Buyer => "buyer", "The buyer closed it";
    }
);

impl EnquiryStatus {
    /// Closed conversations are kept to read but take no more messages.
    pub fn is_open(self) -> bool {
        self != EnquiryStatus::Closed
    }
}

/// Which party of a conversation someone is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Buyer,
    Producer,
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::Buyer => Side::Producer,
            Side::Producer => Side::Buyer,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for status in EnquiryStatus::ALL {
            assert_eq!(EnquiryStatus::parse(status.as_str()), Some(*status));
        }
        assert_eq!(BuyerType::parse("sourcing_agent"), Some(BuyerType::SourcingAgent));
        assert_eq!(Outcome::parse("maybe"), None);
    }
}
