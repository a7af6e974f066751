// Upserts the relationships one document states between existing entities; MERGE on type and ends,
// so a reload is a no-op. The document's earlier entries were removed just before (load-strip-*).
UNWIND $relationships AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
MERGE (a)-[r:$(row.type)]->(b)
WITH r, row, size([l IN coalesce(r.sourceLoaded, []) WHERE l]) AS loadedElsewhere
SET r.basis = CASE WHEN row.basis = 'STATED' OR (loadedElsewhere > 0 AND coalesce(r.basis, 'STATED') = 'STATED') THEN 'STATED' ELSE 'INFERRED' END
SET r.basisRationale = CASE WHEN r.basis = 'STATED' THEN null ELSE row.rationale END,
    r.inferredBy = CASE WHEN r.basis = 'STATED' THEN null ELSE 'loader' END,
    r.sourceDocuments = coalesce(r.sourceDocuments, []) + [s IN row.sources | $document],
    r.sourceExcerpts = coalesce(r.sourceExcerpts, []) + [s IN row.sources | s.exact],
    r.sourceStarts = coalesce(r.sourceStarts, []) + [s IN row.sources | s.start],
    r.sourceEnds = coalesce(r.sourceEnds, []) + [s IN row.sources | s.end],
    r.sourcePrefixes = coalesce(r.sourcePrefixes, []) + [s IN row.sources | s.prefix],
    r.sourceSuffixes = coalesce(r.sourceSuffixes, []) + [s IN row.sources | s.suffix],
    r.sourceLoaded = coalesce(r.sourceLoaded, []) + [s IN row.sources | true]
RETURN count(r) AS merged
