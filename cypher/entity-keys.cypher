// Every key that methods, datasets and tasks go by, to resolve new mentions against.
MATCH (e)
WHERE e:Method OR e:Dataset OR e:Task
RETURN labels(e)[0] AS label, e.key AS key, e.keys AS keys
