ALTER TABLE users DROP COLUMN unread_messages;
