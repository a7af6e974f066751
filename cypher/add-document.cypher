// Adds a document with its publisher, publication date and the strands it concerns. The document is
// the source of these facts; the excerpt is the passage of it that states them. Both carry their
// type as `searchType` for the full-text index (TYPE_FIELD, src/graph/model.ts).
MATCH (publisher:Organisation {key: $publisher})
MERGE (d:Entity {key: $date.key})
  ON CREATE SET d:CalendarDate, d += $date.props, d.searchType = 'CalendarDate', d.start = date($date.start), d.end = date($date.end),
    d.sourceDocuments = $sourceDocuments, d.sourceExcerpts = $sourceExcerpts
CREATE (doc:Entity:Document {key: $key})
SET doc += $props, doc.searchType = 'Document', doc.sourceDocuments = $sourceDocuments, doc.sourceExcerpts = $sourceExcerpts,
    doc.excerptText = ' ' + $sourceExcerpts[0]
CREATE (publisher)-[:PUBLISHED {sourceDocuments: $sourceDocuments, sourceExcerpts: $sourceExcerpts}]->(doc)
CREATE (doc)-[:PUBLISHED_ON {sourceDocuments: $sourceDocuments, sourceExcerpts: $sourceExcerpts}]->(d)
WITH doc
CALL (doc) {
  UNWIND $concerns AS strandKey
  MATCH (s:Strand {key: strandKey})
  CREATE (doc)-[:CONCERNS {sourceDocuments: $sourceDocuments, sourceExcerpts: $sourceExcerpts}]->(s)
}
RETURN doc.key AS key
