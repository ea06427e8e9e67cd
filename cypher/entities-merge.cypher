// The methods, datasets and tasks of a batch that bring aliases or further keys: each entity
// once (an entity keeps its first name; the aliases it goes by accumulate, and each further key
// links an `Alias` node to it). Entities known by their name alone are merged by papers-write as
// it links them. An entity without aliases has no `aliases` property (Neo4j's offline importer
// cannot store an empty list).
CALL () {
  // each named kind, joined by UNION ALL
  UNWIND ${{field}} AS row
  MERGE (e:{{label}} {key: row.key})
    ON CREATE SET e.name = row.name
  RETURN e, row
  // end each
}
CALL (e, row) {
  WITH e, [alias IN row.aliases WHERE alias <> e.name AND NOT alias IN coalesce(e.aliases, [])]
         AS newAliases
  WHERE size(newAliases) > 0
  SET e.aliases = coalesce(e.aliases, []) + newAliases
}
WITH e, row
UNWIND [key IN row.keys WHERE key <> e.key] AS key
MERGE (alias:Alias {key: key})
MERGE (alias)-[:ALIAS_OF]->(e)
