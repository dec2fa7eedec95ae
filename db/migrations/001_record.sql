-- The record: every entity of the data format is a row of `record` (kind + id) whose content is a
-- revision. `revision` keeps every version of every record for good (body null: deleted); a record's
-- head is its latest revision, its published revision is what readers see. `publication` numbers
-- each publish: the served record is the published revision of every record.

CREATE TABLE IF NOT EXISTS revision (
  rev            bigserial PRIMARY KEY,
  kind           text NOT NULL,
  record_id      text NOT NULL,
  -- The record as written in its data file (key order kept: json, not jsonb); null when deleted.
  body           json,
  author         text NOT NULL,
  reason         text NOT NULL DEFAULT '',
  created_at     timestamptz NOT NULL DEFAULT now(),
  -- The revision the author edited; null for a new record.
  base_rev       bigint,
  -- Set when the revision is published.
  publication_id bigint
);
CREATE INDEX IF NOT EXISTS revision_by_record ON revision (kind, record_id, rev DESC);

CREATE TABLE IF NOT EXISTS record (
  kind          text NOT NULL CHECK (kind IN ('manifest', 'lane', 'expert', 'snapshot', 'event', 'annotation', 'story')),
  id            text NOT NULL,
  -- Order within its file on export (seeded records keep their file's order; new ones go last).
  position      double precision NOT NULL,
  head_rev      bigint NOT NULL REFERENCES revision (rev),
  published_rev bigint REFERENCES revision (rev),
  -- Read from the head revision for the desk's search and filters.
  title         text NOT NULL DEFAULT '',
  lane          text,
  start_ms      double precision,
  search        text NOT NULL DEFAULT '',
  flags         text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (kind, id)
);
CREATE INDEX IF NOT EXISTS record_by_start ON record (kind, start_ms);

CREATE TABLE IF NOT EXISTS publication (
  id           bigserial PRIMARY KEY,
  published_at timestamptz NOT NULL DEFAULT now(),
  -- Who published (with review on: the editor who approved).
  author       text NOT NULL,
  note         text NOT NULL DEFAULT '',
  revisions    integer NOT NULL DEFAULT 0
);
