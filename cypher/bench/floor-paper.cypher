// Floor: a paper with everything extracted from it (links with their provenance, code, results,
// authors in order).
MATCH (p:Paper {id: $id})
RETURN p {
  .id, .title, .abstract, .url, .arxivId, published: toString(p.published),
  authors: COLLECT { MATCH (a:Author)-[w:AUTHORED]->(p) RETURN a.name ORDER BY w.position },
  methods: COLLECT {
    MATCH (p)-[r:HAS_METHOD]->(m:Method)
    RETURN {name: m.name, role: r.role, rule: r.rule, confidence: r.confidence, evidence: r.evidence}
  },
  datasets: COLLECT {
    MATCH (p)-[r:HAS_DATASET]->(d:Dataset)
    RETURN {name: d.name, role: r.role, rule: r.rule, confidence: r.confidence, evidence: r.evidence}
  },
  tasks: COLLECT { MATCH (p)-[r:HAS_TASK]->(t:Task) RETURN {name: t.name, rule: r.rule} },
  repositories: COLLECT {
    MATCH (p)-[:HAS_CODE]->(c:Repository) RETURN {fullName: c.fullName, url: c.url}
  },
  results: COLLECT {
    MATCH (p)-[:REPORTS]->(x:Result)-[:ON_DATASET]->(d:Dataset)
    OPTIONAL MATCH (x)-[:OF_METHOD]->(m:Method)
    RETURN {metric: x.metric, value: x.value, raw: x.raw, dataset: d.name, method: m.name}
  }
} AS answer
