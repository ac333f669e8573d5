-- Residents verified before polls existed (V250) follow their neighbourhood's polls daily, as residents verified since
-- do (the poll module's NeighbourhoodDefaultFollow, given on verification), like V112 did for announcements and alerts.
-- Those verified since V250 got the follow then and may have turned it off: they are left alone (their verification
-- is later than V250's installation). Idempotent: nobody already following is touched. Unsubscribe keys are made
-- when an email is built (V141): none here.
insert into follower (resident_id, email, locale)
select r.id, r.email, r.locale
from resident r
where r.status = 'VERIFIED' and r.neighbourhood_id is not null
  and (r.verified_at is null
       or r.verified_at < (select coalesce(min(h.installed_on), now()) from flyway_schema_history h where h.version = '250'))
  and not exists (select 1 from follower f where f.resident_id = r.id);

insert into follow (follower_id, topic_type, topic_id, frequency)
select f.id, 'polls', r.neighbourhood_id, 'DAILY'
from resident r
join follower f on f.resident_id = r.id
where r.status = 'VERIFIED' and r.neighbourhood_id is not null
  and (r.verified_at is null
       or r.verified_at < (select coalesce(min(h.installed_on), now()) from flyway_schema_history h where h.version = '250'))
on conflict (follower_id, topic_type, topic_id) do nothing;
