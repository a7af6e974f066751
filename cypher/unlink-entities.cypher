// Deletes a relationship a curator removed the last source of.
MATCH (a:Entity {key: $from})-[r:$($type)]->(b:Entity {key: $to})
DELETE r
