-- Assisted accounts: staff create them for a resident without email; set until the person takes the account over
-- (gives an email and a password). Such an account cannot sign in and is never emailed.
alter table resident add column assisted_since timestamptz;

-- What staff recorded on an assisted resident's behalf says who entered it (shown as "entered by staff").
alter table challenge_pledge add column entered_by bigint references resident (id);
alter table agenda_rsvp add column entered_by bigint references resident (id);
alter table suggestion add column entered_by bigint references resident (id);

-- An assisted resident's page lists what staff did for them: the audit lines about them.
create index audit_trail_subject_idx on audit_trail (subject, at desc);
