// How many papers each entity is linked to (for a role, when given), by links extracted with at
// least $minConfidence.
UNWIND $keys AS key
CALL (key) {
  // each entity kind, joined by UNION
  MATCH (e:{{label}} {key: key}) WHERE $label = '{{label}}' RETURN e
  // end each
}
RETURN key, COUNT {
  MATCH (:Paper)-[r]->(e)
  WHERE type(r) = $type
    AND ($role IS NULL OR r.role = $role)
    AND r.confidence >= $minConfidence
} AS count
