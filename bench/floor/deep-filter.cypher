// Recommendations addressed to an organisation that $inspector inspects, the first $first by key:
// the type's key index read in order (hence `key IS NOT NULL`), each checked from its own side
// (its addressees, then theirs inspectors), so the page stops after $first that match.
MATCH (r:Recommendation)
WHERE r.key IS NOT NULL
  AND EXISTS { MATCH (r)-[:ADDRESSED_TO]->(o:Organisation) WHERE EXISTS { (o)<-[:INSPECTS]-(:Entity:Organisation {key: $inspector}) } }
WITH r
ORDER BY r.key
LIMIT $first
RETURN collect(r {.key, .number}) AS result
