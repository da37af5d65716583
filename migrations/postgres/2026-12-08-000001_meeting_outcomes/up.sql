-- What each side of a meeting says came of it: asked once when the meeting
-- has ended, and again 90 days later (the follow-up, answered once). One row
-- per meeting and side, as each side sees only their own. The event is
-- repeated here so the programme report groups outcomes without a join.
CREATE TABLE meeting_outcomes (
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    -- yes / no_show / technical
    took_place TEXT NOT NULL,
    -- How it went, when it took place.
    result TEXT,
    -- An expected value in minor units of an ISO 4217 currency.
    expected_minor BIGINT,
    expected_currency TEXT REFERENCES currencies (code),
    note TEXT NOT NULL,
    -- The enquiry thread between the two where the deal continues.
    enquiry_id TEXT REFERENCES enquiries (id) ON DELETE SET NULL,
    follow_up TEXT,
    order_minor BIGINT,
    order_currency TEXT REFERENCES currencies (code),
    follow_up_note TEXT NOT NULL,
    followed_up_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (meeting_id, participant_id)
);
CREATE INDEX meeting_outcomes_event ON meeting_outcomes (event_id, took_place);
CREATE INDEX meeting_outcomes_participant ON meeting_outcomes (participant_id);

-- The programme report counts an event's meetings by status.
CREATE INDEX meetings_event_status ON meetings (event_id, status);
