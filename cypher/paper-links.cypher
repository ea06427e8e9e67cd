// What was extracted from each paper of one kind (`$type`: HAS_METHOD, HAS_DATASET, HAS_TASK or
// HAS_CODE): the entity's key with the edge's role and provenance, in order of appearance.
UNWIND $ids AS id
MATCH (:Paper {id: id})-[r]->(e)
WHERE type(r) = $type
RETURN id, e.key AS key, properties(r) AS edge
ORDER BY id, r.field DESC, r.start
