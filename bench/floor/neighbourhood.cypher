// The entities within two hops of a center, nearest first and then by key, capped at $limit, with
// the relationships among them. Hop 2 is explored only when hop 1 leaves room on the page: around a
// hub, hop 1 alone overflows it, and hop 2 would be most of the graph.
MATCH (c:Entity {key: $key})
WITH c, COLLECT {
  MATCH (c)--(m:Entity) WHERE m <> c
  WITH DISTINCT m ORDER BY m.key LIMIT $limit + 1
  RETURN m
} AS hop1
WITH c, hop1, CASE WHEN size(hop1) > $limit THEN [] ELSE COLLECT {
  MATCH (c)--()--(m:Entity) WHERE m <> c AND NOT m IN hop1
  WITH DISTINCT m ORDER BY m.key LIMIT $limit + 1
  RETURN m
} END AS hop2
WITH c, (hop1 + hop2)[0..$limit] AS found, size(hop1) + size(hop2) > $limit AS truncated
WITH c, [c] + found AS members, truncated
RETURN {
  center: c {.key},
  nodes: [n IN members | n {.key, .name}],
  // Each pair of members is checked from its cheaper end, never by walking all of a hub's edges.
  relationships: COLLECT {
    UNWIND members AS a
    UNWIND members AS b
    MATCH (a)-[r]->(b)
    RETURN {type: type(r), fromKey: a.key, toKey: b.key} AS rel
    ORDER BY rel.type, rel.fromKey, rel.toKey
  },
  truncated: truncated
} AS result
