// Removes the provenance entries a document's earlier load wrote on entities (not a curator's,
// which carry sourceLoaded false), before the document is loaded again or removed. Entries of a
// store written before sourceLoaded existed count as loaded when they name the document.
MATCH (n:Entity) WHERE $document IN n.sourceDocuments
WITH n, [i IN range(0, size(n.sourceDocuments) - 1)
  WHERE NOT (n.sourceDocuments[i] = $document AND coalesce(n.sourceLoaded[i], n.sourceLoaded IS NULL))] AS keep
WITH n, keep,
  [i IN keep | n.sourceDocuments[i]] AS documents, [i IN keep | n.sourceExcerpts[i]] AS excerpts,
  [i IN keep | coalesce(n.sourceStarts[i], -1)] AS starts, [i IN keep | coalesce(n.sourceEnds[i], -1)] AS ends,
  [i IN keep | coalesce(n.sourcePrefixes[i], '')] AS prefixes, [i IN keep | coalesce(n.sourceSuffixes[i], '')] AS suffixes,
  [i IN keep | coalesce(n.sourceLoaded[i], false)] AS loaded
SET n.sourceDocuments = documents, n.sourceExcerpts = excerpts, n.sourceStarts = starts, n.sourceEnds = ends,
    n.sourcePrefixes = prefixes, n.sourceSuffixes = suffixes, n.sourceLoaded = loaded,
    n.excerptText = reduce(s = '', e IN excerpts | s + ' ' + e),
    n.loadedPropNames = [e IN coalesce(n.loadedPropNames, []) WHERE NOT e STARTS WITH $document + '|']
