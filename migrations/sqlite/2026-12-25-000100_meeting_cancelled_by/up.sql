-- Who or what cancelled a meeting (participant, organisers, event), as data,
-- so each reader gets the default wording in their language; `reason` keeps
-- only what a person typed. Meetings cancelled before keep the English
-- words written into `reason` then, and no `cancelled_by`.
ALTER TABLE meetings ADD COLUMN cancelled_by TEXT;
