// Writes papers with everything extracted from them. A paper's earlier extraction (links,
// results, authorship) is dropped first and its links are created afresh, each carrying its
// provenance; entities are merged by key (entities-merge ran first for those with aliases).
UNWIND $papers AS row
MERGE (p:Paper {id: row.id})
SET p += row.properties,
    p.published = CASE WHEN row.published IS NULL THEN null ELSE date(row.published) END,
    p.ingestedAt = datetime()
WITH p, row
CALL (p) {
  OPTIONAL MATCH (p)-[:REPORTS]->(result:Result)
  DETACH DELETE result
}
CALL (p) {
  OPTIONAL MATCH (p)-[old]->()
  DELETE old
}
CALL (p) {
  OPTIONAL MATCH (:Author)-[authored:AUTHORED]->(p)
  DELETE authored
}
// each named kind
CALL (p, row) {
  UNWIND row.{{field}} AS link
  MERGE (e:{{label}} {key: link.key})
    ON CREATE SET e.name = link.name
  CREATE (p)-[r:{{relationship}}]->(e)
  SET r = link.edge
}
// end each
CALL (p, row) {
  UNWIND row.repositories AS link
  MERGE (code:Repository {key: link.key})
    ON CREATE SET code.fullName = link.fullName, code.name = link.fullName, code.host = link.host,
                  code.kind = link.kind, code.url = link.url
  CREATE (p)-[r:HAS_CODE]->(code)
  SET r = link.edge
}
CALL (p, row) {
  UNWIND row.authors AS author
  MERGE (a:Author {key: author.key})
    ON CREATE SET a.name = author.name
  CREATE (a)-[:AUTHORED {position: author.position}]->(p)
}
// A result's dataset and method may be named only here: they are created when new.
CALL (p, row) {
  UNWIND row.results AS reported
  MERGE (d:Dataset {key: reported.datasetKey})
    ON CREATE SET d.name = reported.dataset
  CREATE (p)-[r:REPORTS]->(result:Result {id: reported.id})-[:ON_DATASET]->(d)
  SET result.metric = reported.metric, result.value = reported.value, result.raw = reported.raw,
      r = reported.edge
  WITH result, reported
  WHERE reported.methodKey IS NOT NULL
  MERGE (m:Method {key: reported.methodKey})
    ON CREATE SET m.name = reported.method
  CREATE (result)-[:OF_METHOD]->(m)
}
RETURN count(p) AS papers
