// Links papers to the code repositories, models and datasets hosted elsewhere that they name;
// the edges are created afresh since papers-upsert removed the paper's earlier ones.
UNWIND $entities AS row
MERGE (r:Repository {key: row.key})
  ON CREATE SET r.fullName = row.fullName, r.name = row.fullName, r.host = row.host,
                r.kind = row.kind, r.url = row.url, r.aliases = []
WITH count(*) AS merged
UNWIND $edges AS row
MATCH (p:Paper {id: row.paperId})
MATCH (r:Repository {key: row.key})
CREATE (p)-[c:HAS_CODE]->(r)
SET c = row.edge
