-- A territory can be members only: anonymous visitors then see its name and its sign-up, and nothing else of it
-- (each module's access policy asks). Existing territories stay open.
alter table territory add column members_only boolean not null default false;
