// The shortest paths, up to $maxHops relationships, between two nodes given by label and key
// (a paper's key is its id), and how many there are. Paths may pass through any node; between
// two hubs there can be thousands, so at most $maxPaths are taken (`truncated` says so). Keyset
// pagination on the keys along a path; a backward page ($backward) is turned round by the caller.
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
// A variable-length bound cannot be a parameter, and filtering longer paths afterwards makes
// Neo4j fall back to enumerating every path of up to 4 hops (tens of seconds between two hubs).
// So one branch per bound; the `WHERE` on the parameter alone drops the others before they run.
// Alias keys are an index, not a link between things: paths never pass through them (the test
// is made during the search).
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1
  MATCH path = allShortestPaths((a)-[*..1]-(b))
  WHERE none(rel IN relationships(path) WHERE rel:ALIAS_OF)
  RETURN path
  UNION ALL
  WITH a, b WHERE $maxHops = 2
  MATCH path = allShortestPaths((a)-[*..2]-(b))
  WHERE none(rel IN relationships(path) WHERE rel:ALIAS_OF)
  RETURN path
  UNION ALL
  WITH a, b WHERE $maxHops = 3
  MATCH path = allShortestPaths((a)-[*..3]-(b))
  WHERE none(rel IN relationships(path) WHERE rel:ALIAS_OF)
  RETURN path
  UNION ALL
  WITH a, b WHERE $maxHops = 4
  MATCH path = allShortestPaths((a)-[*..4]-(b))
  WHERE none(rel IN relationships(path) WHERE rel:ALIAS_OF)
  RETURN path
}
WITH path LIMIT $maxPaths
WITH path, [node IN nodes(path) | coalesce(node.id, node.key)] AS keys
WITH path, reduce(text = '', key IN keys[..-1] | text + key + '/') + '|' + last(keys) AS sortKey
ORDER BY CASE WHEN $backward THEN sortKey END DESC, sortKey
WITH collect({path: path, sortKey: sortKey}) AS rows
RETURN size(rows) AS totalCount, size(rows) >= $maxPaths AS truncated,
       [row IN rows
        WHERE ($after IS NULL OR row.sortKey > $after)
          AND ($before IS NULL OR row.sortKey < $before)
        | {sortKey: row.sortKey,
           nodes: [node IN nodes(row.path) | {label: labels(node)[0], key: coalesce(node.id, node.key)}],
           relationships: [rel IN relationships(row.path) | {type: type(rel), role: rel.role,
             from: coalesce(startNode(rel).id, startNode(rel).key),
             to: coalesce(endNode(rel).id, endNode(rel).key)}]}
       ][..$limit] AS page
