-- The browse page walks each reachable neighbourhood's live listings newest first and stops after a page; the count
-- reads this index alone (the columns the filters ask are included). It supersedes listing_browse_idx.
create index listing_reach_idx on listing (neighbourhood_id, created_at desc, id desc)
    include (radius_km, expires_on, kind, category, direction)
    where hidden_at is null and expired_at is null;
drop index listing_browse_idx;
