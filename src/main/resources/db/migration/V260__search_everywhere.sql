-- Search across everything (issue 15): every searched table carries the same kind of search vector as the
-- initiatives (V80): French and English stems of words with their accents removed ("velo" finds "Vélos", "bikes"
-- finds "bike"), the title weighing more than the text, in a stored generated column with a GIN index. The search
-- module asks each module for its visible matches with one query shape: search @@ (fr query || en query).

alter table agenda_event add column search tsvector generated always as (
    setweight(to_tsvector('voisinage_fr', title), 'A') || setweight(to_tsvector('voisinage_en', title), 'A')
    || setweight(to_tsvector('voisinage_fr', description || ' ' || place), 'B')
    || setweight(to_tsvector('voisinage_en', description || ' ' || place), 'B')) stored;
create index agenda_event_search_idx on agenda_event using gin (search);

alter table suggestion add column search tsvector generated always as (
    setweight(to_tsvector('voisinage_fr', title), 'A') || setweight(to_tsvector('voisinage_en', title), 'A')
    || setweight(to_tsvector('voisinage_fr', text), 'B') || setweight(to_tsvector('voisinage_en', text), 'B')) stored;
create index suggestion_search_idx on suggestion using gin (search);

alter table announcement add column search tsvector generated always as (
    setweight(to_tsvector('voisinage_fr', title), 'A') || setweight(to_tsvector('voisinage_en', title), 'A')
    || setweight(to_tsvector('voisinage_fr', body), 'B') || setweight(to_tsvector('voisinage_en', body), 'B')) stored;
create index announcement_search_idx on announcement using gin (search);

alter table organisation add column search tsvector generated always as (
    setweight(to_tsvector('voisinage_fr', name), 'A') || setweight(to_tsvector('voisinage_en', name), 'A')
    || setweight(to_tsvector('voisinage_fr', coalesce(description, '')), 'B')
    || setweight(to_tsvector('voisinage_en', coalesce(description, '')), 'B')) stored;
create index organisation_search_idx on organisation using gin (search);

alter table challenge add column search tsvector generated always as (
    setweight(to_tsvector('voisinage_fr', title), 'A') || setweight(to_tsvector('voisinage_en', title), 'A')
    || setweight(to_tsvector('voisinage_fr', target_name || ' ' || counter_commitment), 'B')
    || setweight(to_tsvector('voisinage_en', target_name || ' ' || counter_commitment), 'B')) stored;
create index challenge_search_idx on challenge using gin (search);

-- Listings had French stems only (V90, through exchange_unaccent): English now too, like every other kind. The
-- listing page's own search (websearch_to_tsquery('french', exchange_unaccent(q))) still matches: the French stems
-- of the unaccented words are in the new vector.
drop index listing_search_idx;
alter table listing drop column search;
alter table listing add column search tsvector generated always as (
    setweight(to_tsvector('voisinage_fr', title), 'A') || setweight(to_tsvector('voisinage_en', title), 'A')
    || setweight(to_tsvector('voisinage_fr', description), 'B')
    || setweight(to_tsvector('voisinage_en', description), 'B')) stored;
create index listing_search_idx on listing using gin (search);
