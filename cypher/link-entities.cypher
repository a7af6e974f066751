// Links two entities with a relationship of the model, or sets the sources and basis of the one they
// have (a source added or removed by a curator). Every value is a parameter.
MATCH (a:Entity {key: $from})
MATCH (b:Entity {key: $to})
MERGE (a)-[r:$($type)]->(b)
SET r.sourceDocuments = $sourceDocuments, r.sourceExcerpts = $sourceExcerpts, r.sourceStarts = $sourceStarts,
    r.sourceEnds = $sourceEnds, r.sourcePrefixes = $sourcePrefixes, r.sourceSuffixes = $sourceSuffixes,
    r.sourceLoaded = $sourceLoaded, r.basis = $basis, r.basisRationale = $basisRationale, r.inferredBy = $inferredBy
RETURN type(r) AS type
