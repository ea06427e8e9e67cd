// The methods, datasets or tasks named by the most papers published in a date range.
MATCH (p:Paper)
WHERE ($from IS NULL OR p.published >= date($from)) AND ($to IS NULL OR p.published <= date($to))
MATCH (p)-[r]->(e)
WHERE type(r) = $type
RETURN e.key AS key, count(DISTINCT p) AS paperCount
ORDER BY paperCount DESC, key
LIMIT $limit
