// The ids of the papers whose title or abstract match a Lucene query, best first.
CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $limit}) YIELD node
RETURN node.id AS id
