// Empties a graph named by NEO4J_URI before the benchmark loads its corpus: everything but the
// schema's migration records, in batches (an auto-commit statement: CALL IN TRANSACTIONS).
MATCH (n) WHERE NOT n:SchemaMigration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS
