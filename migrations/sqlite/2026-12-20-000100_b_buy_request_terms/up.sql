-- What a buyer asks of a buy request's price and delivery (issue #17, item 9):
-- a target price per unit in a currency's minor units, the Incoterm, where it
-- goes (country, and a port or city) and whether samples are wanted. Requests
-- posted before these existed have no target, no Incoterm and no country.
ALTER TABLE rfqs ADD COLUMN target_price BIGINT;
ALTER TABLE rfqs ADD COLUMN currency TEXT;
ALTER TABLE rfqs ADD COLUMN incoterm TEXT;
ALTER TABLE rfqs ADD COLUMN destination_country TEXT;
ALTER TABLE rfqs ADD COLUMN destination_port TEXT NOT NULL DEFAULT '';
ALTER TABLE rfqs ADD COLUMN samples_wanted BOOLEAN NOT NULL DEFAULT FALSE;
