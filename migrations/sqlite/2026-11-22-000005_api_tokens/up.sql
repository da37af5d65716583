-- Secrets for programmatic access (`Authorization: Bearer odop_…`). Only the
-- SHA-256 of a secret is stored; the secret is shown once, when it is made.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX api_tokens_user_id ON api_tokens (user_id);

-- A producer's logo is stored like a product photo; its size says which
-- variants exist and reserves its space on the page.
ALTER TABLE producers ADD COLUMN logo_width INTEGER;
ALTER TABLE producers ADD COLUMN logo_height INTEGER;
