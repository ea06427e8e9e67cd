// For each entity, one page of the entities of another kind that share papers with it, with how
// many papers they share and the newest of those papers (the datasets a method is evaluated on,
// the methods run on a dataset), each with its node (for its loader), and how many there are in
// all. Keyset pagination on
// `$after`/`$before`; a backward page ($backward) is turned round by the caller. A paper is
// shared only when both its links were extracted with at least $minConfidence.
UNWIND $keys AS key
CALL (key) {
  // each entity kind, joined by UNION
  MATCH (e:{{label}} {key: key}) WHERE $label = '{{label}}' RETURN e
  // end each
}
CALL (e) {
  MATCH (e)<-[r1]-(p:Paper)-[r2]->(other)
  WHERE type(r1) = $type AND type(r2) = $otherType
    // every link has a confidence from 0 to 1: at 0 there is nothing to read
    AND ($minConfidence <= 0 OR r1.confidence >= $minConfidence AND r2.confidence >= $minConfidence)
  WITH other, p
  ORDER BY p.published DESC, p.id DESC
  WITH other, count(DISTINCT p) AS paperCount,
       collect(DISTINCT p.id)[..$papersPerEntity] AS paperIds
  // most shared first, then by key: the count inverted so the sort key ascends
  WITH other, paperCount, paperIds,
       right('0000000000' + toString(9999999999 - paperCount), 10) + '|' + other.key AS sortKey
  ORDER BY CASE WHEN $backward THEN sortKey END DESC, sortKey
  WITH collect({key: other.key, paperCount: paperCount, paperIds: paperIds, sortKey: sortKey,
                entity: other}) AS rows
  RETURN size(rows) AS totalCount,
         [row IN rows
          WHERE ($after IS NULL OR row.sortKey > $after)
            AND ($before IS NULL OR row.sortKey < $before)
         ][..$limit] AS related
}
RETURN key, totalCount, related
