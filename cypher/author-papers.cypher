// One page of the papers of each of several authors, newest first (keyset pagination as in
// entity-papers; each with the paper itself, for its loader), with how many papers each author
// has in all.
UNWIND $keys AS key
MATCH (a:Author {key: key})
CALL (a) {
  MATCH (a)-[:AUTHORED]->(p:Paper)
  WITH p, coalesce(toString(p.published), '0000-00-00') + '|' + p.id AS sortKey
  WHERE ($after IS NULL OR sortKey < $after) AND ($before IS NULL OR sortKey > $before)
  RETURN p, sortKey
  ORDER BY CASE WHEN $backward THEN sortKey END, sortKey DESC
  LIMIT $limit
}
WITH a, key, collect({paperId: p.id, sortKey: sortKey, paper: p}) AS page
RETURN key, COUNT { (a)-[:AUTHORED]->(:Paper) } AS totalCount, page
