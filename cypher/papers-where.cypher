// One page of the papers matching every given filter, newest first, and how many match in all.
// `$entities` maps the label of each entity filter to its key, whose link must have been
// extracted with at least $minConfidence; `$ids` narrows to full-text hits.
// The papers are read from the filtered entity that has the fewest (its degree, from the store),
// else from `$ids`, else from all papers (only papers have an entity's links: no label to check
// on them). Keyset pagination on published date and id, as in
// entity-papers; a backward page ($backward) is turned round by the caller.
CALL () {
  // each entity kind, joined by UNION ALL
  MATCH (e:{{label}} {key: $entities.{{label}}})
  RETURN '{{label}}' AS label, COUNT { (e)<-[:{{relationship}}]-() } AS papers
  // end each
}
WITH label ORDER BY papers
WITH collect(label)[0] AS start
CALL (start) {
  // each entity kind, joined by UNION ALL
  WITH start WHERE start = '{{label}}'
  MATCH (p)-[r:{{relationship}}]->(:{{label}} {key: $entities.{{label}}})
  WHERE r.confidence >= $minConfidence
  RETURN p
  // end each
  UNION ALL
  WITH start WHERE start IS NULL AND size(keys($entities)) = 0 AND $ids IS NOT NULL
  UNWIND $ids AS id
  MATCH (p:Paper {id: id})
  RETURN p
  UNION ALL
  // A guard of UNWIND, not WHERE: a WHERE on parameters alone may be planned after the scan
  UNWIND CASE WHEN start IS NULL AND size(keys($entities)) = 0 AND $ids IS NULL THEN [start]
         ELSE [] END AS unfiltered
  MATCH (p:Paper)
  RETURN p
}
WITH start, p
WHERE ($ids IS NULL OR p.id IN $ids)
  AND ($publishedAfter IS NULL OR p.published >= date($publishedAfter))
  // each entity kind
  AND ($entities.{{label}} IS NULL OR start = '{{label}}'
       OR EXISTS { (p)-[r:{{relationship}}]->(:{{label}} {key: $entities.{{label}}})
                   WHERE r.confidence >= $minConfidence })
  // end each
WITH p.id AS paperId, coalesce(toString(p.published), '0000-00-00') + '|' + p.id AS sortKey
ORDER BY CASE WHEN $backward THEN sortKey END, sortKey DESC
WITH collect({paperId: paperId, sortKey: sortKey}) AS rows
RETURN size(rows) AS totalCount,
       [row IN rows
        WHERE ($after IS NULL OR row.sortKey < $after)
          AND ($before IS NULL OR row.sortKey > $before)
       ][..$limit] AS page
