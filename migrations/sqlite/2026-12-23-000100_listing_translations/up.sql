-- The language a listing's and a profile's own text is written in; a
-- producer may add the same text in other languages (issue #20 item 3).
ALTER TABLE products ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE producers ADD COLUMN language TEXT NOT NULL DEFAULT 'en';

-- A listing's title and description in another language than its own.
CREATE TABLE product_translations (
    product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (product_id, language)
);

-- A producer's story in another language than the profile's own.
CREATE TABLE producer_translations (
    producer_id TEXT NOT NULL REFERENCES producers (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    story TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (producer_id, language)
);

-- Product and producer pages are kept rendered per catalogue generation
-- (2026-12-05-000002_catalogue_generation) and show the translations.
CREATE TRIGGER product_translations_insert_bumps_catalogue_generation AFTER INSERT ON product_translations
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER product_translations_update_bumps_catalogue_generation AFTER UPDATE ON product_translations
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER product_translations_delete_bumps_catalogue_generation AFTER DELETE ON product_translations
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER producer_translations_insert_bumps_catalogue_generation AFTER INSERT ON producer_translations
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER producer_translations_update_bumps_catalogue_generation AFTER UPDATE ON producer_translations
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER producer_translations_delete_bumps_catalogue_generation AFTER DELETE ON producer_translations
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
