// The methods, datasets and tasks of a batch that bring aliases or further keys: each entity
// once (an entity keeps its first name; the aliases and keys it goes by accumulate). Entities
// known by their name alone are merged by papers-write as it links them. An entity without
// aliases has no `aliases` property (Neo4j's offline importer cannot store an empty list).
CALL () {
  // each named kind, joined by UNION ALL
  UNWIND ${{field}} AS row
  MERGE (e:{{label}} {key: row.key})
    ON CREATE SET e.name = row.name, e.keys = []
  RETURN e, row
  // end each
}
WITH e, [alias IN row.aliases WHERE alias <> e.name AND NOT alias IN coalesce(e.aliases, [])]
       AS newAliases,
     [key IN row.keys WHERE NOT key IN e.keys] AS newKeys
WHERE size(newAliases) > 0 OR size(newKeys) > 0
SET e.aliases = CASE WHEN size(newAliases) > 0 THEN coalesce(e.aliases, []) + newAliases
                ELSE e.aliases END,
    e.keys = e.keys + newKeys
