// One page of the papers linked to each of several entities, newest first, through links
// extracted with at least $minConfidence, of papers published in [$publishedFrom, $publishedTo]
// when given. Keyset pagination: only sort keys below `$after` and above `$before`; a backward
// page (`$backward`) is fetched oldest first, nearest to `$before`, and turned round by the caller.
// Each paper comes with:
// - the edge's role and confidence, and the rest of its provenance when `$provenance`;
// - the paper itself, for its loader, without its abstract (most of a paper's bytes, seldom asked
//   of a list: Paper.abstract loads it when asked);
// - its own links of the types `$linkTypes` names, as paper-links gives them (`$linkProvenance`
//   for its `$provenance`), when the operation asks for them below the page, so that they take
//   no statement of their own.
UNWIND $keys AS key
CALL (key) {
  // each entity kind, joined by UNION ALL
  MATCH (e:{{label}} {key: key}) WHERE $label = '{{label}}'
  CALL (e) {
    MATCH (p:Paper)-[r:{{relationship}}]->(e)
    WHERE ($role IS NULL OR r.role = $role)
      // every link has a confidence from 0 to 1: at 0 there is nothing to read
      AND ($minConfidence <= 0 OR r.confidence >= $minConfidence)
      AND ($publishedFrom IS NULL OR p.published >= date($publishedFrom))
      AND ($publishedTo IS NULL OR p.published <= date($publishedTo))
      AND ($after IS NULL OR coalesce(toString(p.published), '0000-00-00') + '|' + p.id < $after)
      AND ($before IS NULL OR coalesce(toString(p.published), '0000-00-00') + '|' + p.id > $before)
    // The sort key's order (undated papers last, as '0000-00-00'), from the properties themselves,
    // so that only the page's papers build its string.
    WITH p, r
    ORDER BY
      CASE WHEN $backward THEN p.published IS NOT NULL END,
      CASE WHEN $backward THEN p.published END,
      CASE WHEN $backward THEN p.id END,
      p.published IS NULL,
      p.published DESC,
      p.id DESC
    LIMIT $limit
    RETURN p, r
  }
  RETURN p, r
  // end each
}
WITH key, p, coalesce(toString(p.published), '0000-00-00') + '|' + p.id AS sortKey,
  CASE WHEN $provenance THEN properties(r) ELSE r {.role, .confidence} END AS edge
RETURN key, collect({
  paperId: p.id, sortKey: sortKey, edge: edge,
  paper: p {.id, .arxivId, .doi, .title, .url, published: toString(p.published)},
  links: COLLECT {
    WITH p WHERE size($linkTypes) > 0
    MATCH (p)-[l]->(x)
    WHERE type(l) IN $linkTypes
    RETURN {
      type: type(l),
      edge: CASE WHEN $linkProvenance THEN properties(l) ELSE l {.role, .confidence} END,
      entity: x
    }
    ORDER BY l.field DESC, l.start
  }
}) AS page
