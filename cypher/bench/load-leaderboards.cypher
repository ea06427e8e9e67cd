// The load benchmark's leaderboards: $count datasets with results, spread evenly over them ranked
// by how many results they have (the busiest first, ties by key), so that the mix asks of long
// and short leaderboards alike, and a graph always gives the same ones.
MATCH (d:Dataset)
WITH d, COUNT { (d)<-[:ON_DATASET]-(:Result) } AS results
WHERE results > 0
WITH d, results ORDER BY results DESC, d.key
WITH collect({key: d.key, name: d.name, results: results}) AS ranked
UNWIND range(0, $count - 1) AS i
WITH DISTINCT ranked[i * size(ranked) / $count] AS dataset
WHERE dataset IS NOT NULL
RETURN dataset.key AS key, dataset.name AS name, dataset.results AS results
