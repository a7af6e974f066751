// One page of relationships for the exports: the outgoing relationships of the next $limit entities
// after $after in key order, grouped by their start (a start without any still comes back, so the
// page's last key is always known). Relationships to or from audit records stay out.
MATCH (a:Entity)
WHERE a.key > $after AND NOT a:AuditRecord
WITH a ORDER BY a.key LIMIT $limit
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE NOT b:AuditRecord
WITH a, r, b ORDER BY type(r), b.key
RETURN a.key AS from, [l IN labels(a) WHERE l <> 'Entity'][0] AS fromType,
  collect(CASE WHEN r IS NULL THEN null
    ELSE {type: type(r), to: b.key, toType: [l IN labels(b) WHERE l <> 'Entity'][0], props: properties(r)} END) AS out
ORDER BY from
