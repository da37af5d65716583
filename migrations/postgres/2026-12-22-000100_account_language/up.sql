-- The language an account reads the site and its e-mails in; none means
-- the browser's (or the language menu's) choice.
ALTER TABLE users ADD COLUMN language TEXT;
