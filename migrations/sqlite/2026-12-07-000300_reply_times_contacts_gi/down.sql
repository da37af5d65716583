-- The GI row and the corrected word stay: the seed data no longer has them.
DROP TABLE producer_reply_times;
ALTER TABLE producers DROP COLUMN whatsapp;
ALTER TABLE producers DROP COLUMN phone;
