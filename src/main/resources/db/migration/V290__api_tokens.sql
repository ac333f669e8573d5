-- Read API tokens (issue 16). Only a SHA-256 of each token is kept: the token itself is shown once, when made.
-- A personal token reads what its resident may see; an application token (made by staff for a partner) reads the
-- public content of its territories, from its allowed browser origins (CORS) when it lists some.
-- No key to other modules' tables (resident, territory): the account and territory modules own them; erasing a
-- resident deletes their tokens through the api module's listener.
create table api_token (
    id              bigint generated always as identity primary key,
    kind            varchar(16)  not null check (kind in ('PERSONAL', 'APPLICATION')),
    name            varchar(100) not null,
    token_hash      varchar(64)  not null unique,
    hint            varchar(16)  not null,
    resident_id     bigint,
    created_by      bigint       not null,
    allowed_origins text         not null default '',
    created_at      timestamptz  not null default now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    check (kind <> 'PERSONAL' or resident_id is not null)
);

create index api_token_resident on api_token (resident_id) where resident_id is not null;

create table api_token_territory (
    token_id     bigint not null references api_token (id) on delete cascade,
    territory_id bigint not null,
    primary key (token_id, territory_id)
);
