// What the graph already holds of these papers, to skip the unchanged ones cheaply.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p.id AS id, p.contentHash AS contentHash, p.extractorVersion AS extractorVersion
