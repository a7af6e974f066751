// Records progress on a recommendation as of a date: one ProgressUpdate per recommendation and date
// (its key says which), linked from the recommendation and to the date, which is created when the
// graph has none yet (with its type as `searchType`, TYPE_FIELD in src/graph/model.ts, as every
// searched entity). The source document and the evidence excerpt are the provenance of all of it.
MATCH (rec:Recommendation {key: $recommendation})
MERGE (d:Entity {key: $date.key})
  ON CREATE SET d:CalendarDate, d += $date.props, d.searchType = 'CalendarDate', d.start = date($date.start), d.end = date($date.end),
    d.sourceDocuments = $sourceDocuments, d.sourceExcerpts = $sourceExcerpts
MERGE (p:Entity {key: $key})
  ON CREATE SET p:ProgressUpdate
SET p += $props, p.sourceDocuments = $sourceDocuments, p.sourceExcerpts = $sourceExcerpts,
    p.excerptText = ' ' + $props.evidence
MERGE (rec)-[h:HAS_PROGRESS]->(p)
SET h.sourceDocuments = $sourceDocuments, h.sourceExcerpts = $sourceExcerpts
MERGE (p)-[o:REPORTED_ON]->(d)
SET o.sourceDocuments = $sourceDocuments, o.sourceExcerpts = $sourceExcerpts
RETURN p.key AS key
