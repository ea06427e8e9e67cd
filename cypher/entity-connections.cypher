// The shortest paths, up to $maxHops relationships, between two nodes given by label and key
// (a paper's key is its id). Paths may pass through any node.
CALL () {
  MATCH (n:Paper {id: $from.key}) WHERE $from.label = 'Paper' RETURN n
  UNION
  // each entity kind, joined by UNION
  MATCH (n:{{label}} {key: $from.key}) WHERE $from.label = '{{label}}' RETURN n
  // end each
}
WITH n AS a
CALL () {
  MATCH (n:Paper {id: $to.key}) WHERE $to.label = 'Paper' RETURN n
  UNION
  // each entity kind, joined by UNION
  MATCH (n:{{label}} {key: $to.key}) WHERE $to.label = '{{label}}' RETURN n
  // end each
}
WITH a, n AS b
WHERE a <> b
MATCH path = allShortestPaths((a)-[*..4]-(b))
WHERE length(path) <= $maxHops
WITH path LIMIT $limit
RETURN [node IN nodes(path) | {label: labels(node)[0], key: coalesce(node.id, node.key),
        name: coalesce(node.title, node.name, node.fullName, node.metric)}] AS nodes,
       [rel IN relationships(path) | {type: type(rel), role: rel.role,
        from: coalesce(startNode(rel).id, startNode(rel).key),
        to: coalesce(endNode(rel).id, endNode(rel).key)}] AS relationships
