// The schema migrations already applied to this graph, oldest first.
MATCH (m:SchemaMigration)
RETURN m.version AS version, m.name AS name, m.checksum AS checksum
ORDER BY m.version
