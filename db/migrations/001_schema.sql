-- newsgraph schema, version 1. Documented in docs/schema.md: it is a public
-- interface that people query with plain SQL. Applied by db/store.cc inside a
-- transaction; later versions are forward migrations in db/store.cc.

-- One row per ingested article (a page, a text file, a JSON Lines record).
CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  source        TEXT NOT NULL,            -- what was given: a path, "path#id", or a URL
  url           TEXT,                     -- the article's URL when known
  canonical_url TEXT,                     -- <link rel=canonical> / og:url when given
  title         TEXT NOT NULL DEFAULT '',
  lang          TEXT NOT NULL DEFAULT '', -- "ko", "en", ...
  published_at  TEXT,                     -- ISO 8601 with offset, when known
  modified_at   TEXT,
  authors       TEXT NOT NULL DEFAULT '[]', -- JSON array of names
  site_name     TEXT,
  charset       TEXT,                     -- charset the bytes were decoded from
  content_hash  TEXT NOT NULL UNIQUE,     -- SHA-256 of title + "\n" + text
  text          TEXT NOT NULL,            -- normalised UTF-8 body; mention offsets point into it
  ingested_at   TEXT NOT NULL             -- UTC, ISO 8601
);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_published ON articles(published_at);

-- One row per real-world thing, across articles and languages.
CREATE TABLE entities (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,               -- canonical name, English where known
  type       TEXT NOT NULL CHECK (type IN ('PERSON', 'ORG', 'PRODUCT', 'PLACE', 'OTHER')),
  name_key   TEXT NOT NULL,               -- folded name used for matching (no spaces, lower case)
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX entities_key_type ON entities(name_key, type);

-- Every surface form known (dictionary) or seen (text) for an entity.
CREATE TABLE aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  lang      TEXT NOT NULL DEFAULT '',    -- "ko" (Hangul), "en" (Latin), "" otherwise
  PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_key ON aliases(alias_key);

-- Where an entity is named: article, sentence, byte offsets into articles.text.
CREATE TABLE mentions (
  id             INTEGER PRIMARY KEY,
  entity_id      INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  start_byte     INTEGER NOT NULL,
  end_byte       INTEGER NOT NULL,
  surface        TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_article ON mentions(article_id);

-- Typed, directed relations. Symmetric types (PARTNERS_WITH, COMPETES_WITH,
-- MENTIONED_WITH) are stored once with source_id < target_id.
CREATE TABLE relations (
  id         INTEGER PRIMARY KEY,
  source_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  target_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  type       TEXT NOT NULL,
  modality   TEXT NOT NULL CHECK (modality IN ('asserted', 'considered', 'negated', 'ended')),
  first_seen TEXT NOT NULL,               -- UTC time of the first ingest that stated it
  last_seen  TEXT NOT NULL,
  UNIQUE (source_id, target_id, type, modality)
);
CREATE INDEX relations_target ON relations(target_id);
CREATE INDEX relations_type ON relations(type);
CREATE INDEX relations_first_seen ON relations(first_seen);

-- The sentences that support a relation (provenance for every fact).
CREATE TABLE relation_evidence (
  relation_id    INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
  article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  sentence       TEXT NOT NULL,
  PRIMARY KEY (relation_id, article_id, sentence_index)
) WITHOUT ROWID;
CREATE INDEX relation_evidence_article ON relation_evidence(article_id);

-- Readable views for plain SQL.
CREATE VIEW v_relations AS
SELECT r.id, s.name AS source, s.type AS source_type, r.type, t.name AS target,
       t.type AS target_type, r.modality,
       (SELECT count(*) FROM relation_evidence e WHERE e.relation_id = r.id) AS weight,
       r.first_seen, r.last_seen, r.source_id, r.target_id
FROM relations r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id;

CREATE VIEW v_evidence AS
SELECT r.id AS relation_id, s.name AS source, r.type, t.name AS target, r.modality,
       e.sentence, coalesce(a.url, a.source) AS article, a.title, a.published_at
FROM relation_evidence e
JOIN relations r ON r.id = e.relation_id
JOIN entities s ON s.id = r.source_id
JOIN entities t ON t.id = r.target_id
JOIN articles a ON a.id = e.article_id;

CREATE VIEW v_entities AS
SELECT en.id, en.name, en.type,
       (SELECT group_concat(alias, '|') FROM aliases al WHERE al.entity_id = en.id) AS aliases,
       (SELECT count(*) FROM mentions m WHERE m.entity_id = en.id) AS mentions,
       (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = en.id) AS articles
FROM entities en;
