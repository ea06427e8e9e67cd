// Creates or updates papers and drops what an earlier ingest extracted from them, so the
// statements that follow in the same transaction write their edges afresh.
UNWIND $papers AS row
MERGE (p:Paper {id: row.id})
SET p += row.properties,
    p.published = CASE WHEN row.published IS NULL THEN null ELSE date(row.published) END,
    p.ingestedAt = datetime()
WITH p
CALL (p) {
  OPTIONAL MATCH (p)-[old:HAS_METHOD|HAS_DATASET|HAS_TASK|HAS_CODE]->()
  DELETE old
}
CALL (p) {
  OPTIONAL MATCH (p)-[:REPORTS]->(result:Result)
  DETACH DELETE result
}
CALL (p) {
  OPTIONAL MATCH (:Author)-[authored:AUTHORED]->(p)
  DELETE authored
}
RETURN count(p) AS papers
