-- Residents verified before announcements and alerts existed follow them as residents verified from now on do
-- (a listener of ResidentVerified): their neighbourhood's announcements in the daily digest, its alerts at once.
-- They change either on /annonces and /alertes. Idempotent: nobody already following is touched.
-- Keys: 128 random bits in URL-safe base64 without padding (22 characters), like following.internal.Keys.
insert into follower (resident_id, email, locale, all_key)
select r.id, r.email, r.locale, translate(rtrim(encode(uuid_send(gen_random_uuid()), 'base64'), '='), '+/', '-_')
from resident r
where r.status = 'VERIFIED' and r.neighbourhood_id is not null
  and not exists (select 1 from follower f where f.resident_id = r.id);

insert into follow (follower_id, topic_type, topic_id, frequency, unsubscribe_key)
select f.id, topic.type, r.neighbourhood_id, topic.frequency,
       translate(rtrim(encode(uuid_send(gen_random_uuid()), 'base64'), '='), '+/', '-_')
from resident r
join follower f on f.resident_id = r.id
cross join (values ('announcements', 'DAILY'), ('alerts', 'IMMEDIATE')) as topic (type, frequency)
where r.status = 'VERIFIED' and r.neighbourhood_id is not null
on conflict (follower_id, topic_type, topic_id) do nothing;
