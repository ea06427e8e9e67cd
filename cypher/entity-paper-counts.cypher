// How many papers each entity is linked to (for a role, when given), by links extracted with at
// least $minConfidence, of papers published in [$publishedFrom, $publishedTo] when given. Without
// any of these filters, the count is the entity's degree for its relationship type, which Neo4j
// keeps (a paper links an entity once, and only papers do), read without touching a link; with
// any, the links are read and filtered.
UNWIND $keys AS key
CALL (key) {
  // each entity kind, joined by UNION
  MATCH (e:{{label}} {key: key}) WHERE $label = '{{label}}'
  RETURN e, COUNT { (e)<-[:{{relationship}}]-() } AS degree
  // end each
}
RETURN key, CASE
  WHEN $role IS NULL AND $minConfidence <= 0 AND $publishedFrom IS NULL AND $publishedTo IS NULL
    THEN degree
  ELSE COUNT {
    MATCH (p:Paper)-[r]->(e)
    WHERE type(r) = $type
      AND ($role IS NULL OR r.role = $role)
      // every link has a confidence from 0 to 1: at 0 there is nothing to read
    AND ($minConfidence <= 0 OR r.confidence >= $minConfidence)
      AND ($publishedFrom IS NULL OR p.published >= date($publishedFrom))
      AND ($publishedTo IS NULL OR p.published <= date($publishedTo))
  }
END AS count
