// How many documents an organisation published: a count, no document read beyond its label.
MATCH (o:Entity {key: $key})
WHERE o:Organisation
RETURN COUNT { (o)-[:PUBLISHED]->(:Document) } AS result
