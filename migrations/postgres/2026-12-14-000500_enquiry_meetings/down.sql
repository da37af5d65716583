DROP TABLE enquiry_meetings;
DROP TABLE enquiry_events;
