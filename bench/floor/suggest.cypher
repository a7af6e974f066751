// Typeahead: exact names, abbreviations and keys, then those starting with the prefix, then a word of
// a name starting with it; each branch an index seek cut at $first, ties by key.
CALL () {
  MATCH (n:Entity) WHERE n.matchName = $form RETURN n, 3 AS rank ORDER BY n.key LIMIT $first
  UNION
  MATCH (n:Entity) WHERE n.matchAbbreviation = $form RETURN n, 3 AS rank ORDER BY n.key LIMIT $first
  UNION
  MATCH (n:Entity) WHERE n.key = $key RETURN n, 3 AS rank LIMIT $first
  UNION
  MATCH (n:Entity) WHERE n.matchName STARTS WITH $form RETURN n, 2 AS rank ORDER BY n.matchName, n.key LIMIT $first
  UNION
  MATCH (n:Entity) WHERE n.matchAbbreviation STARTS WITH $form RETURN n, 2 AS rank ORDER BY n.matchAbbreviation, n.key LIMIT $first
  UNION
  MATCH (n:Entity) WHERE n.key STARTS WITH $key RETURN n, 2 AS rank ORDER BY n.key LIMIT $first
  UNION
  MATCH (n:Entity) WHERE n.matchName CONTAINS ' ' + $form RETURN n, 1 AS rank ORDER BY n.matchName, n.key LIMIT $first
}
WITH n, max(rank) AS rank
ORDER BY rank DESC, n.matchName, n.key
LIMIT $first
RETURN collect({match: CASE rank WHEN 3 THEN 'EXACT' WHEN 2 THEN 'PREFIX' ELSE 'WORD' END, entity: n {.key, .name}}) AS result
