-- Failed sign-ins per account (the SHA-256 of the normalised email typed, whether or not it names an
-- account): past a few failures, each further try waits twice as long as the last. A delay, never a lock,
-- so a stranger failing on purpose cannot keep the owner out for good.
create table sign_in_delay (
    account_key text primary key,
    failures integer not null,
    next_try_at timestamp with time zone not null,
    last_failure_at timestamp with time zone not null
);

create index sign_in_delay_last_failure_at on sign_in_delay (last_failure_at);
