-- Keys every instance must share (remember-me cookies, signed links, the outbox's sealed secrets) when the
-- configuration sets none: the first instance to need one draws it and stores it here (insert ... on conflict do
-- nothing), every instance then reads the stored one (common.SiteSecrets). A configured key always wins.
create table site_secret (
    name       varchar(64) primary key,
    secret     bytea       not null check (length(secret) >= 32),
    created_at timestamptz not null default now()
);

-- The outbox's key (V140) moves here: emails sealed with it stay readable to the sender.
insert into site_secret (name, secret) select 'outbox-secrets', secret_key from outbox_secret_key;
drop table outbox_secret_key;
