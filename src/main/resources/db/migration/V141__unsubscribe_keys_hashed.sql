-- Unsubscribe keys were kept in clear on follower (all_key) and follow (unsubscribe_key): whoever read the
-- tables (a backup, a support query) could manage anyone's follows. Only their SHA-256 is kept now, as for the
-- confirmation tokens. A raw key exists only in the emails: each email gets keys of its own when it is built,
-- so a key here stands for the emails it was sent in, and the links of older emails keep working.
create table unsubscribe_key (
    -- SHA-256 of the key, in hex
    key_hash    varchar(64)  primary key,
    follower_id bigint       not null references follower (id) on delete cascade,
    -- the one follow the key reaches; null for an "all digests" key (every follow of the follower)
    follow_id   bigint       references follow (id) on delete cascade,
    created_at  timestamptz  not null default now()
);
create index unsubscribe_key_follower_idx on unsubscribe_key (follower_id);
create index unsubscribe_key_follow_idx on unsubscribe_key (follow_id);

-- The keys of the emails already sent, hashed: their links keep working.
insert into unsubscribe_key (key_hash, follower_id, follow_id, created_at)
select encode(sha256(convert_to(all_key, 'UTF8')), 'hex'), id, null, created_at from follower;
insert into unsubscribe_key (key_hash, follower_id, follow_id, created_at)
select encode(sha256(convert_to(unsubscribe_key, 'UTF8')), 'hex'), follower_id, id, created_at from follow;

alter table follower drop column all_key;
alter table follow drop column unsubscribe_key;
