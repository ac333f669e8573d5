-- Trends count exchanges per neighbourhood: the giver's neighbourhood when the exchange was confirmed (no key across
-- modules; kept when the giver moves, as the exchange happened there). Earlier exchanges take the giver's present one.
alter table completed_exchange add column neighbourhood_id bigint;
update completed_exchange e set neighbourhood_id = r.neighbourhood_id from resident r where r.id = e.giver_id;
create index completed_exchange_neighbourhood_idx on completed_exchange (neighbourhood_id, completed_at);
