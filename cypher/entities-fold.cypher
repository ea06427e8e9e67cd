// Curation: folds entities of one kind into the one kept. Their papers' edges (with provenance),
// results and alias keys move to the kept entity, their names and aliases become its aliases,
// their own keys its alias keys, and they are deleted. The edges are moved with the type they
// had, so this serves every named kind.
CALL () {
  // each named kind, joined by UNION
  MATCH (keep:{{label}} {key: $keep}) WHERE $label = '{{label}}'
  MATCH (gone:{{label}}) WHERE gone.key IN $merge AND gone <> keep
  RETURN keep, gone
  // end each
}
CALL (keep, gone) {
  MATCH (source)-[old]->(gone)
  MERGE (source)-[moved:$(type(old))]->(keep)
    ON CREATE SET moved = properties(old)
  DELETE old
}
WITH keep, gone,
     [alias IN [gone.name] + coalesce(gone.aliases, [])
      WHERE alias <> keep.name AND NOT alias IN coalesce(keep.aliases, [])] AS moved
SET keep.aliases = CASE WHEN size(moved) > 0 THEN coalesce(keep.aliases, []) + moved ELSE keep.aliases END
WITH keep, gone, gone.key AS merged
DETACH DELETE gone
WITH keep, collect(merged) AS merged
CALL (keep, merged) {
  UNWIND merged AS key
  MERGE (alias:Alias {key: key})
  MERGE (alias)-[:ALIAS_OF]->(keep)
}
// An alias key moved from a folded entity may be the kept one's own key: that is no alias.
CALL (keep) {
  MATCH (own:Alias {key: keep.key})-[link:ALIAS_OF]->(keep)
  DELETE link
  WITH own
  WHERE NOT EXISTS { (own)-->() }
  DELETE own
}
RETURN keep.key AS key, merged
