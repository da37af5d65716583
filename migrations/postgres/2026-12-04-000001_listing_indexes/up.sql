-- The listing pages (home, sector, producer, district, state) read the newest
-- published listings: with these they walk an index in order and stop at the
-- page's limit, instead of sorting every published listing.
CREATE INDEX products_status_published_at ON products (status, published_at);
CREATE INDEX products_sector_status_published_at ON products (sector, status, published_at);
CREATE INDEX products_producer_status_published_at ON products (producer_id, status, published_at);
-- Prefixes of the indexes above.
DROP INDEX products_status;
DROP INDEX products_producer_id;
