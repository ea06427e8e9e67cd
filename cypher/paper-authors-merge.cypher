// Links papers to their authors, in author order (earlier links were removed by papers-upsert).
UNWIND $entities AS row
MERGE (a:Author {key: row.key})
  ON CREATE SET a.name = row.name
WITH count(*) AS merged
UNWIND $edges AS row
MATCH (p:Paper {id: row.paperId})
MATCH (a:Author {key: row.key})
CREATE (a)-[:AUTHORED {position: row.position}]->(p)
