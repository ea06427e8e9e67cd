// Whether the graph holds any paper at all (a label lookup, not a count of everything).
RETURN EXISTS { MATCH (:Paper) } AS any
