-- newsgraph schema, version 2 (forward migration from version 1).
-- Full-text search over articles and evidence sentences (FTS5, trigram
-- tokenizer: substring search that works for Korean words with particles
-- attached, e.g. '스페이스X' finds '스페이스X와'), fetch state for conditional
-- GET, and columns for duplicate detection.

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content = 'articles', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text FROM articles;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
  VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
  VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE VIRTUAL TABLE evidence_fts USING fts5(
  sentence, relation_id UNINDEXED, article_id UNINDEXED, sentence_index UNINDEXED,
  tokenize = 'trigram');
INSERT INTO evidence_fts(sentence, relation_id, article_id, sentence_index)
  SELECT sentence, relation_id, article_id, sentence_index FROM relation_evidence;
CREATE TRIGGER evidence_fts_insert AFTER INSERT ON relation_evidence BEGIN
  INSERT INTO evidence_fts(sentence, relation_id, article_id, sentence_index)
  VALUES (new.sentence, new.relation_id, new.article_id, new.sentence_index);
END;
CREATE TRIGGER evidence_fts_delete AFTER DELETE ON relation_evidence BEGIN
  DELETE FROM evidence_fts
  WHERE relation_id = old.relation_id AND article_id = old.article_id
    AND sentence_index = old.sentence_index;
END;

-- What the fetcher knows about each URL it has fetched (feeds, pages,
-- sitemaps): validators for conditional GET and the outcome of the last try.
CREATE TABLE fetch_state (
  url              TEXT PRIMARY KEY,       -- normalised URL
  kind             TEXT NOT NULL CHECK (kind IN ('feed', 'page', 'sitemap')),
  etag             TEXT,
  last_modified    TEXT,
  status           INTEGER,                -- last HTTP status (0: network error)
  content_hash     TEXT,                   -- SHA-256 of the last body
  article_id       INTEGER REFERENCES articles(id) ON DELETE SET NULL,
  first_fetched_at TEXT NOT NULL,
  last_fetched_at  TEXT NOT NULL,
  last_error       TEXT                    -- message of the last failure, or null
) WITHOUT ROWID;

-- Duplicates: an article that repeats an earlier one (the same wire story
-- from another outlet) points at the first copy and adds no facts.
ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN simhash INTEGER;  -- 64-bit SimHash of the text, for near-duplicates
CREATE INDEX articles_canonical_url ON articles(canonical_url);
CREATE INDEX articles_simhash ON articles(simhash);
