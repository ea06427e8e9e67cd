// The authors of each paper, in author order (the nodes themselves, for their loader).
UNWIND $ids AS id
MATCH (a:Author)-[w:AUTHORED]->(:Paper {id: id})
RETURN id, a AS author
ORDER BY id, w.position
