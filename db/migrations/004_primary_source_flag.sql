-- The desk's sourcing filter follows data:check's rule (hasPrimarySource in lib/data/quality.ts): an
-- event with no official or wire source is flagged 'no-primary'. Rows written before this migration
-- carried 'no-official' (official only); recompute their flag once from the event as it stands.

UPDATE record r SET flags = array_remove(r.flags, 'no-official') || CASE
    WHEN EXISTS (SELECT 1 FROM json_array_elements(v.body->'sources') s WHERE s->>'type' IN ('official', 'wire')) THEN '{}'::text[]
    ELSE '{no-primary}'::text[] END
  FROM revision v
  WHERE v.rev = r.head_rev AND r.kind = 'event' AND v.body IS NOT NULL;
