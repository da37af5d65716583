-- Time-based one-time codes (RFC 6238) as a second factor. The secret is
-- kept as the authenticator app has it (base32): it must be readable to
-- check codes. `last_used_step` makes each code work once.
CREATE TABLE two_factor (
    user_id TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    confirmed_at TIMESTAMP,
    last_used_step BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL
);
-- Single-use codes for a lost phone; only their SHA-256 is stored.
CREATE TABLE recovery_codes (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX recovery_codes_user_id ON recovery_codes (user_id);
-- Whether the session was started (or later confirmed) with a second factor.
ALTER TABLE sessions ADD COLUMN two_factor BOOLEAN NOT NULL DEFAULT FALSE;
