// For each entity, the entities of another kind that share papers with it, with how many papers
// they share and the newest of those papers (the datasets a method is evaluated on, the methods
// run on a dataset).
UNWIND $keys AS key
CALL (key) {
  // each entity kind, joined by UNION
  MATCH (e:{{label}} {key: key}) WHERE $label = '{{label}}' RETURN e
  // end each
}
CALL (e) {
  MATCH (e)<-[r1]-(p:Paper)-[r2]->(other)
  WHERE type(r1) = $type AND type(r2) = $otherType
  WITH other, p
  ORDER BY p.published DESC, p.id DESC
  RETURN other.key AS other, count(DISTINCT p) AS paperCount,
         collect(DISTINCT p.id)[..$papersPerEntity] AS paperIds
  ORDER BY paperCount DESC, other
  LIMIT $limit
}
RETURN key, collect({key: other, paperCount: paperCount, paperIds: paperIds}) AS related
