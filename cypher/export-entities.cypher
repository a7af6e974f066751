// One page of entities for the exports: those after $after in key order (keyset paging on the
// unique key, so every page costs the same wherever it starts), at most $limit. $type, when not
// null, keeps one entity type. Audit records are curation metadata, not facts, and stay out.
MATCH (n:Entity)
WHERE n.key > $after AND NOT n:AuditRecord AND ($type IS NULL OR $type IN labels(n))
RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS props
ORDER BY n.key
LIMIT $limit
