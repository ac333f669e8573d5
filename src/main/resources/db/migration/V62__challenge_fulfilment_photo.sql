-- Staff may confirm a fulfilment with a photo: the file lives under voisinage.uploads.directory (re-encoded,
-- random name); the row keeps only that name.
alter table challenge add column fulfilment_photo varchar(64);
