// Curation: folds tasks into the one kept. Their papers' edges (with provenance) and results move
// to the kept task, their names and aliases become its aliases, and they are deleted.
MATCH (keep:Task {key: $keep})
MATCH (gone:Task)
WHERE gone.key IN $merge AND gone <> keep
CALL (keep, gone) {
  MATCH (p:Paper)-[old:HAS_TASK]->(gone)
  MERGE (p)-[moved:HAS_TASK]->(keep)
    ON CREATE SET moved = properties(old)
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
