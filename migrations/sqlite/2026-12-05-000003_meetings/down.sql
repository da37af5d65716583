DROP TABLE meeting_holds;
DROP TABLE meetings;
DROP TABLE participant_hours;
DROP TABLE event_participants;
DROP TABLE event_organisers;
DROP TABLE events;
