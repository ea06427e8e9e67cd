// The methods, datasets and tasks of a batch that bring aliases or further keys: each entity
// once (an entity keeps its first name; the aliases and keys it goes by accumulate). Entities
// known by their name alone are merged by papers-write as it links them.
CALL () {
  UNWIND $methods AS row
  MERGE (e:Method {key: row.key})
    ON CREATE SET e.name = row.name, e.aliases = [], e.keys = []
  RETURN e, row
  UNION ALL
  UNWIND $datasets AS row
  MERGE (e:Dataset {key: row.key})
    ON CREATE SET e.name = row.name, e.aliases = [], e.keys = []
  RETURN e, row
  UNION ALL
  UNWIND $tasks AS row
  MERGE (e:Task {key: row.key})
    ON CREATE SET e.name = row.name, e.aliases = [], e.keys = []
  RETURN e, row
}
WITH e, [alias IN row.aliases WHERE alias <> e.name AND NOT alias IN e.aliases] AS newAliases,
     [key IN row.keys WHERE NOT key IN e.keys] AS newKeys
WHERE size(newAliases) > 0 OR size(newKeys) > 0
SET e.aliases = e.aliases + newAliases, e.keys = e.keys + newKeys
