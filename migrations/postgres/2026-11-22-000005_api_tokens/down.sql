ALTER TABLE producers DROP COLUMN logo_height;
ALTER TABLE producers DROP COLUMN logo_width;
DROP TABLE api_tokens;
