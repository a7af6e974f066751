// What is dated inside a window, oldest first: every relationship to a CalendarDate whose interval
// lies within [$from, $to]. The window bounds both ends of the date index range. The types are the
// model's dating relationships, a progress report's REPORTED_ON among them, as the API's timeline has.
MATCH (d:CalendarDate)
WHERE d.start >= date($from) AND d.start <= date($to) AND d.end <= date($to)
MATCH (e:Entity)-[r:PUBLISHED_ON|ISSUED_ON|DUE_BY|APPOINTED_ON|REPORTED_ON]->(d)
WITH d, e, r
ORDER BY d.start, d.end, type(r), e.key
LIMIT $first
RETURN collect({date: d.key, entity: e {.key, .name}, relationship: type(r)}) AS result
