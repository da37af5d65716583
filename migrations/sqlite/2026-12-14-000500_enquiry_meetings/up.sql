-- Video meetings proposed from an enquiry thread (a conversation about a
-- product or an answer to a buy request).
--
-- A meeting on its own, outside any event, is booked on the thread's own
-- programme: an unlisted event whose participants are the thread's two
-- parties, so the booking, invitations, reminders, video rooms and outcomes
-- of events serve it unchanged. It is named here rather than by a column of
-- `events` (at 31 columns; diesel's limit is 32), and the lists of events
-- leave out every event named here.
CREATE TABLE enquiry_events (
    enquiry_id TEXT PRIMARY KEY REFERENCES enquiries (id) ON DELETE CASCADE,
    event_id TEXT NOT NULL UNIQUE REFERENCES events (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL
);

-- Each meeting proposed from a thread, on its own or inside an event both
-- parties take part in: the thread shows it, and its page links back.
CREATE TABLE enquiry_meetings (
    meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
    enquiry_id TEXT NOT NULL REFERENCES enquiries (id) ON DELETE CASCADE,
    proposed_by TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX enquiry_meetings_enquiry ON enquiry_meetings (enquiry_id, created_at);
