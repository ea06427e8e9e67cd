// Whether the graph holds anything beyond its schema records.
RETURN EXISTS { MATCH (n) WHERE NOT n:SchemaMigration } AS any
