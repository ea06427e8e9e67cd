// Methods related to each of several methods: those whose papers share datasets and tasks with
// its papers, ranked by how many datasets and tasks they share.
UNWIND $keys AS key
MATCH (m:Method {key: key})
CALL (m) {
  MATCH (m)<-[:HAS_METHOD]-(:Paper)-[:HAS_DATASET|HAS_TASK]->(shared)
        <-[:HAS_DATASET|HAS_TASK]-(:Paper)-[:HAS_METHOD]->(other:Method)
  WHERE other <> m
  WITH other, collect(DISTINCT shared) AS shared
  WITH other,
       size([node IN shared WHERE node:Dataset]) AS sharedDatasets,
       size([node IN shared WHERE node:Task]) AS sharedTasks
  RETURN other.key AS other, sharedDatasets, sharedTasks
  ORDER BY sharedDatasets + sharedTasks DESC, sharedDatasets DESC, other
  LIMIT $limit
}
RETURN key, collect({key: other, sharedDatasets: sharedDatasets, sharedTasks: sharedTasks}) AS related
