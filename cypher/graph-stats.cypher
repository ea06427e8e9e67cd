// How many nodes carry each label (bookkeeping aside: schema records, the graph version) and how
// many relationships have each type.
CALL () {
  MATCH (n)
  WHERE NOT n:SchemaMigration AND NOT n:GraphVersion
  UNWIND labels(n) AS name
  RETURN 'label' AS kind, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, name
