-- A deleted account keeps its row, emptied of everything personal (what the person wrote to others points to it,
-- and is shown signed "former neighbour"); this says since when.
alter table resident add column erased_at timestamptz;
