// The entities within two hops of a center, nearest first and then by key, capped at $limit, with
// the relationships among them. Hop 2 is explored only when hop 1 leaves room on the page: around a
// hub, hop 1 alone overflows it, and hop 2 would be most of the graph. A hop is read up to 1000
// entities (the API's HOP_SCAN) and the page is the first by key among those, so a hub costs what
// its page costs. Relationships among the members are read from each member's side, except the
// hub's (more than 1000 of them), whose pairs with the others are looked up one by one.
MATCH (c:Entity {key: $key})
WITH c, COLLECT {
  MATCH (c)--(m:Entity) WHERE m <> c
  WITH DISTINCT m LIMIT 1000
  WITH m ORDER BY m.key LIMIT $limit + 1
  RETURN m
} AS hop1
WITH c, hop1, CASE WHEN size(hop1) > $limit THEN [] ELSE COLLECT {
  MATCH (c)-[*2..2]-(m:Entity) WHERE m <> c AND NOT m IN hop1
  WITH DISTINCT m LIMIT 1000
  WITH m ORDER BY m.key LIMIT $limit + 1
  RETURN m
} END AS hop2
WITH c, (hop1 + hop2)[0..$limit] AS found, size(hop1) + size(hop2) > $limit AS truncated
WITH c, [c] + found AS members, truncated
RETURN {
  center: c {.key},
  nodes: [n IN members | n {.key, .name}],
  relationships: COLLECT {
    UNWIND members AS a
    CALL (a, members) {
      WITH a, members WHERE COUNT { (a)-->() } <= 1000
      MATCH (a)-[r]->(b) WHERE b IN members
      RETURN r, b
      UNION ALL
      WITH a, members WHERE COUNT { (a)-->() } > 1000
      UNWIND members AS b
      MATCH (a)-[r]->(b)
      RETURN r, b
    }
    RETURN {type: type(r), fromKey: a.key, toKey: b.key} AS rel
    ORDER BY rel.type, rel.fromKey, rel.toKey
  },
  truncated: truncated
} AS result
