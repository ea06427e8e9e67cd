// The load benchmark's papers: $count of them spread evenly over all papers in id order, so that
// the mix asks of old and new ones, and a graph always gives the same ones.
MATCH (p:Paper)
WITH p.id AS id ORDER BY id
WITH collect(id) AS ids
UNWIND range(0, $count - 1) AS i
WITH DISTINCT ids[i * size(ids) / $count] AS id
WHERE id IS NOT NULL
RETURN id
