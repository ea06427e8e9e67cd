// Floor: a dataset's newest papers, their methods, and each method's newest papers.
MATCH (d:Dataset {key: $key})
CALL (d) {
  MATCH (d)<-[:HAS_DATASET]-(p:Paper)
  WITH p
  ORDER BY p.published DESC, p.id DESC
  LIMIT $first
  RETURN collect(p {
    .id, .title,
    methods: COLLECT {
      MATCH (p)-[:HAS_METHOD]->(m:Method)
      RETURN m {
        .name,
        papers: COLLECT {
          MATCH (m)<-[:HAS_METHOD]-(q:Paper)
          WITH q
          ORDER BY q.published DESC, q.id DESC
          LIMIT $methodPapers
          RETURN q {.id, .title}
        }
      }
    }
  }) AS papers
}
RETURN d {.name, papers: papers} AS answer
