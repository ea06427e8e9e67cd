// Floor: the datasets of a method's papers, with how many papers name both, most first.
MATCH (:Method {key: $key})<-[:HAS_METHOD]-(p:Paper)-[:HAS_DATASET]->(d:Dataset)
WITH d, count(DISTINCT p) AS papers
ORDER BY papers DESC, d.key
LIMIT $first
RETURN {name: d.name, paperCount: papers} AS answer
