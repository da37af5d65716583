ALTER TABLE audit_events DROP COLUMN facts;
ALTER TABLE event_audit DROP COLUMN facts;
