// Full-text search of one entity type, best score first and ties by key.
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
WHERE $type IN labels(node)
WITH node, score
ORDER BY score DESC, node.key
LIMIT $first
RETURN collect({score: score, entity: node {.key, .name}}) AS result
