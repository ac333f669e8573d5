-- What becomes of a leaver's time credits, as the territory decides: KEEP (they stay on the account, and count
-- again if the person comes back) or RETURN_TO_POOL (the balance goes to the territory's shared pot).
alter table territory_credit_setting add column leaver_credits varchar(20) not null default 'KEEP'
    check (leaver_credits in ('KEEP', 'RETURN_TO_POOL'));

-- A settlement is a transfer of no conversation, naming the leaver; its other movement, with no resident, is the
-- territory's pot: every transfer still sums to zero.
alter table credit_transfer alter column conversation_id drop not null;
alter table credit_transfer add column settled_resident_id bigint references resident (id);
alter table credit_movement alter column resident_id drop not null;
