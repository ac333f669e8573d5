-- Event reminders: the day before an event, the residents going get an email (issue 15).

-- The start time the resident was reminded of: the reminder goes once, and again only when the event moves to
-- another time (the job compares it with the event's starts_at).
alter table agenda_rsvp add column reminded_for timestamptz;

-- The job looks for events starting soon that are not cancelled.
create index agenda_event_starts_idx on agenda_event (starts_at) where cancelled_at is null;

-- A resident's choice about the agenda's emails. No row: reminders on.
create table agenda_preference (
    resident_id     bigint  primary key references resident (id) on delete cascade,
    event_reminders boolean not null
);
