// How many papers each entity is linked to (for a role, when given).
UNWIND $keys AS key
CALL (key) {
  MATCH (e:Method {key: key}) WHERE $label = 'Method' RETURN e
  UNION
  MATCH (e:Dataset {key: key}) WHERE $label = 'Dataset' RETURN e
  UNION
  MATCH (e:Task {key: key}) WHERE $label = 'Task' RETURN e
  UNION
  MATCH (e:Repository {key: key}) WHERE $label = 'Repository' RETURN e
}
RETURN key, COUNT {
  MATCH (:Paper)-[r]->(e)
  WHERE type(r) = $type
    AND ($role IS NULL OR r.role = $role)
} AS count
