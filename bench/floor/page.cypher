// Recommendations addressed to one body and due by the end of a period, earliest deadline first
// (ties by key): the first page. Neo4j starts from the body (unique key index) and expands its
// ADDRESSED_TO relationships; the condition on `start` lets it start from the CalendarDate(start)
// index instead when it judges the window the more selective.
MATCH (d:CalendarDate)
WHERE d.start <= date($dueByEnd) AND d.end <= date($dueByEnd)
MATCH (d)<-[:DUE_BY]-(r:Recommendation)-[:ADDRESSED_TO]->(o:Entity {key: $addressee})
WITH r, min(toString(d.start) + '/' + toString(d.end)) AS deadline
ORDER BY deadline, r.key
LIMIT $first
RETURN collect(r {.key, .number, .text, deadline}) AS result
