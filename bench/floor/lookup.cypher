// One recommendation by key, through the unique index on :Entity(key) (the label narrows it after).
MATCH (n:Entity {key: $key})
WHERE n:Recommendation
RETURN n {.key, .name, .number, .text} AS result
