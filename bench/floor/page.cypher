// The first page of recommendations addressed to one body, ordered by key.
MATCH (o:Entity {key: $addressee})
RETURN COLLECT {
  MATCH (o)<-[:ADDRESSED_TO]-(r:Recommendation)
  WITH r ORDER BY r.key LIMIT $first
  RETURN r {.key, .number, .text}
} AS result
