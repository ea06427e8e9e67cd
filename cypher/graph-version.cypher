// The graph version the last write left (cypher/graph-version-bump.cypher); no row before any.
MATCH (v:GraphVersion {id: $id})
RETURN v.epoch AS epoch, v.version AS version
