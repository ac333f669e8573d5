-- A need whose supports pass the territory's threshold can be turned by staff into a collective challenge; the need
-- then names its challenge (the challenge module's id, no key across modules), and the challenge its need.
alter table suggestion add column challenge_id bigint;
alter table challenge add column need_id bigint;

-- Per territory: how many supports a need needs before staff may turn it into a challenge (no row: not offered).
create table suggestion_challenge_threshold (
    territory_id bigint primary key references territory (id) on delete cascade,
    supports     int    not null check (supports > 0)
);
