// The audit record of one curation, written in the same transaction: who, when, each value changed
// with its value before and after (JSON text, as parallel lists, like provenance), and an AUDITS
// relationship to every entity the curation changed that the model lets AUDITS reach ($auditable).
CREATE (a:Entity:AuditRecord {key: $key})
SET a += $props, a.sourceDocuments = [], a.sourceExcerpts = []
WITH a
UNWIND $subjects AS subject
MATCH (n:Entity {key: subject})
WHERE any(label IN labels(n) WHERE label IN $auditable)
CREATE (a)-[:AUDITS {sourceDocuments: [], sourceExcerpts: []}]->(n)
RETURN count(*) AS audited
