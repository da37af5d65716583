-- "Must meet" marks: a participant's wish to meet one on the other side,
-- once per pair and direction. The event is repeated so organisers read an
-- event's marks without a join.
CREATE TABLE meeting_wishes (
    from_id TEXT NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
    to_id TEXT NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (from_id, to_id)
);
CREATE INDEX meeting_wishes_event ON meeting_wishes (event_id);

-- An event's draft schedule for its hosted buyers (one per event): the
-- fairness settings it was generated with, and when it was published.
CREATE TABLE schedule_drafts (
    event_id TEXT PRIMARY KEY NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    min_per_producer INTEGER NOT NULL,
    max_share_percent INTEGER NOT NULL,
    per_buyer INTEGER NOT NULL,
    generated_by TEXT NOT NULL REFERENCES users (id),
    generated_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP
);

-- The draft's meetings. The keys refuse two draft meetings for one party
-- at one time, as meeting_holds does for booked ones.
CREATE TABLE draft_meetings (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES schedule_drafts (event_id) ON DELETE CASCADE,
    buyer_id TEXT NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
    producer_id TEXT NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    -- must_meet / suggested
    basis TEXT NOT NULL,
    UNIQUE (event_id, buyer_id, starts_at),
    UNIQUE (event_id, producer_id, starts_at)
);

-- Why an approved producer got no meeting in the draft when it was generated.
CREATE TABLE draft_unplaced (
    event_id TEXT NOT NULL REFERENCES schedule_drafts (event_id) ON DELETE CASCADE,
    producer_id TEXT NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
    -- no_match / no_common_hours / buyers_full / no_free_slot
    why TEXT NOT NULL,
    PRIMARY KEY (event_id, producer_id)
);
