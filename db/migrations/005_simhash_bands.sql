-- newsgraph schema, version 5 (forward migration from version 4).
-- Near-duplicate lookup without a scan: the 64-bit SimHash split into four
-- 16-bit bands, each indexed for the articles a duplicate may point at
-- (originals with a SimHash). Two hashes within 3 bits of each other differ
-- in at most 3 bands, so they share at least one: looking up the four bands
-- finds every candidate (db/fetch_state.cc checks the full distance).
-- Virtual generated columns: computed from simhash, nothing is stored twice.
ALTER TABLE articles ADD COLUMN simhash_band0 INTEGER GENERATED ALWAYS AS (simhash & 65535) VIRTUAL;
ALTER TABLE articles ADD COLUMN simhash_band1 INTEGER GENERATED ALWAYS AS ((simhash >> 16) & 65535) VIRTUAL;
ALTER TABLE articles ADD COLUMN simhash_band2 INTEGER GENERATED ALWAYS AS ((simhash >> 32) & 65535) VIRTUAL;
ALTER TABLE articles ADD COLUMN simhash_band3 INTEGER GENERATED ALWAYS AS ((simhash >> 48) & 65535) VIRTUAL;
CREATE INDEX articles_simhash_band0 ON articles(simhash_band0, id)
  WHERE simhash IS NOT NULL AND simhash <> 0 AND duplicate_of IS NULL;
CREATE INDEX articles_simhash_band1 ON articles(simhash_band1, id)
  WHERE simhash IS NOT NULL AND simhash <> 0 AND duplicate_of IS NULL;
CREATE INDEX articles_simhash_band2 ON articles(simhash_band2, id)
  WHERE simhash IS NOT NULL AND simhash <> 0 AND duplicate_of IS NULL;
CREATE INDEX articles_simhash_band3 ON articles(simhash_band3, id)
  WHERE simhash IS NOT NULL AND simhash <> 0 AND duplicate_of IS NULL;
