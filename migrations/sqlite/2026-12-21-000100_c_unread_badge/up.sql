-- The header's unread badge: how many enquiry messages and quotes wait for
-- the account, kept by the enquiries in the transaction of every change to
-- their unread counters, so the one query that loads a signed-in visitor
-- reads it and no page counts conversations.
ALTER TABLE users ADD COLUMN unread_messages INTEGER NOT NULL DEFAULT 0;

UPDATE users SET unread_messages =
    (SELECT COALESCE(SUM(e.buyer_unread), 0) FROM enquiries e WHERE e.buyer_id = users.id)
    + (SELECT COALESCE(SUM(e.producer_unread), 0)
         FROM enquiries e JOIN producers p ON p.id = e.producer_id
        WHERE p.user_id = users.id AND e.reported_spam_at IS NULL);
