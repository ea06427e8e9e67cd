// One page of the entities of one kind (or of the authors), for the root connections (`methods`,
// `datasets`, ..., `authors`), and how many the filter admits in all: each with its papers (the
// papers that name it, or that the author wrote, through $type), counted over
// the papers the filter admits (published in [$publishedFrom, $publishedTo], naming the node
// $linked = {label, key}) through links extracted with at least $minConfidence (an author's
// AUTHORED has no confidence: it is read, not extracted), keyset-paginated on a sort key chosen by $orderBy that ascends in
// every order (counts and dates are stored inverted, so ties go by key, A to Z); a backward page
// ($backward) runs the other way and is turned round by the caller.
CALL () {
  // each entity kind, joined by UNION
  MATCH (e:{{label}}) WHERE $label = '{{label}}' RETURN e
  // end each
  UNION
  MATCH (e:Author) WHERE $label = 'Author' RETURN e
}
WITH e
WHERE $prefix IS NULL OR toLower(e.name) STARTS WITH $prefix
CALL (e) {
  OPTIONAL MATCH (p:Paper)-[r]-(e)
  WHERE type(r) = $type
    AND coalesce(r.confidence, 1.0) >= $minConfidence
    AND ($publishedFrom IS NULL OR p.published >= date($publishedFrom))
    AND ($publishedTo IS NULL OR p.published <= date($publishedTo))
    AND ($linked IS NULL
         OR EXISTS { (p)--(other) WHERE other.key = $linked.key AND $linked.label IN labels(other) })
  RETURN count(DISTINCT p) AS paperCount, max(p.published) AS latest
}
WITH e, paperCount, latest
WHERE paperCount >= $minPapers
WITH e, paperCount,
     CASE $orderBy
       WHEN 'NAME' THEN toLower(e.name) + '|' + e.key
       WHEN 'RECENT' THEN
         right('00000000' + toString(99999999 - coalesce(
           toInteger(replace(toString(latest), '-', '')), 0)), 8) + '|' + e.key
       ELSE right('0000000000' + toString(9999999999 - paperCount), 10) + '|' + e.key
     END AS sortKey
ORDER BY CASE WHEN $backward THEN sortKey END DESC, sortKey
WITH collect({key: e.key, paperCount: paperCount, sortKey: sortKey}) AS rows
RETURN size(rows) AS totalCount,
       [row IN rows
        WHERE ($after IS NULL OR row.sortKey > $after)
          AND ($before IS NULL OR row.sortKey < $before)
       ][..$limit] AS page
