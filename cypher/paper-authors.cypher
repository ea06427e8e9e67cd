// The authors of each paper, in author order.
UNWIND $ids AS id
MATCH (a:Author)-[w:AUTHORED]->(:Paper {id: id})
RETURN id, a.key AS key
ORDER BY id, w.position
