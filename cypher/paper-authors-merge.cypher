// Links papers to their authors, in author order.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MERGE (a:Author {key: row.key})
  ON CREATE SET a.name = row.name
MERGE (a)-[w:AUTHORED]->(p)
SET w.position = row.position
