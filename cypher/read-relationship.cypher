// The provenance of one relationship between two entities, if it exists. The type is checked against
// the model before it reaches the query, and goes in as a parameter (Neo4j 5.26 dynamic types).
MATCH (a:Entity {key: $from})-[r:$($type)]->(b:Entity {key: $to})
RETURN r.sourceDocuments AS sourceDocuments, r.sourceExcerpts AS sourceExcerpts
