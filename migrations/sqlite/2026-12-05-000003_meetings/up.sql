-- Virtual buyer-seller meetings: events, who takes part, and the meetings
-- they book. Instants are UTC; local clock times ("09:30") are text read in
-- the zone their row names.
CREATE TABLE events (
    id TEXT PRIMARY KEY NOT NULL,
    owner_id TEXT NOT NULL REFERENCES users (id),
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    first_day DATE NOT NULL,
    days INTEGER NOT NULL,
    window_start TEXT NOT NULL,
    window_end TEXT NOT NULL,
    -- "12:30-13:30" spans separated by commas, in the event's zone.
    breaks TEXT NOT NULL,
    slot_minutes INTEGER NOT NULL,
    gap_minutes INTEGER NOT NULL,
    booking_opens_at TIMESTAMP NOT NULL,
    booking_closes_at TIMESTAMP NOT NULL,
    request_mode TEXT NOT NULL,
    request_expiry_minutes INTEGER NOT NULL,
    daily_cap INTEGER NOT NULL,
    approval TEXT NOT NULL,
    status TEXT NOT NULL,
    published_at TIMESTAMP,
    cancelled_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX events_owner_id ON events (owner_id);
CREATE INDEX events_status_first_day ON events (status, first_day);

-- Organisers with the owner's rights on one event.
CREATE TABLE event_organisers (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX event_organisers_user_id ON event_organisers (user_id);

CREATE TABLE event_participants (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id),
    side TEXT NOT NULL,
    status TEXT NOT NULL,
    -- A producer's pitch, or what a buyer looks for.
    pitch TEXT NOT NULL,
    -- Producers: the ids of the published listings they bring, comma-separated.
    product_ids TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    hours_start TEXT NOT NULL,
    hours_end TEXT NOT NULL,
    decision_note TEXT,
    decided_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (event_id, user_id)
);
CREATE INDEX event_participants_user_id ON event_participants (user_id);

-- A participant's hours on one event day, replacing their daily hours.
CREATE TABLE participant_hours (
    participant_id TEXT NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    hours_start TEXT NOT NULL,
    hours_end TEXT NOT NULL,
    PRIMARY KEY (participant_id, day)
);

CREATE TABLE meetings (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    requester_id TEXT NOT NULL REFERENCES event_participants (id),
    recipient_id TEXT NOT NULL REFERENCES event_participants (id),
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    status TEXT NOT NULL,
    expires_at TIMESTAMP,
    message TEXT NOT NULL,
    reason TEXT,
    uid TEXT NOT NULL UNIQUE,
    -- The video room, given when the meeting is accepted.
    video_url TEXT,
    sequence INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX meetings_requester_id ON meetings (requester_id);
CREATE INDEX meetings_recipient_id ON meetings (recipient_id);
CREATE INDEX meetings_status_expires_at ON meetings (status, expires_at);

-- What makes double booking impossible: one row per participant and slot
-- start, written in the transaction that requests the meeting (one for each
-- side) and deleted when it is declined, expires or is cancelled. A slot a
-- participant blocks for themselves is a hold without a meeting.
CREATE TABLE meeting_holds (
    participant_id TEXT NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
    slot_start TIMESTAMP NOT NULL,
    meeting_id TEXT REFERENCES meetings (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (participant_id, slot_start)
);
CREATE INDEX meeting_holds_meeting_id ON meeting_holds (meeting_id);
