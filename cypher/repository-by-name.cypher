// A repository by `owner/name`, case-insensitively, on any host.
MATCH (r:Repository)
WHERE toLower(r.fullName) = toLower($fullName)
RETURN r.key AS key
ORDER BY r.host = 'github' DESC
LIMIT 1
