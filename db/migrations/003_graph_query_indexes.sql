-- newsgraph schema, version 3 (forward migration from version 2).
-- An index that answers "the relations that end at this entity" from the
-- index alone, type and modality included, like the UNIQUE index on
-- (source_id, target_id, type, modality) does for the relations that start
-- there. Neighbourhoods and paths walk both; with it, a hub with tens of
-- thousands of relations costs no table lookups. It replaces relations_target,
-- its prefix.
CREATE INDEX relations_target_cover ON relations(target_id, source_id, type, modality);
DROP INDEX relations_target;

-- Both directions of every relation, one row per (entity, neighbour): the
-- shape for neighbourhood and path queries in plain SQL (docs/schema.md).
CREATE VIEW v_edges AS
SELECT r.source_id AS entity_id, r.target_id AS neighbor_id, 'out' AS direction, r.id AS relation_id,
       r.type, r.modality, r.first_seen, r.last_seen
FROM relations r
UNION ALL
SELECT r.target_id, r.source_id, 'in', r.id, r.type, r.modality, r.first_seen, r.last_seen
FROM relations r;
