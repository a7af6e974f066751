// Gives the entities of the next $batch keys after $after (in key order, a seek of the key
// constraint's index) their type as `searchType` where they have none; entities of types that are
// not searched ($searched) stay without. Returns how many entities it read and the last key.
MATCH (n:Entity) WHERE n.key > $after
WITH n ORDER BY n.key LIMIT $batch
WITH collect(n) AS batch
FOREACH (m IN [m IN batch WHERE m.searchType IS NULL] |
  SET m.searchType = [l IN labels(m) WHERE l IN $searched][0])
RETURN size(batch) AS read, batch[-1].key AS last
