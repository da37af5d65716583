DROP TABLE event_audit;
