// The methods, datasets and tasks of a batch that bring aliases or further keys: each entity
// once (an entity keeps its first name; the aliases and keys it goes by accumulate). Entities
// known by their name alone are merged by papers-write as it links them. An entity without
// aliases has no `aliases` property (Neo4j's offline importer cannot store an empty list).
CALL () {
  UNWIND $methods AS row
  MERGE (e:Method {key: row.key})
    ON CREATE SET e.name = row.name, e.keys = []
  RETURN e, row
  UNION ALL
  UNWIND $datasets AS row
  MERGE (e:Dataset {key: row.key})
    ON CREATE SET e.name = row.name, e.keys = []
  RETURN e, row
  UNION ALL
  UNWIND $tasks AS row
  MERGE (e:Task {key: row.key})
    ON CREATE SET e.name = row.name, e.keys = []
  RETURN e, row
}
WITH e, [alias IN row.aliases WHERE alias <> e.name AND NOT alias IN coalesce(e.aliases, [])]
       AS newAliases,
     [key IN row.keys WHERE NOT key IN e.keys] AS newKeys
WHERE size(newAliases) > 0 OR size(newKeys) > 0
SET e.aliases = CASE WHEN size(newAliases) > 0 THEN coalesce(e.aliases, []) + newAliases
                ELSE e.aliases END,
    e.keys = e.keys + newKeys
