// Upserts the entities one document states. Labels come from the project's model table (checked
// before this runs), never from a request; values are parameters. The document's earlier provenance
// entries were removed just before (load-strip-*), so its entries are appended once. A property
// given by the document replaces the stored value (undoing a correction of it); one no document
// gives (a curator's addition) is removed, as a reload always did; another document's are kept.
UNWIND $nodes AS row
MERGE (n:Entity {key: row.key})
WITH n, row, [e IN coalesce(n.loadedPropNames, []) WHERE NOT e STARTS WITH $document + '|' | substring(e, size(split(e, '|')[0]) + 1)] AS others
FOREACH (k IN [k IN keys(n) WHERE NOT k IN $system AND NOT k IN keys(row.props) AND NOT k IN others] | REMOVE n[k])
SET n += row.props
SET n.loadedPropNames = [e IN coalesce(n.loadedPropNames, []) WHERE NOT e STARTS WITH $document + '|'] + [k IN keys(row.props) | $document + '|' + k]
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
