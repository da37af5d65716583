//! What each cell of the organiser's grid shows: one participant at one
//! slot, worked out from the day's holds (read once for the whole page),
//! the participant's hours and the event's unpublished draft schedule. A
//! plain enum, so a new kind of cell is one more variant that the compiler
//! makes every reader handle.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::meetings::availability::Availability;
use crate::meetings::draft::model::DraftMeetingId;
use crate::meetings::model::{MeetingId, MeetingStatus, ParticipantId};
use crate::meetings::schedule::Slot;

/// One participant at one slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Cell {
    /// Free and inside their hours.
    Free,
    /// Free, but outside their hours: bookable only by an organiser's override.
    OutsideHours,
    /// A request waiting for an answer, or the time proposed for moving an
    /// accepted meeting: held, not yet confirmed.
    Pending { meeting: MeetingId, with: ParticipantId },
    /// An accepted meeting at its time.
    Booked { meeting: MeetingId, with: ParticipantId },
    /// Blocked by the participant for themselves.
    Blocked,
    /// A meeting of the unpublished draft schedule: nobody has been told.
    /// `fits` is false when it breaks a rule now (a booking made since,
    /// new hours, the daily cap), which publication would refuse. It shows
    /// over whatever else the slot holds, since it is what needs the
    /// organiser's hand.
    Draft {
        meeting: DraftMeetingId,
        with: ParticipantId,
        fits: bool,
    },
}

/// A draft meeting as the cells of its two parties show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftHold {
    pub meeting: DraftMeetingId,
    pub buyer: ParticipantId,
    pub producer: ParticipantId,
    pub fits: bool,
}

/// The day's draft meetings, by participant and start (each under both parties).
pub type DraftHolds = HashMap<(ParticipantId, NaiveDateTime), DraftHold>;

/// `drafted` keyed for [`row`].
pub fn draft_holds(drafted: impl IntoIterator<Item = (DraftHold, NaiveDateTime)>) -> DraftHolds {
    drafted
        .into_iter()
        .flat_map(|(hold, at)| {
            [
                ((hold.buyer.clone(), at), hold.clone()),
                ((hold.producer.clone(), at), hold),
            ]
        })
        .collect()
}

/// The meeting behind a hold, as far as a cell needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldingMeeting {
    pub id: MeetingId,
    pub status: MeetingStatus,
    pub expires_at: Option<NaiveDateTime>,
    pub requester_id: ParticipantId,
    pub recipient_id: ParticipantId,
    pub starts_at: NaiveDateTime,
}

/// One participant's hold on one slot start: a meeting's, or (none) a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hold {
    pub participant_id: ParticipantId,
    pub slot_start: NaiveDateTime,
    pub meeting: Option<HoldingMeeting>,
}

impl Hold {
    /// A request whose answer time ran out holds nothing any more, though
    /// its row stays until the expiry job runs.
    pub fn lapsed(&self, now: NaiveDateTime) -> bool {
        self.meeting
            .as_ref()
            .is_some_and(|m| m.status == MeetingStatus::Requested && m.expires_at.is_some_and(|at| at <= now))
    }

    /// What the hold makes of its cell; `None` when it holds nothing at `now`.
    fn cell(&self, now: NaiveDateTime) -> Option<Cell> {
        if self.lapsed(now) {
            return None;
        }
        let Some(meeting) = &self.meeting else {
            return Some(Cell::Blocked);
        };
        let with = if meeting.requester_id == self.participant_id {
            meeting.recipient_id.clone()
        } else {
            meeting.requester_id.clone()
        };
        let id = meeting.id.clone();
        match meeting.status {
            MeetingStatus::Accepted if meeting.starts_at == self.slot_start => {
                Some(Cell::Booked { meeting: id, with })
            }
            MeetingStatus::Accepted | MeetingStatus::Requested => Some(Cell::Pending { meeting: id, with }),
            MeetingStatus::Declined | MeetingStatus::Cancelled | MeetingStatus::Expired => None,
        }
    }
}

/// The day's holds of the participants on a page, by participant and start.
pub type Holds = HashMap<(ParticipantId, NaiveDateTime), Hold>;

/// `participant`'s cells across `slots`.
pub fn row(
    participant: &ParticipantId,
    hours: &Availability,
    slots: &[Slot],
    (holds, drafted): (&Holds, &DraftHolds),
    now: NaiveDateTime,
) -> Vec<Cell> {
    slots
        .iter()
        .map(|slot| {
            let key = (participant.clone(), slot.starts_at.naive_utc());
            let draft = drafted.get(&key).map(|d| Cell::Draft {
                meeting: d.meeting.clone(),
                with: if d.buyer == *participant {
                    d.producer.clone()
                } else {
                    d.buyer.clone()
                },
                fits: d.fits,
            });
            draft
                .or_else(|| holds.get(&key).and_then(|hold| hold.cell(now)))
                .unwrap_or_else(|| {
                    if hours.covers(slot) {
                        Cell::Free
                    } else {
                        Cell::OutsideHours
                    }
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, NaiveTime, TimeZone, Utc};

    use super::*;
    use crate::meetings::schedule::LocalSpan;

    fn at(hour: u32) -> NaiveDateTime {
        Utc.with_ymd_and_hms(2027, 3, 2, hour, 0, 0)
            .single()
            .unwrap_or_default()
            .naive_utc()
    }

    fn slot(hour: u32) -> Slot {
        let starts_at = at(hour).and_utc();
        Slot {
            starts_at,
            ends_at: starts_at + Duration::minutes(20),
        }
    }

    fn meeting(status: MeetingStatus, starts_at: NaiveDateTime) -> HoldingMeeting {
        HoldingMeeting {
            id: MeetingId::from("m1".to_owned()),
            status,
            expires_at: Some(at(1)),
            requester_id: ParticipantId::from("buyer".to_owned()),
            recipient_id: ParticipantId::from("producer".to_owned()),
            starts_at,
        }
    }

    #[test]
    fn each_hold_and_the_hours_give_the_cell_its_state() {
        let producer = ParticipantId::from("producer".to_owned());
        let hold = |hour, meeting| Hold {
            participant_id: producer.clone(),
            slot_start: at(hour),
            meeting,
        };
        let holds: Holds = [
            hold(9, Some(meeting(MeetingStatus::Accepted, at(9)))),
            hold(10, Some(meeting(MeetingStatus::Accepted, at(9)))),
            hold(11, None),
            hold(12, Some(meeting(MeetingStatus::Requested, at(12)))),
        ]
        .into_iter()
        .map(|h| ((h.participant_id.clone(), h.slot_start), h))
        .collect();
        // UTC hours 09:00–14:00: the 14:00 slot ends outside them.
        let time = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default();
        let span = LocalSpan::new(time(9), time(14)).unwrap_or(LocalSpan {
            start: time(9),
            end: time(14),
        });
        let hours = Availability::daily(chrono_tz::UTC, span);
        let slots: Vec<Slot> = [9, 10, 11, 12, 13, 14].into_iter().map(slot).collect();
        let with = ParticipantId::from("buyer".to_owned());
        let id = MeetingId::from("m1".to_owned());
        let before_expiry = at(0);
        assert_eq!(
            row(
                &producer,
                &hours,
                &slots,
                (&holds, &DraftHolds::new()),
                before_expiry
            ),
            [
                Cell::Booked {
                    meeting: id.clone(),
                    with: with.clone()
                },
                Cell::Pending {
                    meeting: id.clone(),
                    with: with.clone()
                },
                Cell::Blocked,
                Cell::Pending {
                    meeting: id,
                    with: with.clone()
                },
                Cell::Free,
                Cell::OutsideHours,
            ]
        );
        // Once the request's answer time has run out, its slot is free again.
        assert_eq!(
            row(&producer, &hours, &slots, (&holds, &DraftHolds::new()), at(2))[3],
            Cell::Free
        );

        // A draft meeting shows on both its parties' rows, over a hold too.
        let draft = |hour, fits| {
            (
                DraftHold {
                    meeting: DraftMeetingId::from(format!("d{hour}")),
                    buyer: with.clone(),
                    producer: producer.clone(),
                    fits,
                },
                at(hour),
            )
        };
        let drafted = draft_holds([draft(13, true), draft(11, false)]);
        let cells = row(&producer, &hours, &slots, (&holds, &drafted), before_expiry);
        assert_eq!(
            cells[4],
            Cell::Draft {
                meeting: DraftMeetingId::from("d13".to_owned()),
                with: with.clone(),
                fits: true
            }
        );
        assert!(matches!(&cells[2], Cell::Draft { fits: false, .. }));
        let buyers_row = row(&with, &hours, &slots, (&Holds::new(), &drafted), before_expiry);
        assert!(matches!(&buyers_row[4], Cell::Draft { with, .. } if *with == producer));
    }
}
