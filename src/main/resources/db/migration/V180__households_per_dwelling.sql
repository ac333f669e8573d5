-- Households are counted per dwelling (a directory address and a flat or unit), no longer per street number: a
-- social landlord's forty flats behind one number are forty households. The flat is typed freely ("Apt 12",
-- "appartement 12", "12"), so the cap compares a key: lower case, the usual "flat" words dropped, letters and
-- digits only. One SQL function is the one rule, for the residents' cap and the register alike.
-- Existing residents keep their place: nothing is recomputed (the cap is checked when someone is verified), and a
-- resident without a flat (key '') stands for the address's single dwelling, as before.
create function dwelling_key(flat text) returns text
    language sql immutable parallel safe
    as $$ select regexp_replace(lower(coalesce(flat, '')),
        '^\s*(appartement|appart|appt|apt|app|logement|lgt|flat|unit|porte)\M\.?|[^[:alnum:]]+', '', 'g') $$;

-- How many dwellings stand behind a street number, when the member register or staff said so (the BAN does not
-- know): above one, signup asks for the flat. Null: unknown (the flat stays optional).
alter table address add column dwellings integer check (dwellings > 0);

-- The member register may carry each member's flat (an optional CSV column).
alter table member_register_entry add column flat varchar(120);
