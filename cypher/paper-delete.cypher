// Deletes a paper with its results and every edge it has; the entities it named stay.
MATCH (p:Paper {id: $id})
OPTIONAL MATCH (p)-[:REPORTS]->(result:Result)
DETACH DELETE result
WITH DISTINCT p
DETACH DELETE p
RETURN count(*) AS deleted
