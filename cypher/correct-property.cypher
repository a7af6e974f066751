// Sets one property of an entity; a null value removes it. The name was checked against the GraphQL
// type of the entity before it got here, and reaches Cypher as a map key in a parameter.
MATCH (n:Entity {key: $key})
SET n += $changes
RETURN n.key AS key
