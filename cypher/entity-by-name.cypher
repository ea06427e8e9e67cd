// The entity a name or any alias resolves to (`$key` is its canonical key, which ignores case
// and punctuation): the exact key first, then the best-linked entity that goes by it.
CALL () {
  MATCH (e:Method) WHERE $label = 'Method' AND (e.key = $key OR $key IN e.keys) RETURN e
  UNION
  MATCH (e:Dataset) WHERE $label = 'Dataset' AND (e.key = $key OR $key IN e.keys) RETURN e
  UNION
  MATCH (e:Task) WHERE $label = 'Task' AND (e.key = $key OR $key IN e.keys) RETURN e
}
RETURN e.key AS key
ORDER BY e.key = $key DESC, COUNT { (e)<--() } DESC
LIMIT 1
