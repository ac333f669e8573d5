-- A change of email address waits for the link sent to the new address: the link's row carries that address
-- (the token itself is kept hashed, as for every other link).
alter table account_token add column new_email varchar(254);
