// Whether the graph holds anything beyond its bookkeeping (schema records, the graph version).
RETURN EXISTS { MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:GraphVersion } AS any
