// Curation: folds methods into the one kept. Their papers' edges (with provenance) and results move
// to the kept method, their names and aliases become its aliases, and they are deleted.
MATCH (keep:Method {key: $keep})
MATCH (gone:Method)
WHERE gone.key IN $merge AND gone <> keep
CALL (keep, gone) {
  MATCH (p:Paper)-[old:HAS_METHOD]->(gone)
  MERGE (p)-[moved:HAS_METHOD]->(keep)
    ON CREATE SET moved = properties(old)
  DELETE old
}
CALL (keep, gone) {
  MATCH (result:Result)-[old:OF_METHOD]->(gone)
  MERGE (result)-[:OF_METHOD]->(keep)
  DELETE old
}
WITH keep, gone,
     [alias IN [gone.name] + coalesce(gone.aliases, [])
      WHERE alias <> keep.name AND NOT alias IN coalesce(keep.aliases, [])] AS moved
SET keep.aliases = CASE WHEN size(moved) > 0 THEN coalesce(keep.aliases, []) + moved ELSE keep.aliases END,
    keep.keys = keep.keys + [key IN gone.keys WHERE NOT key IN keep.keys]
WITH keep, gone, gone.key AS merged
DETACH DELETE gone
RETURN keep.key AS key, collect(merged) AS merged
