// Counts a committed change to the graph: run last in every write transaction of papergraph, so
// that a response cached for an earlier version is not served again. The epoch tells a graph
// that was emptied and written again from the one before it, whose counter it would repeat.
MERGE (v:GraphVersion {id: $id})
  ON CREATE SET v.epoch = randomUUID(), v.version = 0
SET v.version = v.version + 1
