// Lookups by alias seek an index: every canonical key a method, dataset or task goes by besides
// its own key becomes an `Alias` node, unique by key, pointing at each entity that goes by it.
// They replace the `keys` list, whose elements no index of Neo4j 5 can seek (`$key IN e.keys`
// scanned every entity). The backfill upgrades a graph written before this migration.

CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE;

MATCH (e:Method|Dataset|Task)
WHERE e.keys IS NOT NULL
CALL (e) {
  UNWIND [key IN e.keys WHERE key <> e.key] AS key
  MERGE (alias:Alias {key: key})
  MERGE (alias)-[:ALIAS_OF]->(e)
}
REMOVE e.keys;
