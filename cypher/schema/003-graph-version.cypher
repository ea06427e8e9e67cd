// The graph version (cypher/graph-version-bump.cypher): one node, so that concurrent writers
// MERGE the same one instead of each creating its own.

CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
