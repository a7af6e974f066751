// One statement per entry, separated by blank lines; each is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE

// Each type's entities in key order (a top-level list's default order, src/graph/lists/connection.ts):
// a page is the first entries of the index, on any size of graph, rather than a sort of the label.
CREATE INDEX organisation_key IF NOT EXISTS FOR (n:Organisation) ON (n.key)

CREATE INDEX person_key IF NOT EXISTS FOR (n:Person) ON (n.key)

CREATE INDEX post_key IF NOT EXISTS FOR (n:Post) ON (n.key)

CREATE INDEX strategy_key IF NOT EXISTS FOR (n:Strategy) ON (n.key)

CREATE INDEX strand_key IF NOT EXISTS FOR (n:Strand) ON (n.key)

CREATE INDEX document_key IF NOT EXISTS FOR (n:Document) ON (n.key)

CREATE INDEX recommendation_key IF NOT EXISTS FOR (n:Recommendation) ON (n.key)

CREATE INDEX finding_key IF NOT EXISTS FOR (n:Finding) ON (n.key)

CREATE INDEX statement_key IF NOT EXISTS FOR (n:Statement) ON (n.key)

CREATE INDEX concept_key IF NOT EXISTS FOR (n:Concept) ON (n.key)

CREATE INDEX calendar_date_key IF NOT EXISTS FOR (n:CalendarDate) ON (n.key)

CREATE INDEX progress_update_key IF NOT EXISTS FOR (n:ProgressUpdate) ON (n.key)

CREATE INDEX audit_record_key IF NOT EXISTS FOR (n:AuditRecord) ON (n.key)

CREATE INDEX calendar_date_start IF NOT EXISTS FOR (n:CalendarDate) ON (n.start)

CREATE INDEX recommendation_number IF NOT EXISTS FOR (n:Recommendation) ON (n.number)

// Exact and starting matches of what a person types (see src/graph/explore/match-name.ts): range
// indexes answer = and STARTS WITH, the text index CONTAINS (a word inside a name).
CREATE INDEX entity_match_name IF NOT EXISTS FOR (n:Entity) ON (n.matchName)

CREATE INDEX entity_match_abbreviation IF NOT EXISTS FOR (n:Entity) ON (n.matchAbbreviation)

CREATE TEXT INDEX entity_match_name_text IF NOT EXISTS FOR (n:Entity) ON (n.matchName)

CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Organisation|Person|Post|Strategy|Strand|Document|Recommendation|Finding|Statement|Concept|CalendarDate)
ON EACH [n.name, n.abbreviation, n.description, n.text, n.searchName, n.excerptText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }
