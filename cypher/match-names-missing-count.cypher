// How many named entities have no match form yet (a store loaded before names had one; see
// src/data/match-names.ts).
MATCH (n:Entity) WHERE n.matchName IS NULL AND n.name IS NOT NULL
RETURN count(n) AS n
