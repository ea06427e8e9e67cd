// One page of papers matching every given filter, newest first (keyset pagination on
// published date and id, as in entity-papers). Entity filters are keys; `$ids` narrows to
// full-text hits.
MATCH (p:Paper)
WHERE ($ids IS NULL OR p.id IN $ids)
  AND ($publishedAfter IS NULL OR p.published >= date($publishedAfter))
  AND ($method IS NULL OR EXISTS { (p)-[:HAS_METHOD]->(:Method {key: $method}) })
  AND ($dataset IS NULL OR EXISTS { (p)-[:HAS_DATASET]->(:Dataset {key: $dataset}) })
  AND ($task IS NULL OR EXISTS { (p)-[:HAS_TASK]->(:Task {key: $task}) })
  AND ($repository IS NULL OR EXISTS { (p)-[:HAS_CODE]->(:Repository {key: $repository}) })
WITH p, coalesce(toString(p.published), '0000-00-00') + '|' + p.id AS sortKey
WHERE ($after IS NULL OR sortKey < $after) AND ($before IS NULL OR sortKey > $before)
RETURN p.id AS paperId, sortKey
ORDER BY CASE WHEN $backward THEN sortKey END, sortKey DESC
LIMIT $limit
