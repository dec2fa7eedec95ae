-- The published record as plain tables to read with SQL (psql, a BI tool, pg_dump --table): one view
-- per entity, events with their sources. The app itself reads `record` and `revision`.

CREATE OR REPLACE VIEW published AS
  SELECT r.kind, r.id, r.position, v.body, v.rev, v.author, v.created_at, v.publication_id
  FROM record r JOIN revision v ON v.rev = r.published_rev
  WHERE v.body IS NOT NULL;

CREATE OR REPLACE VIEW events AS
  SELECT id, body->>'title' AS title, body->>'date' AS date, body->>'end' AS "end", body->>'precision' AS precision,
         body->>'zone' AS zone, body->>'lane' AS lane, COALESCE((body->>'importance')::int, 1) AS importance,
         body->>'unverified' AS unverified, body->>'summary' AS summary, body AS record
  FROM published WHERE kind = 'event';

CREATE OR REPLACE VIEW event_sources AS
  SELECT p.id AS event_id, s.ordinality - 1 AS position, s.value->>'title' AS title, s.value->>'publisher' AS publisher,
         s.value->>'url' AS url, s.value->>'type' AS type
  FROM published p, json_array_elements(p.body->'sources') WITH ORDINALITY AS s
  WHERE p.kind = 'event';

CREATE OR REPLACE VIEW lanes AS
  SELECT id, body->>'label' AS label, body->>'colour' AS colour, (body->>'order')::int AS "order" FROM published WHERE kind = 'lane';

CREATE OR REPLACE VIEW experts AS
  SELECT id, body->>'name' AS name, body->>'role' AS role, body->>'institution' AS institution FROM published WHERE kind = 'expert';

CREATE OR REPLACE VIEW snapshots AS
  SELECT id, body->>'title' AS title, body->>'asOf' AS as_of, body->>'asOfLabel' AS as_of_label, body AS record FROM published WHERE kind = 'snapshot';

CREATE OR REPLACE VIEW annotations AS
  SELECT id, body->>'expert' AS expert, body->>'snapshot' AS snapshot, body->>'headline' AS headline, body->>'quote' AS quote, body AS record
  FROM published WHERE kind = 'annotation';

CREATE OR REPLACE VIEW stories AS
  SELECT id, body->>'title' AS title, body AS record FROM published WHERE kind = 'story';
