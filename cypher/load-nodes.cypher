// Upserts the entities one document states. Labels come from the project's model table (checked
// before this runs), never from a request; values are parameters. The document's earlier provenance
// entries were removed just before (load-strip-*), so its entries are appended once. A property
// given by the document replaces the stored value (undoing a correction of it); others are kept.
UNWIND $nodes AS row
MERGE (n:Entity {key: row.key})
SET n += row.props
SET n:$(row.label)
WITH n, row, size([l IN coalesce(n.sourceLoaded, []) WHERE l]) AS loadedElsewhere
SET n.basis = CASE WHEN row.basis = 'STATED' OR (loadedElsewhere > 0 AND n.basis = 'STATED') THEN 'STATED' ELSE 'INFERRED' END
SET n.basisRationale = CASE WHEN n.basis = 'STATED' THEN null ELSE row.rationale END,
    n.inferredBy = CASE WHEN n.basis = 'STATED' THEN null ELSE 'loader' END,
    n.inferredProperties = row.inferredProperties,
    n.inferredRationales = row.inferredRationales,
    n.sourceDocuments = coalesce(n.sourceDocuments, []) + [s IN row.sources | $document],
    n.sourceExcerpts = coalesce(n.sourceExcerpts, []) + [s IN row.sources | s.exact],
    n.sourceStarts = coalesce(n.sourceStarts, []) + [s IN row.sources | s.start],
    n.sourceEnds = coalesce(n.sourceEnds, []) + [s IN row.sources | s.end],
    n.sourcePrefixes = coalesce(n.sourcePrefixes, []) + [s IN row.sources | s.prefix],
    n.sourceSuffixes = coalesce(n.sourceSuffixes, []) + [s IN row.sources | s.suffix],
    n.sourceLoaded = coalesce(n.sourceLoaded, []) + [s IN row.sources | true]
SET n.excerptText = reduce(s = '', e IN n.sourceExcerpts | s + ' ' + e)
FOREACH (_ IN CASE WHEN row.label = 'CalendarDate' THEN [1] ELSE [] END |
  SET n.start = date(row.props.start), n.end = date(row.props.end))
