-- A participant's private calendar feed (`/meetings.ics?token=…`), one per
-- account across all its events, as calendar apps subscribe to one address.
-- Only the SHA-256 of the secret is stored, as for API tokens; resetting the
-- link replaces the row, so the old address finds nothing.
CREATE TABLE meeting_feeds (
    user_id TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);
