// Every property name the exported entities carry (of one type when $type is not null), with the
// value types it holds: column headers and GraphML keys must be declared before the first row.
MATCH (n:Entity)
WHERE NOT n:AuditRecord AND ($type IS NULL OR $type IN labels(n))
UNWIND keys(n) AS key
RETURN key, collect(DISTINCT valueType(n[key])) AS types
ORDER BY key
