// For each of several evaluations ($evaluations: an id, a dataset, the metrics as written that
// fold into its metric, the metric's direction, optionally a task whose papers alone count), the
// best result of each entrant: the method a result is of, or its paper when it names no method.
// Only results whose link has at least $minConfidence count; a tie goes to the earlier paper. The
// caller ranks and pages them.
UNWIND $evaluations AS evaluation
CALL (evaluation) {
  MATCH (:Dataset {key: evaluation.datasetKey})<-[:ON_DATASET]-(r:Result)
        <-[reported:REPORTS]-(p:Paper)
  WHERE r.metric IN evaluation.metrics
    AND reported.confidence >= $minConfidence
    AND (evaluation.taskKey IS NULL
         OR EXISTS { (p)-[:HAS_TASK]->(:Task {key: evaluation.taskKey}) })
  OPTIONAL MATCH (r)-[:OF_METHOD]->(m:Method)
  WITH r, p, coalesce('method:' + m.key, 'paper:' + p.id) AS entrant,
       CASE WHEN evaluation.lowerIsBetter THEN r.value ELSE -r.value END AS score
  ORDER BY score, p.published, r.id
  WITH entrant, head(collect({resultId: r.id, score: score})) AS best
  RETURN collect({entrant: entrant, resultId: best.resultId, score: best.score}) AS entrants
}
RETURN evaluation.id AS id, entrants
