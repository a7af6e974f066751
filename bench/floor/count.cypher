// How many documents an organisation published: the node's degree for PUBLISHED, read without
// visiting a relationship. The model gives PUBLISHED only documents as its far end and every write
// keeps to it (tests/integration/model-conformance.test.ts), so a `:Document` on the far end would
// change no count, only make Neo4j expand every relationship to check it; the API counts the same way.
MATCH (o:Entity {key: $key})
WHERE o:Organisation
RETURN COUNT { (o)-[:PUBLISHED]->() } AS result
