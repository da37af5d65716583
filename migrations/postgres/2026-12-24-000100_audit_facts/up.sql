-- What an audit entry says besides its name, as data (JSON), so each reader
-- gets it in their language: for an organiser's action on a meeting, the
-- two sides as named then, the meeting's time, the time it moved from and
-- the reason or link given; for an account's event, the role, the masked
-- address, how a second factor was given, or what a person typed. Rows
-- written before keep their English words in `detail` and are shown as
-- they are; new rows leave `detail` empty.
ALTER TABLE event_audit ADD COLUMN facts TEXT;
ALTER TABLE audit_events ADD COLUMN facts TEXT;
