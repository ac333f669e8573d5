-- Staff limited to some territories (a cooperative's city): they see and act only there in every admin and
-- moderation page. No row: staff of every territory, as before (existing staff stay global); administrators are
-- always global.
create table staff_territory (
    resident_id  bigint not null references resident (id) on delete cascade,
    territory_id bigint not null references territory (id) on delete cascade,
    primary key (resident_id, territory_id)
);
create index staff_territory_territory_idx on staff_territory (territory_id);
