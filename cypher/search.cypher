// Full-text search over paper titles and abstracts and over entity names and aliases, ranked by
// Lucene score. `$query` is already escaped Lucene syntax.
CALL () {
  CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $limit}) YIELD node, score
  WHERE 'Paper' IN $types
  RETURN 'Paper' AS type, node.id AS key, node.title AS label, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
  WITH node, score, labels(node)[0] AS type
  WHERE type IN $types
  RETURN type, node.key AS key, node.name AS label, score
}
RETURN type, key, label, score
ORDER BY score DESC, key
LIMIT $limit
