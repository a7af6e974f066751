// Full-text search of one entity type, best score first and ties by key: the index's best
// $first × 10 hits (Lucene's top, not every hit sorted), those of the type among them; when these
// are too few while the index had more, its best $first × 1000; and only then every hit.
WITH COLLECT {
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $first * 10}) YIELD node, score
  RETURN [node, score]
} AS top
WITH CASE WHEN size(top) < $first * 10 OR size([h IN top WHERE $type IN labels(h[0])]) >= $first THEN top
  ELSE COLLECT {
    CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $first * 1000}) YIELD node, score
    RETURN [node, score]
  }
END AS top
UNWIND CASE WHEN size(top) < $first * 1000 OR size([h IN top WHERE $type IN labels(h[0])]) >= $first THEN top
  ELSE COLLECT { CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score RETURN [node, score] }
END AS hit
WITH hit[0] AS node, hit[1] AS score WHERE $type IN labels(node)
WITH node, score
ORDER BY score DESC, node.key
LIMIT $first
RETURN collect({score: score, entity: node {.key, .name}}) AS result
