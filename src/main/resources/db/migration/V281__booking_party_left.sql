-- A loan still out when its owner or its borrower is gone from the neighbourhood (left the cooperative, deleted
-- their account, moved away): flagged once, both sides told to settle the return. Bookings still to come are
-- cancelled instead (status CANCELLED), so they need no mark.
alter table listing_booking add column party_left_at timestamptz;
