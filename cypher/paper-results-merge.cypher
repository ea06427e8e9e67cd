// Records the results papers report: a value of a metric on a dataset, by a method when stated.
// The paper's earlier results were removed by papers-upsert; datasets and methods named only
// here are created.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MERGE (d:Dataset {key: row.datasetKey})
  ON CREATE SET d.name = row.dataset, d.aliases = [], d.keys = [row.datasetKey]
CREATE (p)-[reported:REPORTS]->(result:Result {id: row.id})-[:ON_DATASET]->(d)
SET result.metric = row.metric, result.value = row.value, result.raw = row.raw,
    reported = row.edge
WITH result, row
CALL (result, row) {
  WITH result, row
  WHERE row.methodKey IS NOT NULL
  MERGE (m:Method {key: row.methodKey})
    ON CREATE SET m.name = row.method, m.aliases = [], m.keys = [row.methodKey]
  CREATE (result)-[:OF_METHOD]->(m)
}
