DROP TABLE moderation_decisions;
DROP TABLE product_images;
DROP TABLE products;
DROP TABLE producers;
