// The results each paper reports, with the dataset and method they are for (the nodes
// themselves too, for their loaders).
UNWIND $ids AS id
MATCH (:Paper {id: id})-[r:REPORTS]->(result:Result)-[:ON_DATASET]->(d:Dataset)
OPTIONAL MATCH (result)-[:OF_METHOD]->(m:Method)
RETURN id, result {.id, .metric, .value, .raw, paperId: id, datasetKey: d.key,
                   methodKey: m.key, provenance: properties(r)} AS result,
       d AS dataset, m AS method
ORDER BY id, result.id
