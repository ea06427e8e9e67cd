// Methods, datasets, tasks or repositories by key, for the API's node loaders.
UNWIND $ids AS key
CALL (key) {
  MATCH (e:Method {key: key}) WHERE $label = 'Method' RETURN e
  UNION
  MATCH (e:Dataset {key: key}) WHERE $label = 'Dataset' RETURN e
  UNION
  MATCH (e:Task {key: key}) WHERE $label = 'Task' RETURN e
  UNION
  MATCH (e:Repository {key: key}) WHERE $label = 'Repository' RETURN e
}
RETURN e {.key, .name, .aliases, .fullName, .host, .kind, .url} AS node
