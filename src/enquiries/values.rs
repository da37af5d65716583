//! The closed vocabularies of enquiries and buy requests, with the words
//! people see for them.

use serde::Serialize;

crate::text_enum!(
    /// What kind of business a buyer is.
    pub BuyerType {
        Importer => "importer", "Importer";
        Wholesaler => "wholesaler", "Wholesaler / distributor";
        Retailer => "retailer", "Retailer";
        SourcingAgent => "sourcing_agent", "Sourcing agent";
        Designer => "designer", "Designer / brand";
        CorporateGifting => "corporate_gifting", "Corporate gifting";
    }
);

crate::text_enum!(
    /// Where a conversation stands; both sides see the same status.
    pub EnquiryStatus {
        New => "new", "New";
        Replied => "replied", "Replied";
        Quoted => "quoted", "Quoted";
        Accepted => "accepted", "Quote accepted";
        Declined => "declined", "Quote declined";
        Closed => "closed", "Closed";
    }
);

crate::text_enum!(
    /// How a closed conversation ended.
    pub Outcome {
        Won => "won", "Won – an order was agreed";
        Lost => "lost", "Lost – no order this time";
        NoResponse => "no_response", "No response";
    }
);

crate::text_enum!(
    pub QuoteStatus {
        Offered => "offered", "Offered";
        Accepted => "accepted", "Accepted";
        Declined => "declined", "Declined";
        Superseded => "superseded", "Replaced by a newer quote";
    }
);

crate::text_enum!(
    /// A buy request waits for an admin, then is open until it closes.
    pub RfqStatus {
        Pending => "pending", "Waiting for approval";
        Open => "open", "Open";
        Rejected => "rejected", "Not approved";
        Closed => "closed", "Closed";
    }
);

crate::text_enum!(
    /// Why a buy request closed.
    pub CloseReason {
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
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
