// Links papers to the code repositories, models and datasets hosted elsewhere that they name.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MERGE (r:Repository {key: row.key})
  ON CREATE SET r.fullName = row.fullName, r.name = row.fullName, r.host = row.host,
                r.kind = row.kind, r.url = row.url, r.aliases = []
MERGE (p)-[c:HAS_CODE]->(r)
SET c += row.edge
