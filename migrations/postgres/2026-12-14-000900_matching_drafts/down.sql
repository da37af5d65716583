DROP TABLE draft_unplaced;
DROP TABLE draft_meetings;
DROP TABLE schedule_drafts;
DROP INDEX meeting_wishes_event;
DROP TABLE meeting_wishes;
