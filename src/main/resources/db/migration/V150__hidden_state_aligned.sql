-- Moderated content in one shape (common.HiddenState): every moderated table has hidden_at (null while visible) and
-- hidden_reason (shown to the author), and nothing else says whether a row is hidden. Before: a timestamp and a
-- reason (challenge, agenda_event, listing, message, organisation, recommendation), a reason alone (profile_settings,
-- thanks, alert, suggestion, announcement) or a boolean and a reason (initiative, initiative_comment,
-- initiative_update).
--
-- Hiding never touched a row's own timestamps, so they do not say when a row was hidden: rows hidden before this
-- migration are dated by it, the latest moment they were surely hidden.
--
-- Written to run again (moderation.HiddenStateMigrationTests does, over rows put back in the old shapes).

-- a reason alone
alter table profile_settings add column if not exists hidden_at timestamptz;
alter table thanks add column if not exists hidden_at timestamptz;
alter table alert add column if not exists hidden_at timestamptz;
alter table suggestion add column if not exists hidden_at timestamptz;
alter table announcement add column if not exists hidden_at timestamptz;
update profile_settings set hidden_at = now() where hidden_reason is not null and hidden_at is null;
update thanks set hidden_at = now() where hidden_reason is not null and hidden_at is null;
update alert set hidden_at = now() where hidden_reason is not null and hidden_at is null;
update suggestion set hidden_at = now() where hidden_reason is not null and hidden_at is null;
update announcement set hidden_at = now() where hidden_reason is not null and hidden_at is null;

-- a boolean: its partial indexes go with it and come back on hidden_at
drop index if exists initiative_neighbourhood_idx;
drop index if exists initiative_activity_idx;
alter table initiative add column if not exists hidden_at timestamptz;
alter table initiative_comment add column if not exists hidden_at timestamptz;
alter table initiative_update add column if not exists hidden_at timestamptz;
update initiative set hidden_at = now() where hidden and hidden_at is null;
update initiative_comment set hidden_at = now() where hidden and hidden_at is null;
update initiative_update set hidden_at = now() where hidden and hidden_at is null;
alter table initiative drop column if exists hidden;
alter table initiative_comment drop column if exists hidden;
alter table initiative_update drop column if exists hidden;
-- the feed and the list: the initiatives of a few neighbourhoods, most recently active first
create index initiative_neighbourhood_idx on initiative (neighbourhood_id, last_activity_at desc)
    where hidden_at is null;
-- the list and search results, most recently active first
create index initiative_activity_idx on initiative (last_activity_at desc, id desc) where hidden_at is null;

-- the same reason column everywhere (it was varchar of 500 to 2000 characters); a reason only while hidden
do $$
declare
    moderated text;
begin
    foreach moderated in array array['challenge', 'agenda_event', 'listing', 'message', 'organisation',
            'recommendation', 'profile_settings', 'thanks', 'alert', 'suggestion', 'announcement', 'initiative',
            'initiative_comment', 'initiative_update'] loop
        execute format('alter table %I alter column hidden_reason type text', moderated);
        execute format('update %I set hidden_reason = null where hidden_at is null and hidden_reason is not null',
                moderated);
        execute format('alter table %I drop constraint if exists %I', moderated, moderated || '_hidden_reason_needs_hidden_at');
        execute format('alter table %I add constraint %I check (hidden_reason is null or hidden_at is not null)',
                moderated, moderated || '_hidden_reason_needs_hidden_at');
    end loop;
end
$$;
