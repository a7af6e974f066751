// One statement per entry, separated by blank lines; each is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE

CREATE INDEX calendar_date_start IF NOT EXISTS FOR (n:CalendarDate) ON (n.start)

CREATE INDEX recommendation_number IF NOT EXISTS FOR (n:Recommendation) ON (n.number)

// Exact and starting matches of what a person types (see src/graph/explore/match-name.ts): range
// indexes answer = and STARTS WITH, the text index CONTAINS (a word inside a name).
CREATE INDEX entity_match_name IF NOT EXISTS FOR (n:Entity) ON (n.matchName)

CREATE INDEX entity_match_abbreviation IF NOT EXISTS FOR (n:Entity) ON (n.matchAbbreviation)

CREATE TEXT INDEX entity_match_name_text IF NOT EXISTS FOR (n:Entity) ON (n.matchName)

// The labels are the model's searched types (SEARCHED_TYPES, src/graph/model.ts), filled in at set-up
// (src/data/store-schema.ts). The properties are the text a search's words match (TEXT_FIELDS there)
// and each entity's type (TYPE_FIELD), which a search of some types names in its query.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:{{SEARCHED_TYPES}})
ON EACH [n.name, n.abbreviation, n.description, n.text, n.searchName, n.excerptText, n.searchType]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }
