-- The European Central Bank's reference rates of one day (the latest
-- fetched): units of each currency one euro buys, in millionths, so they
-- are stored exactly. Prices are converted from them for display and search
-- only; every listing keeps its producer's currency.
CREATE TABLE exchange_rates (
    currency TEXT PRIMARY KEY NOT NULL,
    rate_date TEXT NOT NULL,
    per_eur_millionths BIGINT NOT NULL,
    fetched_at TIMESTAMP NOT NULL
);
-- The currency a buyer reads prices in; none means the currency menu's or
-- the language's region's.
ALTER TABLE users ADD COLUMN currency TEXT;
