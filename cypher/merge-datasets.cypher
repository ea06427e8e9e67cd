// Curation: folds datasets into the one kept. Their papers' edges (with provenance) and results move
// to the kept dataset, their names and aliases become its aliases, and they are deleted.
MATCH (keep:Dataset {key: $keep})
MATCH (gone:Dataset)
WHERE gone.key IN $merge AND gone <> keep
CALL (keep, gone) {
  MATCH (p:Paper)-[old:HAS_DATASET]->(gone)
  MERGE (p)-[moved:HAS_DATASET]->(keep)
    ON CREATE SET moved = properties(old)
  DELETE old
}
CALL (keep, gone) {
  MATCH (result:Result)-[old:ON_DATASET]->(gone)
  MERGE (result)-[:ON_DATASET]->(keep)
  DELETE old
}
SET keep.aliases = keep.aliases +
      [alias IN [gone.name] + gone.aliases WHERE alias <> keep.name AND NOT alias IN keep.aliases],
    keep.keys = keep.keys + [key IN gone.keys WHERE NOT key IN keep.keys]
WITH keep, gone, gone.key AS merged
DETACH DELETE gone
RETURN keep.key AS key, collect(merged) AS merged
