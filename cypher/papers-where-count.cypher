// How many papers match every given filter (see papers-where).
MATCH (p:Paper)
WHERE ($ids IS NULL OR p.id IN $ids)
  AND ($publishedAfter IS NULL OR p.published >= date($publishedAfter))
  AND ($method IS NULL OR EXISTS { (p)-[:HAS_METHOD]->(:Method {key: $method}) })
  AND ($dataset IS NULL OR EXISTS { (p)-[:HAS_DATASET]->(:Dataset {key: $dataset}) })
  AND ($task IS NULL OR EXISTS { (p)-[:HAS_TASK]->(:Task {key: $task}) })
  AND ($repository IS NULL OR EXISTS { (p)-[:HAS_CODE]->(:Repository {key: $repository}) })
RETURN count(p) AS count
