// How many entities of the searched types ($searched) have no `searchType` yet: a store written
// before the full-text index held each entity's type (see src/data/search-types.ts).
MATCH (n:Entity) WHERE n.searchType IS NULL AND any(l IN labels(n) WHERE l IN $searched)
RETURN count(n) AS n
