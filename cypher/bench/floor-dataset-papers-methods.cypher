// Floor: a dataset's newest papers, each with its methods and their roles.
MATCH (d:Dataset {key: $key})
CALL (d) {
  MATCH (d)<-[:HAS_DATASET]-(p:Paper)
  WITH p
  ORDER BY p.published DESC, p.id DESC
  LIMIT $first
  RETURN collect(p {
    .id, .title, published: toString(p.published),
    methods: COLLECT { MATCH (p)-[r:HAS_METHOD]->(m:Method) RETURN {name: m.name, role: r.role} }
  }) AS papers
}
RETURN d {.name, papers: papers} AS answer
