// The papers that link a method and a dataset, newest first, for each (method, dataset) pair.
UNWIND $pairs AS pair
MATCH (:Method {key: pair.method})<-[:HAS_METHOD]-(p:Paper)-[:HAS_DATASET]->(:Dataset {key: pair.dataset})
WITH pair, p
ORDER BY p.published DESC, p.id DESC
RETURN pair.method + ' ' + pair.dataset AS pairKey, collect(DISTINCT p.id)[..$limit] AS paperIds
