// Recommendations addressed to one body and due by the end of a period, earliest deadline first
// (ties by key): the first page. The dates of the window are read in order from the
// CalendarDate(start) index, and each recommendation at its earliest date in the window, so Neo4j
// stops once it holds the page (PartialTop) rather than reading every recommendation of the body
// (ten thousand of them at a million nodes) to sort them.
MATCH (d:CalendarDate)
WHERE d.start <= date($dueByEnd) AND d.end <= date($dueByEnd)
MATCH (d)<-[:DUE_BY]-(r:Recommendation)
WHERE EXISTS { (r)-[:ADDRESSED_TO]->(:Entity {key: $addressee}) }
  AND NOT EXISTS {
    MATCH (r)-[:DUE_BY]->(e:CalendarDate)
    WHERE e.start <= date($dueByEnd) AND e.end <= date($dueByEnd)
      AND (e.start < d.start OR (e.start = d.start AND (e.end < d.end OR (e.end = d.end AND e.key < d.key))))
  }
WITH r, d
ORDER BY d.start, d.end, r.key
LIMIT $first
RETURN collect(r {.key, .number, .text, deadline: toString(d.start) + '/' + toString(d.end)}) AS result
