-- The sitemaps list published listings a file at a time in the order of their
-- ids (UUIDv7: a new listing joins the last file, the others keep theirs):
-- each file is a range of this index, and the sitemap index reads each
-- file's newest change from it without visiting the rows.
CREATE INDEX products_status_id_updated_at ON products (status, id, updated_at);
