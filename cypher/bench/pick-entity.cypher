// The benchmark's entity of one kind: a mid-frequency one (neither a hub nor a one-off), the one
// whose paper count is nearest the square root of the number of papers; ties by key, so a graph
// always gives the same one.
WITH sqrt(COUNT { (:Paper) }) AS target
CALL () {
  // each named kind, joined by UNION
  MATCH (e:{{label}}) WHERE $label = '{{label}}' RETURN e
  // end each
}
WITH e, target, COUNT { (:Paper)-->(e) } AS papers
RETURN e.key AS key, e.name AS name, papers
ORDER BY abs(papers - target), e.key
LIMIT 1
