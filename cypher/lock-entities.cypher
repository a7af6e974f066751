// Takes a write lock on every existing entity a curation touches, and returns what it holds. Setting
// and removing a marker property changes nothing, but Neo4j keeps the node's write lock until the
// transaction ends, so the values read here as "before" cannot change under the curation that
// reads them. Keys that name no entity simply return no row.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
SET n.curationLock = true
REMOVE n.curationLock
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, properties(n) AS properties
