// Creates synthetic relationships; both ends are found through the unique index on :Entity(key).
UNWIND $rows AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r.sourceDocuments = row.sourceDocuments, r.sourceExcerpts = row.sourceExcerpts
