// Every key that methods, datasets and tasks go by (their own and their alias keys), to resolve
// new mentions against.
CALL () {
  // each named kind, joined by UNION ALL
  MATCH (e:{{label}})
  RETURN '{{label}}' AS label, e.key AS key,
         [e.key] + COLLECT { MATCH (alias:Alias)-[:ALIAS_OF]->(e) RETURN alias.key } AS keys
  // end each
}
RETURN label, key, keys
