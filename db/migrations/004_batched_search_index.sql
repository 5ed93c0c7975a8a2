-- newsgraph schema, version 4 (forward migration from version 3).
-- The full-text tables are filled by newsgraph when it commits a write
-- transaction (one INSERT ... SELECT for all the articles of a batch), not
-- by a trigger per row: FTS5 writes an index segment at every statement
-- savepoint, so a trigger per article made many tiny segments and spent most
-- of the store's time merging them. Deletes and title/text updates still go
-- through the triggers of version 2, which keep the index exact.
-- Rows inserted by hand with plain SQL are not indexed; rebuild with
--   INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
DROP TRIGGER articles_fts_insert;
DROP TRIGGER evidence_fts_insert;
