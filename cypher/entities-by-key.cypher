// Methods, datasets, tasks or repositories by key, for the API's node loaders.
UNWIND $ids AS key
CALL (key) {
  // each entity kind, joined by UNION
  MATCH (e:{{label}} {key: key}) WHERE $label = '{{label}}' RETURN e
  // end each
}
RETURN e {.key, .name, .aliases, .fullName, .host, .kind, .url} AS node
