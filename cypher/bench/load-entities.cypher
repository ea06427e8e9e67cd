// The load benchmark's entities of one kind: $count of them spread evenly over the kind ranked
// by paper count (the busiest first, ties by key), so that the mix asks of hubs and rare ones
// alike, and a graph always gives the same ones.
CALL () {
  // each named kind, joined by UNION
  MATCH (e:{{label}}) WHERE $label = '{{label}}' RETURN e
  // end each
}
WITH e, COUNT { (:Paper)-->(e) } AS papers
WHERE papers > 0
WITH e, papers ORDER BY papers DESC, e.key
WITH collect({key: e.key, name: e.name, papers: papers}) AS ranked
UNWIND range(0, $count - 1) AS i
WITH DISTINCT ranked[i * size(ranked) / $count] AS entity
WHERE entity IS NOT NULL
RETURN entity.key AS key, entity.name AS name, entity.papers AS papers
