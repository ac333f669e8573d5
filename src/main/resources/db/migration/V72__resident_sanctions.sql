-- Moderators' sanctions on an account: a suspension ends at a date, a ban never does. The reason is told to
-- the resident (email, sign-in page) with how to appeal.
alter table resident
    add column suspended_until timestamptz,
    add column banned_at       timestamptz,
    add column sanction_reason varchar(2000);
