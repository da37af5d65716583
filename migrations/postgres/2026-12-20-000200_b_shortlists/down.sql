DROP TABLE saved_producers;
DROP TABLE saved_products;
