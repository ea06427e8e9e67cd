// How many papers each entity is linked to (for a role, when given), by links extracted with at
// least $minConfidence. Without a role or a confidence floor, the count is the entity's degree
// for its relationship type, which Neo4j keeps (a paper links an entity once, and only papers
// do), read without touching a link; with either, the links are read and filtered.
UNWIND $keys AS key
CALL (key) {
  // each entity kind, joined by UNION
  MATCH (e:{{label}} {key: key}) WHERE $label = '{{label}}'
  RETURN e, COUNT { (e)<-[:{{relationship}}]-() } AS degree
  // end each
}
RETURN key, CASE
  WHEN $role IS NULL AND $minConfidence <= 0 THEN degree
  ELSE COUNT {
    MATCH (:Paper)-[r]->(e)
    WHERE type(r) = $type
      AND ($role IS NULL OR r.role = $role)
      AND r.confidence >= $minConfidence
  }
END AS count
