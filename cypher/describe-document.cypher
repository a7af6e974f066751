// What addDocument would have written for an existing document: its publishers, publication dates
// and the strands it concerns, so that repeating the same addDocument is recognised as a no-op.
MATCH (doc:Document {key: $key})
RETURN [(p:Organisation)-[:PUBLISHED]->(doc) | p.key] AS publishers,
       [(doc)-[:PUBLISHED_ON]->(d:CalendarDate) | d.key] AS dates,
       [(doc)-[:CONCERNS]->(s:Strand) | s.key] AS concerns
