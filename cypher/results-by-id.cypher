// Results by id, for the API's node loader, with the paper, dataset and method they are for.
UNWIND $ids AS id
MATCH (p:Paper)-[r:REPORTS]->(result:Result {id: id})-[:ON_DATASET]->(d:Dataset)
OPTIONAL MATCH (result)-[:OF_METHOD]->(m:Method)
RETURN result {.id, .metric, .value, .raw, paperId: p.id, datasetKey: d.key, methodKey: m.key,
               provenance: properties(r)} AS result
