// Full-text search over paper titles and abstracts and over entity names and aliases, ranked by
// Lucene score, and one page of it, each hit with its node (for its loader). `$query` is already
// escaped Lucene syntax; each index gives its best $scan hits. The sort key ascends: the score
// inverted (scores stay far below 1000), then type and key, so ties have an order; a backward
// page ($backward) is turned round by the caller.
CALL () {
  // Guarded before the call, so that a search of entities alone never reads the paper index.
  WITH 'Paper' IN $types AS wanted
  WHERE wanted
  CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $scan}) YIELD node, score
  RETURN 'Paper' AS type, node.id AS key, node.title AS label, score, node
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $scan}) YIELD node, score
  WITH node, score, labels(node)[0] AS type
  WHERE type IN $types
  RETURN type, node.key AS key, node.name AS label, score, node
}
WITH type, key, label, score, node,
     right('000000000000' + toString(toInteger(round((1000.0 - score) * 1000000))), 12)
       + '|' + type + '|' + key AS sortKey
ORDER BY CASE WHEN $backward THEN sortKey END DESC, sortKey
WITH collect({type: type, key: key, label: label, score: score, sortKey: sortKey, node: node})
     AS rows
RETURN size(rows) AS totalCount,
       [row IN rows
        WHERE ($after IS NULL OR row.sortKey > $after)
          AND ($before IS NULL OR row.sortKey < $before)
       ][..$limit] AS page
