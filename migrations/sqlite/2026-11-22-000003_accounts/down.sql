DROP TABLE rate_limits;
DROP TABLE audit_events;
DROP TABLE user_tokens;
DROP TABLE users;
