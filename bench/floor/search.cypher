// Full-text search of one entity type, best score first and ties by key: the index's best $first
// hits, the type named in the Lucene query ($query: the words in the text fields, and the type field
// as a filter of boost 0; see ofTypes in src/graph/explore/search-text.ts), so that Lucene returns the
// best hits of the type directly; a hit of score 0 matched the type and none of the words.
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $first}) YIELD node, score
WITH node, score WHERE score > 0
ORDER BY score DESC, node.key
LIMIT $first
RETURN collect({score: score, entity: node {.key, .name}}) AS result
