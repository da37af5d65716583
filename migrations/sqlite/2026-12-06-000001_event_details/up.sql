-- What an event says about itself and whom it is for, the hosted buyers
-- and what buyers look for, a meeting's products of interest, and a move
-- to another time that waits for the other side's answer.
-- Comma-separated: sector slugs, ISO country codes, state and district LGD codes.
ALTER TABLE events ADD COLUMN sectors TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN buyer_countries TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN focus_states TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN focus_districts TEXT NOT NULL DEFAULT '';
-- Approved participants per side; NULL: no limit.
ALTER TABLE events ADD COLUMN producer_capacity INTEGER;
ALTER TABLE events ADD COLUMN buyer_capacity INTEGER;
-- Where video rooms are made for this event, instead of the site's pattern.
ALTER TABLE events ADD COLUMN video_base TEXT;

-- An event's banner photo (see `media`): its content hash and upright size
-- as uploaded, which says what variants exist.
CREATE TABLE event_banners (
    event_id TEXT PRIMARY KEY NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    hash TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- The missions and councils behind an event, in the order shown.
CREATE TABLE event_co_hosts (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
);

ALTER TABLE event_participants ADD COLUMN hosted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE event_participants ADD COLUMN hs_codes TEXT NOT NULL DEFAULT '';
ALTER TABLE event_participants ADD COLUMN volumes TEXT NOT NULL DEFAULT '';

-- The producer's listings the meeting is about, comma-separated ids.
ALTER TABLE meetings ADD COLUMN product_ids TEXT NOT NULL DEFAULT '';
-- Another time one side proposed; the meeting keeps its own until the
-- other side accepts (the proposed slot is held for both meanwhile).
ALTER TABLE meetings ADD COLUMN proposed_starts_at TIMESTAMP;
ALTER TABLE meetings ADD COLUMN proposed_by TEXT REFERENCES event_participants (id);
