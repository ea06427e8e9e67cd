// The benchmark's paper: the newest that has every kind of link (methods, datasets, tasks, code,
// results, authors), so "everything about a paper" touches every relationship; ties by id.
MATCH (p:Paper)
WHERE EXISTS { (p)-[:HAS_METHOD]->() } AND EXISTS { (p)-[:HAS_DATASET]->() }
  AND EXISTS { (p)-[:HAS_TASK]->() } AND EXISTS { (p)-[:HAS_CODE]->() }
  AND EXISTS { (p)-[:REPORTS]->() } AND EXISTS { (p)<-[:AUTHORED]-() }
RETURN p.id AS id
ORDER BY p.published DESC, p.id DESC
LIMIT 1
