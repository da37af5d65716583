-- Browsers that signed in to an account before: a long-lived cookie holds a
-- random secret, only its SHA-256 is stored. A known browser is let through
-- the per-account sign-in limit (so guessing at someone's password cannot
-- lock them out), and a sign-in from an unknown one is e-mailed.
CREATE TABLE known_devices (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    secret_hash TEXT NOT NULL,
    device TEXT NOT NULL,
    first_seen_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    UNIQUE (user_id, secret_hash)
);
