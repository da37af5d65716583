DROP TRIGGER producer_translations_bumps_catalogue_generation ON producer_translations;
DROP TRIGGER product_translations_bumps_catalogue_generation ON product_translations;
DROP TABLE producer_translations;
DROP TABLE product_translations;
ALTER TABLE producers DROP COLUMN language;
ALTER TABLE products DROP COLUMN language;
