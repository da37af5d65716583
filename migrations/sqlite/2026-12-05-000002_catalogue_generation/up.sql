-- The catalogue generation: a number that changes, in the same transaction,
-- with every write to what the public directory and product pages show, so
-- each instance can keep those pages rendered and know at once when a copy
-- is stale. Triggers rather than calls in code, so no write path can forget.
-- SQLite has only row triggers, one per event.
CREATE TABLE catalogue_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO catalogue_generation (id, generation) VALUES (1, 0);
CREATE TRIGGER products_insert_bumps_catalogue_generation AFTER INSERT ON products
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER products_update_bumps_catalogue_generation AFTER UPDATE ON products
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER products_delete_bumps_catalogue_generation AFTER DELETE ON products
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER producers_insert_bumps_catalogue_generation AFTER INSERT ON producers
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER producers_update_bumps_catalogue_generation AFTER UPDATE ON producers
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER producers_delete_bumps_catalogue_generation AFTER DELETE ON producers
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER product_images_insert_bumps_catalogue_generation AFTER INSERT ON product_images
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER product_images_update_bumps_catalogue_generation AFTER UPDATE ON product_images
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER product_images_delete_bumps_catalogue_generation AFTER DELETE ON product_images
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER states_insert_bumps_catalogue_generation AFTER INSERT ON states
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER states_update_bumps_catalogue_generation AFTER UPDATE ON states
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER states_delete_bumps_catalogue_generation AFTER DELETE ON states
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER districts_insert_bumps_catalogue_generation AFTER INSERT ON districts
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER districts_update_bumps_catalogue_generation AFTER UPDATE ON districts
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER districts_delete_bumps_catalogue_generation AFTER DELETE ON districts
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER odop_products_insert_bumps_catalogue_generation AFTER INSERT ON odop_products
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER odop_products_update_bumps_catalogue_generation AFTER UPDATE ON odop_products
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER odop_products_delete_bumps_catalogue_generation AFTER DELETE ON odop_products
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER gi_products_insert_bumps_catalogue_generation AFTER INSERT ON gi_products
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER gi_products_update_bumps_catalogue_generation AFTER UPDATE ON gi_products
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER gi_products_delete_bumps_catalogue_generation AFTER DELETE ON gi_products
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER gi_product_states_insert_bumps_catalogue_generation AFTER INSERT ON gi_product_states
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER gi_product_states_update_bumps_catalogue_generation AFTER UPDATE ON gi_product_states
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER gi_product_states_delete_bumps_catalogue_generation AFTER DELETE ON gi_product_states
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER hs_codes_insert_bumps_catalogue_generation AFTER INSERT ON hs_codes
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER hs_codes_update_bumps_catalogue_generation AFTER UPDATE ON hs_codes
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER hs_codes_delete_bumps_catalogue_generation AFTER DELETE ON hs_codes
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER currencies_insert_bumps_catalogue_generation AFTER INSERT ON currencies
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER currencies_update_bumps_catalogue_generation AFTER UPDATE ON currencies
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
CREATE TRIGGER currencies_delete_bumps_catalogue_generation AFTER DELETE ON currencies
BEGIN UPDATE catalogue_generation SET generation = generation + 1; END;
