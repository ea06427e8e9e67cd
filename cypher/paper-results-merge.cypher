// Records the results papers report: a value of a metric on a dataset, by a method when stated.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MERGE (d:Dataset {key: row.datasetKey})
  ON CREATE SET d.name = row.dataset, d.aliases = [], d.keys = [row.datasetKey]
MERGE (result:Result {id: row.id})
SET result.metric = row.metric, result.value = row.value, result.raw = row.raw
MERGE (p)-[reported:REPORTS]->(result)
SET reported += row.edge
MERGE (result)-[:ON_DATASET]->(d)
WITH result, row
CALL (result, row) {
  WITH result, row
  WHERE row.methodKey IS NOT NULL
  MERGE (m:Method {key: row.methodKey})
    ON CREATE SET m.name = row.method, m.aliases = [], m.keys = [row.methodKey]
  MERGE (result)-[:OF_METHOD]->(m)
}
