-- Token buckets of the rate limits (common.RateLimits), read and written by Bucket4j's
-- PostgreSQLSelectForUpdateBasedProxyManager: one row per plan and hashed key (a client address, an email
-- address...), so every instance counts the same tries and a restart forgets nothing.
create table rate_limit_bucket (
    id text primary key,
    state bytea,
    -- epoch milliseconds after which the bucket is full again and the row can be deleted
    expires_at bigint
);

create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
