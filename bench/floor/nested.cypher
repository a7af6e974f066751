// A report, its recommendations, whom each is addressed to, and who inspects each addressee:
// three levels of lists, each ordered by key and capped at $first.
MATCH (d:Entity {key: $key})
WHERE d:Document
RETURN d {
  .key, .name,
  recommends: COLLECT {
    MATCH (d)-[:RECOMMENDS]->(r:Recommendation)
    WITH r ORDER BY r.key LIMIT $first
    RETURN r {
      .key, .number,
      addressedTo: COLLECT {
        MATCH (r)-[:ADDRESSED_TO]->(o:Organisation)
        WITH o ORDER BY o.key LIMIT $first
        RETURN o {
          .key, .name,
          inspectedBy: COLLECT {
            MATCH (o)<-[:INSPECTS]-(i:Organisation)
            WITH i ORDER BY i.key LIMIT $first
            RETURN i {.key, .name}
          }
        }
      }
    }
  }
} AS result
