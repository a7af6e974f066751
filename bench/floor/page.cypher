// Recommendations addressed to one body and due by the end of a period, earliest deadline first
// (ties by key): the first page. The window is the selective part, so the plan starts from the
// CalendarDate(start) index (a date that ends by $dueByEnd also starts by it) and expands from the
// few dates in range, instead of reading every recommendation.
MATCH (d:CalendarDate)
WHERE d.start <= date($dueByEnd) AND d.end <= date($dueByEnd)
MATCH (d)<-[:DUE_BY]-(r:Recommendation)-[:ADDRESSED_TO]->(o:Entity {key: $addressee})
WITH r, min(toString(d.start) + '/' + toString(d.end)) AS deadline
ORDER BY deadline, r.key
LIMIT $first
RETURN collect(r {.key, .number, .text, deadline}) AS result
