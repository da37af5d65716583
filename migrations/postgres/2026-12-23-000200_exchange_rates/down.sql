ALTER TABLE users DROP COLUMN currency;
DROP TABLE exchange_rates;
