// Floor: entities whose names or aliases match a Lucene query, best first, as papergraph's
// search ranks them (its best 200 hits of the index, the score then type and key).
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 200}) YIELD node, score
WITH node, score, labels(node)[0] AS type
WHERE type IN $types
RETURN {type: type, name: node.name} AS answer
ORDER BY round((1000.0 - score) * 1000000), type, node.key
LIMIT $first
