// Upserts relationships between existing entities; MERGE on type and ends makes a reload a no-op.
UNWIND $relationships AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r.sourceDocuments = row.sourceDocuments, r.sourceExcerpts = row.sourceExcerpts
RETURN count(r) AS merged
