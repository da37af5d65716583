-- A producer's phone number for buyers, shown under the rule that shows
-- e-mail addresses (once the producer has answered the buyer), and whether
-- it takes WhatsApp messages. Stored in international form (+919876543210).
ALTER TABLE producers ADD COLUMN phone TEXT;
ALTER TABLE producers ADD COLUMN whatsapp BOOLEAN NOT NULL DEFAULT FALSE;

-- How quickly a producer answers enquiries: the median minutes to a first
-- reply over the latest 50 answered enquiries (buy-request answers left
-- out), once there are three. A row per producer, rewritten in the
-- transaction of the reply that changes it, so product pages and search
-- results read it by key instead of working it out from the enquiries.
CREATE TABLE producer_reply_times (
    producer_id TEXT PRIMARY KEY REFERENCES producers (id) ON DELETE CASCADE,
    median_minutes BIGINT NOT NULL
);
-- Product pages kept by the page cache show the figure: a change is a new
-- catalogue generation, as for the tables in 2026-12-05-000002.
CREATE TRIGGER producer_reply_times_bumps_catalogue_generation AFTER INSERT OR UPDATE OR DELETE ON producer_reply_times
FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_generation();

-- The figures so far, as `enquiries::threads::reply_time_of` works them out:
-- waits sorted, the one at position n / 2 (counting from 0).
INSERT INTO producer_reply_times (producer_id, median_minutes)
SELECT producer_id, wait FROM (
    SELECT producer_id, wait, answered,
           ROW_NUMBER() OVER (PARTITION BY producer_id ORDER BY wait) - 1 AS position
    FROM (
        SELECT producer_id, wait, COUNT(*) OVER (PARTITION BY producer_id) AS answered
        FROM (
            SELECT producer_id,
                   CASE WHEN CAST(FLOOR(EXTRACT(EPOCH FROM (first_reply_at - created_at)) / 60) AS BIGINT) < 0 THEN 0 ELSE CAST(FLOOR(EXTRACT(EPOCH FROM (first_reply_at - created_at)) / 60) AS BIGINT) END AS wait,
                   ROW_NUMBER() OVER (PARTITION BY producer_id ORDER BY created_at DESC) AS latest
            FROM enquiries
            WHERE first_reply_at IS NOT NULL AND rfq_id IS NULL
        ) waits
        WHERE latest <= 50
    ) counted
) ranked
WHERE answered >= 3 AND position = answered / 2;

-- The GI register lists "Banaras Brocades and Sarees" twice (rows 110 and
-- 192); the seed data keeps row 110, so listings that named 192 move to it.
UPDATE products SET gi_product_id = 110 WHERE gi_product_id = 192;
DELETE FROM gi_product_states WHERE gi_product_id = 192;
DELETE FROM gi_products WHERE id = 192;

-- A doubled word in the ODOP list's text for Ahmednagar's dairy products.
UPDATE odop_products SET description = REPLACE(description, 'engaged in the the processing', 'engaged in the processing')
WHERE description LIKE '%engaged in the the processing%';
