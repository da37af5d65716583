DROP INDEX meetings_event_status;
DROP TABLE meeting_outcomes;
