// The results reported on a dataset, for one metric or all, with the paper and method.
MATCH (result:Result)-[:ON_DATASET]->(d:Dataset {key: $datasetKey})
WHERE $metric IS NULL OR toLower(result.metric) = toLower($metric)
MATCH (p:Paper)-[reported:REPORTS]->(result)
OPTIONAL MATCH (result)-[:OF_METHOD]->(m:Method)
RETURN result {.id, .metric, .value, .raw, paperId: p.id, datasetKey: d.key, methodKey: m.key,
               provenance: properties(reported)} AS result
