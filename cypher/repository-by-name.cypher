// A repository by `owner/name`, case-insensitively, on any host: `$keys` are the keys a
// repository of that name may have (one per host), sought through the key constraint.
MATCH (r:Repository)
WHERE r.key IN $keys
RETURN r.key AS key
ORDER BY r.host = 'github' DESC
LIMIT 1
