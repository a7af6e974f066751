// Recommendations addressed to one body and due by the end of a period, earliest deadline first
// (ties by key): the first page. Two readings, whichever is cheaper for the body, as the API chooses
// (src/graph/lists/by-deadline.ts): when the body holds a large share of all recommendations, the
// dates of the window in order from the CalendarDate(start) index, each recommendation at its
// earliest date in the window, stopping once the page is full (PartialTop); otherwise from the body
// (unique key index) through its recommendations. The date bound is null unless byDate, and an index
// seek below null finds nothing.
MATCH (o:Entity {key: $addressee})
WITH COUNT { (o)<-[:ADDRESSED_TO]-() } ^ 2 > $first * COUNT { (:Recommendation) } AS byDate
CALL (byDate) {
  WITH byDate
  MATCH (d:CalendarDate)
  WHERE d.start <= CASE WHEN byDate THEN date($dueByEnd) END AND d.end <= date($dueByEnd)
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
  RETURN r, toString(d.start) + '/' + toString(d.end) AS deadline
  UNION ALL
  WITH byDate
  WHERE NOT byDate
  MATCH (d:CalendarDate)<-[:DUE_BY]-(r:Recommendation)-[:ADDRESSED_TO]->(:Entity {key: $addressee})
  WHERE d.start <= date($dueByEnd) AND d.end <= date($dueByEnd)
  WITH r, min(toString(d.start) + '/' + toString(d.end)) AS deadline
  ORDER BY deadline, r.key
  LIMIT $first
  RETURN r, deadline
}
WITH r, deadline
ORDER BY deadline, r.key
RETURN collect(r {.key, .number, .text, deadline}) AS result
