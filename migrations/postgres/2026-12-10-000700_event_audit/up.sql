-- What an event's organisers did to its meetings (booked one for a hosted
-- buyer, moved, cancelled, gave it a video link), each written in the
-- transaction of the change it records. Its own table: `events` is at 31
-- columns and the account audit log is about accounts.
CREATE TABLE event_audit (
    id TEXT PRIMARY KEY NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- booked / moved / cancelled / video_link
    action TEXT NOT NULL,
    meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL,
    detail TEXT NOT NULL,
    at TIMESTAMP NOT NULL
);
CREATE INDEX event_audit_event_at ON event_audit (event_id, at);
