// Links papers to the tasks extracted from them. The entity keeps its first name; aliases and
// the keys they resolve by accumulate across papers.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MERGE (e:Task {key: row.key})
  ON CREATE SET e.name = row.name, e.aliases = [], e.keys = [row.key]
SET e.aliases = e.aliases + [alias IN row.aliases WHERE alias <> e.name AND NOT alias IN e.aliases],
    e.keys = e.keys + [key IN row.keys WHERE NOT key IN e.keys]
MERGE (p)-[r:HAS_TASK]->(e)
SET r += row.edge
