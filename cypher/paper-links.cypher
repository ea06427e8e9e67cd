// What was extracted from each paper, of the kinds `$types` names (HAS_METHOD, HAS_DATASET,
// HAS_TASK, HAS_CODE): the relationship's type, the edge's role and confidence (with the rest of
// its provenance when `$provenance`), and the entity it reaches (the node itself, for its
// loader), in order of appearance.
UNWIND $ids AS id
MATCH (:Paper {id: id})-[r]->(e)
WHERE type(r) IN $types
RETURN id, type(r) AS type,
  CASE WHEN $provenance THEN properties(r) ELSE r {.role, .confidence} END AS edge,
  e AS entity
ORDER BY id, r.field DESC, r.start
