// Links papers to the tasks extracted from them: first the entities (one row per key in the
// batch; an entity keeps its first name, and the aliases and keys it goes by accumulate), then
// the edges, created afresh since papers-upsert removed the paper's earlier ones.
UNWIND $entities AS row
MERGE (e:Task {key: row.key})
  ON CREATE SET e.name = row.name, e.aliases = [], e.keys = []
WITH e, [alias IN row.aliases WHERE alias <> e.name AND NOT alias IN e.aliases] AS newAliases,
     [key IN row.keys WHERE NOT key IN e.keys] AS newKeys
CALL (e, newAliases, newKeys) {
  WITH * WHERE size(newAliases) > 0 OR size(newKeys) > 0
  SET e.aliases = e.aliases + newAliases, e.keys = e.keys + newKeys
}
WITH count(*) AS merged
UNWIND $edges AS row
MATCH (p:Paper {id: row.paperId})
MATCH (e:Task {key: row.key})
CREATE (p)-[r:HAS_TASK]->(e)
SET r = row.edge
