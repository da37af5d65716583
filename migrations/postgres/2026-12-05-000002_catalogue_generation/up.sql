-- The catalogue generation: a number that changes, in the same transaction,
-- with every write to what the public directory and product pages show, so
-- each instance can keep those pages rendered and know at once when a copy
-- is stale. Triggers rather than calls in code, so no write path can forget.
-- Statement triggers: a seed of 100,000 rows bumps it once per statement.
CREATE TABLE catalogue_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO catalogue_generation (id, generation) VALUES (1, 0);
CREATE FUNCTION bump_catalogue_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalogue_generation SET generation = generation + 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER products_bumps_catalogue_generation AFTER INSERT OR UPDATE OR DELETE ON products
FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
CREATE TRIGGER producers_bumps_catalogue_generation AFTER INSERT OR UPDATE OR DELETE ON producers
FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
CREATE TRIGGER product_images_bumps_catalogue_generation AFTER INSERT OR UPDATE OR DELETE ON product_images
FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
CREATE TRIGGER states_bumps_catalogue_generation AFTER INSERT OR UPDATE OR DELETE ON states
FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
CREATE TRIGGER districts_bumps_catalogue_generation AFTER INSERT OR UPDATE OR DELETE ON districts
FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
CREATE TRIGGER odop_products_bumps_catalogue_generation AFTER INSERT OR UPDATE OR DELETE ON odop_products
FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
CREATE TRIGGER gi_products_bumps_catalogue_generation AFTER INSERT OR UPDATE OR DELETE ON gi_products
FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
CREATE TRIGGER gi_product_states_bumps_catalogue_generation AFTER INSERT OR UPDATE OR DELETE ON gi_product_states
FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
CREATE TRIGGER hs_codes_bumps_catalogue_generation AFTER INSERT OR UPDATE OR DELETE ON hs_codes
FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
CREATE TRIGGER currencies_bumps_catalogue_generation AFTER INSERT OR UPDATE OR DELETE ON currencies
FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();
