// Every property name the exported relationships carry, with the value types it holds.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE NOT a:AuditRecord AND NOT b:AuditRecord
UNWIND keys(r) AS key
RETURN key, collect(DISTINCT valueType(r[key])) AS types
ORDER BY key
