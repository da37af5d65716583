-- A buyer's shortlist (issue #17, item 8): listings and producers saved to
-- come back to and compare. One row per saved thing; removing it deletes the
-- row. A listing or producer that goes away leaves every shortlist with it.
CREATE TABLE saved_products (
    buyer_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (buyer_id, product_id)
);
CREATE TABLE saved_producers (
    buyer_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    producer_id TEXT NOT NULL REFERENCES producers (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (buyer_id, producer_id)
);
