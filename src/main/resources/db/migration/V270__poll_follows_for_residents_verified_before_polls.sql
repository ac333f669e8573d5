-- Residents verified before polls existed (V250) follow their neighbourhood's polls daily, as residents verified since
-- do (the poll module's NeighbourhoodDefaultFollow, given on verification), like V112 did for announcements and alerts.
-- Those verified since V250 got the follow then and may have turned it off: they are left alone (their verification
-- is later than V250's installation). Idempotent: nobody already following is touched. Unsubscribe keys are made
-- when an email is built (V141): none here.
-- The installation time is read from Flyway's history when there is one: a dump replayed by the restore check runs
-- these statements without it (on empty tables), so the table is named only through dynamic SQL.
do $$
declare
    polls_since timestamptz;
begin
    if to_regclass('flyway_schema_history') is not null then
        execute 'select min(installed_on) from flyway_schema_history where version = ''250''' into polls_since;
    end if;
    polls_since := coalesce(polls_since, now());

    insert into follower (resident_id, email, locale)
    select r.id, r.email, r.locale
    from resident r
    where r.status = 'VERIFIED' and r.neighbourhood_id is not null
      and (r.verified_at is null or r.verified_at < polls_since)
      and not exists (select 1 from follower f where f.resident_id = r.id);

    insert into follow (follower_id, topic_type, topic_id, frequency)
    select f.id, 'polls', r.neighbourhood_id, 'DAILY'
    from resident r
    join follower f on f.resident_id = r.id
    where r.status = 'VERIFIED' and r.neighbourhood_id is not null
      and (r.verified_at is null or r.verified_at < polls_since)
    on conflict (follower_id, topic_type, topic_id) do nothing;
end $$;
