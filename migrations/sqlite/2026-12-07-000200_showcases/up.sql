-- Showcases: collections of published listings that organisers curate,
-- shown between two instants (UTC) once published.
CREATE TABLE showcases (
    id TEXT PRIMARY KEY NOT NULL,
    owner_id TEXT NOT NULL REFERENCES users (id),
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    theme TEXT NOT NULL,
    -- How the public page groups its products: none, state, district, gi or named.
    pavilions TEXT NOT NULL,
    event_id TEXT REFERENCES events (id) ON DELETE SET NULL,
    -- The publish window: shown from live_from until just before live_until
    -- (NULL: no end). A draft may have no window yet.
    live_from TIMESTAMP,
    live_until TIMESTAMP,
    featured BOOLEAN NOT NULL,
    status TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX showcases_owner_id ON showcases (owner_id);
CREATE INDEX showcases_status_live_from ON showcases (status, live_from);

-- Pavilions named by hand, in the order shown.
CREATE TABLE showcase_sections (
    id TEXT PRIMARY KEY NOT NULL,
    showcase_id TEXT NOT NULL REFERENCES showcases (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL
);
CREATE INDEX showcase_sections_showcase_id ON showcase_sections (showcase_id);

-- The listings of a showcase in the curator's order, each with its note.
-- A listing that stops being published stays here (it comes back if it is
-- published again); public pages leave it out when they read.
CREATE TABLE showcase_items (
    showcase_id TEXT NOT NULL REFERENCES showcases (id) ON DELETE CASCADE,
    product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    note TEXT NOT NULL,
    section_id TEXT REFERENCES showcase_sections (id) ON DELETE SET NULL,
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (showcase_id, product_id)
);
CREATE INDEX showcase_items_product_id ON showcase_items (product_id);

-- A showcase's banner photo (see `media`): its content hash and upright size
-- as uploaded, which say what variants exist, and its alt text.
CREATE TABLE showcase_banners (
    showcase_id TEXT PRIMARY KEY NOT NULL REFERENCES showcases (id) ON DELETE CASCADE,
    hash TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    alt_text TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX showcase_banners_hash ON showcase_banners (hash);

-- The home page features showcases and is kept rendered per catalogue
-- generation (2026-12-05-000002_catalogue_generation), so every write to
-- what it shows of them bumps the generation too.
CREATE TRIGGER showcases_insert_bumps_catalogue_generation AFTER INSERT ON showcases
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER showcases_update_bumps_catalogue_generation AFTER UPDATE ON showcases
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER showcases_delete_bumps_catalogue_generation AFTER DELETE ON showcases
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER showcase_sections_insert_bumps_catalogue_generation AFTER INSERT ON showcase_sections
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER showcase_sections_update_bumps_catalogue_generation AFTER UPDATE ON showcase_sections
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER showcase_sections_delete_bumps_catalogue_generation AFTER DELETE ON showcase_sections
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER showcase_items_insert_bumps_catalogue_generation AFTER INSERT ON showcase_items
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER showcase_items_update_bumps_catalogue_generation AFTER UPDATE ON showcase_items
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER showcase_items_delete_bumps_catalogue_generation AFTER DELETE ON showcase_items
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER showcase_banners_insert_bumps_catalogue_generation AFTER INSERT ON showcase_banners
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER showcase_banners_update_bumps_catalogue_generation AFTER UPDATE ON showcase_banners
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER showcase_banners_delete_bumps_catalogue_generation AFTER DELETE ON showcase_banners
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
