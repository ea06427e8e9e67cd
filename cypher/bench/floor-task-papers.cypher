// Floor: a task's newest papers, with how many papers it has in all (from the degree store).
MATCH (t:Task {key: $key})
CALL (t) {
  MATCH (t)<-[:HAS_TASK]-(p:Paper)
  WITH p
  ORDER BY p.published DESC, p.id DESC
  LIMIT $first
  RETURN collect(p {.id, .title, published: toString(p.published)}) AS papers
}
RETURN {totalCount: COUNT { (t)<-[:HAS_TASK]-() }, papers: papers} AS answer
