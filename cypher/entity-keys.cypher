// Every key that methods, datasets and tasks go by, to resolve new mentions against.
CALL () {
  // each named kind, joined by UNION ALL
  MATCH (e:{{label}}) RETURN '{{label}}' AS label, e.key AS key, e.keys AS keys
  // end each
}
RETURN label, key, keys
