-- When the account's e-mail address was proven by a link sent to it; null until then. Accounts
-- opened before verification existed (demo and bench data among them) count as verified.
alter table users add column email_verified_at timestamptz;
update users set email_verified_at = created_at;
