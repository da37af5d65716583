DROP TABLE spam_reports;
DROP TABLE quotes;
DROP TABLE enquiry_messages;
DROP TABLE enquiries;
DROP TABLE rfq_recipients;
DROP TABLE rfqs;
DROP TABLE buyer_profiles;
ALTER TABLE users DROP COLUMN suspended_at;
