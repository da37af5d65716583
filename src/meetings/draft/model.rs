//! Rows of a draft schedule and the vocabularies they store.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::accounts::model::UserId;
use crate::meetings::model::{EventId, ParticipantId};
use crate::schema::{draft_meetings, schedule_drafts};

crate::id_type!(
    /// A meeting of a draft schedule, before it is published.
    pub DraftMeetingId
);

crate::text_enum!(
    /// Why a pair is in the draft.
    pub Basis {
        MustMeet => "must_meet", "Must meet";
        Suggested => "suggested", "Suggested";
    }
);

crate::text_enum!(
    /// Why an approved producer got no meeting in the draft.
    pub Unplaced {
        NoMatch => "no_match", "No hosted buyer's interests match";
        NoCommonHours => "no_common_hours", "No hours overlap with any hosted buyer whose interests match";
        BuyersFull => "buyers_full", "The hosted buyers whose interests match have all their meetings";
        NoFreeSlot => "no_free_slot", "No free slot is left in common with a matching buyer";
    }
);

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = schedule_drafts, treat_none_as_default_value = false)]
pub struct Draft {
    pub event_id: EventId,
    pub min_per_producer: i32,
    pub max_share_percent: i32,
    pub per_buyer: i32,
    pub generated_by: UserId,
    pub generated_at: NaiveDateTime,
    pub published_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = draft_meetings, treat_none_as_default_value = false)]
pub struct DraftMeeting {
    pub id: DraftMeetingId,
    pub event_id: EventId,
    pub buyer_id: ParticipantId,
    pub producer_id: ParticipantId,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub basis: Basis,
}
