// The entity a name or any alias resolves to (`$key` is its canonical key, which ignores case
// and punctuation): the exact key first, then the best-linked entity that goes by it. Both are
// index seeks: the entity's key constraint, and the alias keys' (see migration 002). With the
// node itself, for its loader.
CALL () {
  // each named kind, joined by UNION
  MATCH (e:{{label}} {key: $key}) WHERE $label = '{{label}}' RETURN e
  UNION
  MATCH (:Alias {key: $key})-[:ALIAS_OF]->(e:{{label}}) WHERE $label = '{{label}}' RETURN e
  // end each
}
// best-linked: by papers and results, alias keys aside (both counts from the degree store)
RETURN e.key AS key, e AS node
ORDER BY e.key = $key DESC, COUNT { (e)<--() } - COUNT { (e)<-[:ALIAS_OF]-() } DESC
LIMIT 1
