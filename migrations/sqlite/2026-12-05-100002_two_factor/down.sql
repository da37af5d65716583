ALTER TABLE sessions DROP COLUMN two_factor;
DROP TABLE recovery_codes;
DROP TABLE two_factor;
