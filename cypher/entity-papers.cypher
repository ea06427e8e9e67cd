// One page of the papers linked to each of several entities, newest first, with the edge's role
// and provenance. Keyset pagination: `$after` is the sort key of the last paper already seen.
UNWIND $keys AS key
CALL (key) {
  MATCH (e:Method {key: key}) WHERE $label = 'Method' RETURN e
  UNION
  MATCH (e:Dataset {key: key}) WHERE $label = 'Dataset' RETURN e
  UNION
  MATCH (e:Task {key: key}) WHERE $label = 'Task' RETURN e
  UNION
  MATCH (e:Repository {key: key}) WHERE $label = 'Repository' RETURN e
}
CALL (e) {
  MATCH (p:Paper)-[r]->(e)
  WHERE type(r) = $type
    AND ($role IS NULL OR r.role = $role)
  WITH p, r, coalesce(toString(p.published), '0000-00-00') + '|' + p.id AS sortKey
  WHERE $after IS NULL OR sortKey < $after
  RETURN p.id AS paperId, sortKey, properties(r) AS edge
  ORDER BY sortKey DESC
  LIMIT $limit
}
RETURN key, collect({paperId: paperId, sortKey: sortKey, edge: edge}) AS page
