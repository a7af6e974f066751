// After a document is loaded again or removed: relationships, then entities, left with no source at
// all (no other document states them and no curator gave them a source) are deleted.
CALL { MATCH (:Entity)-[r]->(:Entity) WHERE r.sourceDocuments = [] DELETE r }
CALL { MATCH (n:Entity) WHERE n.sourceDocuments = [] DETACH DELETE n }
RETURN 1 AS pruned
