// Links two entities with a relationship of the model, or adds a source to the one they have.
MATCH (a:Entity {key: $from})
MATCH (b:Entity {key: $to})
MERGE (a)-[r:$($type)]->(b)
SET r.sourceDocuments = $sourceDocuments, r.sourceExcerpts = $sourceExcerpts
RETURN type(r) AS type
