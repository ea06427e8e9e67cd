// One page of the papers of each of several authors, newest first (keyset pagination and order
// as in entity-papers; each with the paper itself for its loader, without its abstract), with how
// many papers each author has in all.
UNWIND $keys AS key
MATCH (a:Author {key: key})
CALL (a) {
  MATCH (a)-[:AUTHORED]->(p:Paper)
  WHERE ($after IS NULL OR coalesce(toString(p.published), '0000-00-00') + '|' + p.id < $after)
    AND ($before IS NULL OR coalesce(toString(p.published), '0000-00-00') + '|' + p.id > $before)
  WITH p
  ORDER BY
    CASE WHEN $backward THEN p.published IS NOT NULL END,
    CASE WHEN $backward THEN p.published END,
    CASE WHEN $backward THEN p.id END,
    p.published IS NULL,
    p.published DESC,
    p.id DESC
  LIMIT $limit
  RETURN p, coalesce(toString(p.published), '0000-00-00') + '|' + p.id AS sortKey
}
WITH a, key, collect({
  paperId: p.id, sortKey: sortKey,
  paper: p {.id, .arxivId, .doi, .title, .url, published: toString(p.published)}
}) AS page
RETURN key, COUNT { (a)-[:AUTHORED]->(:Paper) } AS totalCount, page
