// One page of the papers linked to each of several entities, newest first, with the edge's role
// and provenance and the paper itself (for its loader), through links extracted with at least
// $minConfidence, of papers published in [$publishedFrom, $publishedTo] when given. Keyset
// pagination: only sort keys below `$after` and above `$before`; a backward page (`$backward`) is
// fetched oldest first, nearest to `$before`, and turned round by the caller.
UNWIND $keys AS key
CALL (key) {
  // each entity kind, joined by UNION
  MATCH (e:{{label}} {key: key}) WHERE $label = '{{label}}' RETURN e
  // end each
}
CALL (e) {
  MATCH (p:Paper)-[r]->(e)
  WHERE type(r) = $type
    AND ($role IS NULL OR r.role = $role)
    AND r.confidence >= $minConfidence
    AND ($publishedFrom IS NULL OR p.published >= date($publishedFrom))
    AND ($publishedTo IS NULL OR p.published <= date($publishedTo))
  WITH p, r, coalesce(toString(p.published), '0000-00-00') + '|' + p.id AS sortKey
  WHERE ($after IS NULL OR sortKey < $after) AND ($before IS NULL OR sortKey > $before)
  RETURN p, sortKey, properties(r) AS edge
  ORDER BY CASE WHEN $backward THEN sortKey END, sortKey DESC
  LIMIT $limit
}
RETURN key, collect({paperId: p.id, sortKey: sortKey, edge: edge, paper: p}) AS page
