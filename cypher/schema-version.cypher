// The newest schema migration applied to this graph.
MATCH (m:SchemaMigration)
RETURN max(m.version) AS version
