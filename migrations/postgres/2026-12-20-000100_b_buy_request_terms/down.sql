ALTER TABLE rfqs DROP COLUMN samples_wanted;
ALTER TABLE rfqs DROP COLUMN destination_port;
ALTER TABLE rfqs DROP COLUMN destination_country;
ALTER TABLE rfqs DROP COLUMN incoterm;
ALTER TABLE rfqs DROP COLUMN currency;
ALTER TABLE rfqs DROP COLUMN target_price;
