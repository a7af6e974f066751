// Another entity of the same type with this number, if any; numbers identify recommendations. The
// type is checked against the model before it gets here and is matched as a label in a parameter.
MATCH (n:Entity {number: $number})
WHERE $type IN labels(n) AND n.key <> $key
RETURN n.key AS key
LIMIT 1
