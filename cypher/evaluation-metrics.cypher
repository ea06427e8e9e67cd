// The metrics, as written, of the results in each of several scopes, with how many results each,
// per dataset: a scope is one dataset ($scope.datasetKey), the papers naming one task
// ($scope.taskKey), a dataset within a task's papers (both), or every result (neither). The
// caller folds the metrics as written into the metric catalog's entries. Each branch filters its
// scope before it matches, so only one branch reads the graph.
UNWIND $scopes AS scope
CALL (scope) {
  WITH scope WHERE scope.datasetKey IS NOT NULL
  MATCH (d:Dataset {key: scope.datasetKey})<-[:ON_DATASET]-(r:Result)
  WHERE scope.taskKey IS NULL
     OR EXISTS { (r)<-[:REPORTS]-(:Paper)-[:HAS_TASK]->(:Task {key: scope.taskKey}) }
  RETURN d, r
  UNION
  WITH scope WHERE scope.datasetKey IS NULL AND scope.taskKey IS NOT NULL
  MATCH (:Task {key: scope.taskKey})<-[:HAS_TASK]-(:Paper)-[:REPORTS]->(r:Result)
        -[:ON_DATASET]->(d:Dataset)
  RETURN d, r
  UNION
  WITH scope WHERE scope.datasetKey IS NULL AND scope.taskKey IS NULL
  MATCH (r:Result)-[:ON_DATASET]->(d:Dataset)
  RETURN d, r
}
RETURN scope, d.key AS datasetKey, r.metric AS metric, count(r) AS results
