// Authors by key, for the API's node loader.
UNWIND $ids AS id
MATCH (a:Author {key: id})
RETURN a {.key, .name} AS node
