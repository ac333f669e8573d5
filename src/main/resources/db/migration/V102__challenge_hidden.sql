-- Moderators may hide a reported challenge: it leaves every list and page but for moderators; the reason is
-- kept for them. Null hidden_at: visible.
alter table challenge
    add column hidden_at     timestamptz,
    add column hidden_reason varchar(2000);
