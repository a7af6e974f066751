// The provenance and basis of one relationship between two entities, if it exists, and the text of
// the source document (to locate the excerpt). The type is checked against the model before it
// reaches the query, and goes in as a parameter (Neo4j 5.26 dynamic types).
OPTIONAL MATCH (d:Entity:Document {key: $document})
OPTIONAL MATCH (a:Entity {key: $from})-[r:$($type)]->(b:Entity {key: $to})
RETURN d.fullText AS text, r IS NOT NULL AS exists, r.sourceDocuments AS sourceDocuments, r.sourceExcerpts AS sourceExcerpts,
  r.sourceStarts AS sourceStarts, r.sourceEnds AS sourceEnds, r.sourcePrefixes AS sourcePrefixes,
  r.sourceSuffixes AS sourceSuffixes, r.sourceLoaded AS sourceLoaded,
  r.basis AS basis, r.basisRationale AS basisRationale, r.inferredBy AS inferredBy
