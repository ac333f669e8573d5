-- An activity may quote a piece of content (an alert's description, an initiative's news): which one, so that when a
-- moderator hides or redacts it the activity leaves the in-app lists and the digests not built yet.
alter table topic_activity add column content_ref varchar(80);
create index topic_activity_content_idx on topic_activity (content_ref) where content_ref is not null;
