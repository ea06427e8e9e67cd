// The entity a name or any alias resolves to (`$key` is its canonical key, which ignores case
// and punctuation): the exact key first, then the best-linked entity that goes by it.
CALL () {
  // each named kind, joined by UNION
  MATCH (e:{{label}}) WHERE $label = '{{label}}' AND (e.key = $key OR $key IN e.keys) RETURN e
  // end each
}
RETURN e.key AS key
ORDER BY e.key = $key DESC, COUNT { (e)<--() } DESC
LIMIT 1
