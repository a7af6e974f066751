// The shortest path between two entities (at most 4 relationships, any type, either direction);
// among equally short ones, the first by the keys along it and then the types, so the answer is
// the same on every run.
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = ALL SHORTEST (a)-[*0..4]-(b)
WITH p
ORDER BY [n IN nodes(p) | n.key], [r IN relationships(p) | type(r)]
LIMIT 1
RETURN {
  length: length(p),
  nodes: [n IN nodes(p) | n.key],
  steps: [i IN range(0, length(p) - 1) | {
    from: nodes(p)[i].key,
    to: nodes(p)[i + 1].key,
    type: type(relationships(p)[i]),
    direction: CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i] THEN 'OUT' ELSE 'IN' END
  }]
} AS result
