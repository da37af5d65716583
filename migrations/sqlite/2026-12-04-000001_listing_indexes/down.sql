CREATE INDEX products_status ON products (status);
CREATE INDEX products_producer_id ON products (producer_id);
DROP INDEX products_producer_status_published_at;
DROP INDEX products_sector_status_published_at;
DROP INDEX products_status_published_at;
