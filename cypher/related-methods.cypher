// Methods related to each of several methods: those whose papers share datasets and tasks with
// its papers, ranked by how many datasets and tasks they share, one page of them and how many
// in all. The sort key ascends (the counts inverted, then the key); a backward page
// ($backward) is turned round by the caller.
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
  WITH other, sharedDatasets, sharedTasks,
       right('0000000000' + toString(9999999999 - sharedDatasets - sharedTasks), 10) + '|'
         + right('0000000000' + toString(9999999999 - sharedDatasets), 10) + '|' + other.key
         AS sortKey
  ORDER BY CASE WHEN $backward THEN sortKey END DESC, sortKey
  WITH collect({key: other.key, sharedDatasets: sharedDatasets, sharedTasks: sharedTasks,
                sortKey: sortKey}) AS rows
  RETURN size(rows) AS totalCount,
         [row IN rows
          WHERE ($after IS NULL OR row.sortKey > $after)
            AND ($before IS NULL OR row.sortKey < $before)
         ][..$limit] AS related
}
RETURN key, totalCount, related
