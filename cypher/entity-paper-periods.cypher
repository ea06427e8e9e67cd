// How many papers each entity is linked to per period ($period: 'YEAR' or 'MONTH'), oldest
// period first, for a role when given, by links extracted with at least $minConfidence, of papers
// published in [$publishedFrom, $publishedTo] when given. Undated papers are in no period; periods
// without a paper are not returned (the caller fills them in).
UNWIND $keys AS key
CALL (key) {
  // each entity kind, joined by UNION
  MATCH (e:{{label}} {key: key}) WHERE $label = '{{label}}' RETURN e
  // end each
}
CALL (e) {
  MATCH (p:Paper)-[r]->(e)
  WHERE type(r) = $type
    AND ($role IS NULL OR r.role = $role)
    // every link has a confidence from 0 to 1: at 0 there is nothing to read
    AND ($minConfidence <= 0 OR r.confidence >= $minConfidence)
    AND p.published IS NOT NULL
    AND ($publishedFrom IS NULL OR p.published >= date($publishedFrom))
    AND ($publishedTo IS NULL OR p.published <= date($publishedTo))
  WITH CASE $period
         WHEN 'YEAR' THEN left(toString(p.published), 4)
         ELSE left(toString(p.published), 7)
       END AS period,
       count(p) AS count
  ORDER BY period
  RETURN collect({period: period, count: count}) AS counts
}
RETURN key, counts
