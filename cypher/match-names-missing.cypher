// A batch of named entities with no match form yet, with what their match forms are made from.
MATCH (n:Entity) WHERE n.matchName IS NULL AND n.name IS NOT NULL
RETURN n.key AS key, n.name AS name, n.abbreviation AS abbreviation
LIMIT $batch
